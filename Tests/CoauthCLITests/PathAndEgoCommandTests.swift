import CoauthTestSupport
import Foundation
import Testing

/// `coauth path` and `coauth ego` run as a user runs them.
@Suite struct PathAndEgoCommandTests {
  static let lab = AnalyzeCommandTests.lab

  /// Two separate pairs, with two Smiths to make "Smith" ambiguous.
  static let twoPairs = """
    @article{a1, author = {Jane Smith and Ann Lee}, title = {One}, year = {2020}}
    @article{b1, author = {John Smith and Bo Chen}, title = {Two}, year = {2021}}
    """

  @Test func pathPrintsTheDistanceAndOnePaperPerLink() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["path", "Carl Junior", "bob-colleague", Self.lab, "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "Collaboration distance from Carl Junior [carl-junior] to Bob Colleague [bob-colleague]: 2")
    #expect(
      Array(lines.dropFirst()) == [
        "  Carl Junior [carl-junior]",
        "    | junior2013 (2013) \"Mentors and Mentees\" (+1 more joint papers)",
        "  Mary Senior [mary-senior]",
        "    | student2011 (2011) \"Weights for Co-Authorship Edges\"",
        "  Bob Colleague [bob-colleague]",
      ])
  }

  @Test func pathFailsClearlyOnUnknownAmbiguousAndUnconnectedAuthors() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(Self.twoPairs, to: "pairs.bib")
    let unknown = try coauth.run(["path", "Nobody Here", "Ann Lee", "pairs.bib"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no author matches 'Nobody Here'"))
    let ambiguous = try coauth.run(["path", "Smith", "Ann Lee", "pairs.bib"])
    #expect(ambiguous.status == 1)
    #expect(ambiguous.stderr.contains("'Smith' matches 2 authors"))
    #expect(ambiguous.stderr.contains("Jane Smith") && ambiguous.stderr.contains("John Smith"))
    // Namesakes are told apart by their papers, years and closest co-author.
    #expect(ambiguous.stderr.contains("jane-smith  Jane Smith  (1 paper, 2020, mostly with Ann Lee)"))
    #expect(ambiguous.stderr.contains("john-smith  John Smith  (1 paper, 2021, mostly with Bo Chen)"))
    let apart = try coauth.run(["path", "Ann Lee", "Bo Chen", "pairs.bib"])
    #expect(apart.status == 1)
    #expect(apart.stderr.contains("are not connected"))
    #expect(apart.stdout.isEmpty)
    // One author and a file: a usage error that names the file, not an unknown author.
    let oneName = try coauth.run(["path", "Ann Lee", "pairs.bib"])
    #expect(oneName.status == 64)
    #expect(oneName.stderr.contains("expected two authors before the inputs, found the input 'pairs.bib'"))
  }

  @Test func egoListsAuthorsByDistance() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["ego", "Carl Junior", "--radius", "2", Self.lab, "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "Ego network of Carl Junior [carl-junior], radius 2: 5 authors (2 at distance 1, "
        + "3 at distance 2), 9 co-author edges among all 6")
    #expect(lines.contains("       1             3  Alice Student [alice-student]"))
    #expect(lines.contains("       2             -  Bob Colleague [bob-colleague]"))
  }

  @Test func egoWritesCSVAndRespectsTheYearFilter() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let all = try coauth.run(["ego", "Mary Senior", "--csv", Self.lab, "-q"])
    #expect(all.status == 0)
    let rows = all.stdout.split(separator: "\n").map(String.init)
    #expect(rows.first == "author_id,name,distance,joint_papers,papers")
    #expect(rows.dropFirst().first == "mary-senior,Mary Senior,0,,7")
    #expect(rows.contains("alice-student,Alice Student,1,5,6"))
    #expect(rows.count == 7)
    let early = try coauth.run(["ego", "Mary Senior", "--csv", "--until", "2011", Self.lab, "-q"])
    #expect(early.status == 0)
    #expect(
      early.stdout.split(separator: "\n").map(String.init) == [
        "author_id,name,distance,joint_papers,papers", "mary-senior,Mary Senior,0,,3",
        "alice-student,Alice Student,1,2,2", "bob-colleague,Bob Colleague,1,1,1",
      ])
  }

  @Test func egoRejectsANegativeRadius() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["ego", "Mary Senior", "--radius", "-1", Self.lab])
    #expect(result.status == 64)
  }
}
