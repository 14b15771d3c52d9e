import CoauthTestSupport
import Foundation
import Testing

/// `coauth mentors` and `coauth lineage` run as a user runs them, on the invented lab.
@Suite struct MentorsCommandTests {
  static let lab = AnalyzeCommandTests.lab
  static let relations = """
    mentor,mentee,years,source
    Mary Senior,Alice Student,2010-2016,MGP
    Mary Senior,Carl Junior,2013-2015,MGP
    Bob Colleague,Alice Student,,OpenReview
    Grace Hopper,Alice Student,,Wikidata P184

    """

  @Test func showsInferredAndDeclaredAdvisorsSideBySide() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(Self.relations, to: "relations.csv")
    let result = try coauth.run(["mentors", "Alice Student", Self.lab, "--relations", "relations.csv", "-q"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let mary = try #require(lines.firstIndex(of: "  Mary Senior [mary-senior]"))
    #expect(lines[mary + 1].hasPrefix("    inferred  score 0.9"))
    #expect(lines[mary + 1].contains("2010-2016  5 joint papers  gap=5y"))
    #expect(lines[mary + 2] == "    declared  2010-2016  (MGP, relations.csv:2)")
    #expect(lines.contains("  Grace Hopper (not among the authors)"))
    #expect(result.stdout.contains("Advisees\n  none"))
  }

  @Test func advisorSeesAdvisees() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["mentors", "mary-senior", Self.lab, "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Mary Senior [mary-senior]: 7 papers, 2005-2016"))
    #expect(result.stdout.contains("Advisors\n  none"))
    #expect(result.stdout.contains("Advisees\n  Alice Student [alice-student]\n    inferred"))
  }

  @Test func checkExplainsEveryDeclaration() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(Self.relations, to: "relations.csv")
    let result = try coauth.run(["mentors", "--check", Self.lab, "--relations", "relations.csv", "-q"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("Mary Senior [mary-senior] -> Alice Student [alice-student] (MGP): found: score"))
    #expect(lines[1].hasSuffix("(MGP): not supported by the records: 2 joint papers (inference needs 3)"))
    #expect(lines[2].hasSuffix("(OpenReview): not supported by the records: 1 joint paper (inference needs 3)"))
    #expect(lines[3].hasSuffix("not checkable: no author named 'Grace Hopper'"))
    #expect(lines[4].hasPrefix("4 declared, 1 supported by the records, 1 found: recall 100%, precision 100%"))
  }

  /// A declared name that fits several authors is not said to fit none: the check names them.
  @Test func checkNamesTheAuthorsAnAmbiguousNameFits() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      "@article{m1, author = {Paul Senior and Alice Student}, title = {Other work}, year = {2012}}\n",
      to: "paul.bib")
    try coauth.write("mentor,mentee\nSenior,Alice Student\n", to: "relations.csv")
    let result = try coauth.run(
      ["mentors", "--check", Self.lab, "paul.bib", "--relations", "relations.csv", "-q"])
    #expect(result.status == 0)
    let first = try #require(result.stdout.split(separator: "\n").first)
    #expect(first.hasSuffix(
      "not checkable: 'Senior' fits 2 authors: Mary Senior [mary-senior], "
        + "Paul Senior [paul-senior]"), "\(first)")
    let view = try coauth.run(["mentors", "alice-student", Self.lab, "paul.bib", "--relations", "relations.csv", "-q"])
    #expect(view.stdout.contains(
      "  Senior (fits 2 authors: Mary Senior [mary-senior], Paul Senior [paul-senior])"),
      "\(view.stdout)")
  }

  @Test func checkOfOnePersonKeepsTheirDeclarations() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(Self.relations, to: "relations.csv")
    let result = try coauth.run(
      ["mentors", "Carl Junior", Self.lab, "--relations", "relations.csv", "--check", "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Mary Senior [mary-senior] -> Carl Junior [carl-junior]"))
    #expect(result.stdout.contains("1 declared, 0 supported by the records, 0 found: recall -"))
  }

  @Test func trustingDeclaredRelationsReplacesInference() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(Self.relations, to: "relations.csv")
    let result = try coauth.run(
      ["analyze", Self.lab, "--relations", "relations.csv", "--trust-declared", "-o", "out", "-q"])
    #expect(result.status == 0)
    let mentorship = try String(contentsOfFile: coauth.path("out/mentorship.csv"), encoding: .utf8)
    #expect(mentorship.contains("mary-senior,Mary Senior,carl-junior,Carl Junior,1,2013,2015,2,declared (MGP)\n"))
    #expect(mentorship.contains(",1,2010,2016,5,declared (MGP); inferred: gap=5y"))
    let genealogy = try String(contentsOfFile: coauth.path("out/genealogy.csv"), encoding: .utf8)
    #expect(genealogy.contains("mary-senior,Mary Senior,0,2,2,1,0,0\n"))
  }

  @Test func lineagePrintsAncestorsAndDescendants() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(Self.relations, to: "relations.csv")
    let result = try coauth.run(
      ["lineage", "Mary Senior", Self.lab, "--relations", "relations.csv", "--trust-declared", "-q"])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Mary Senior [mary-senior]: generation 0, 0 ancestors, 2 descendants, lineage depth 1

        Ancestors
          none

        Descendants
          Alice Student [alice-student]  2010-2016, score 1.00, declared
          Carl Junior [carl-junior]  2013-2015, score 1.00, declared

        """)
    let upward = try coauth.run(["lineage", "Alice Student", Self.lab, "-q"])
    #expect(upward.stdout.contains("Ancestors\n  Mary Senior [mary-senior]  2010-2016, score 0.9"))
  }

  @Test func usageErrorsExitWith64() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let noPerson = try coauth.run(["mentors", "-q"])
    #expect(noPerson.status == 64)
    #expect(noPerson.stderr.contains("give a person, or --check"))
    let both = try coauth.run(["mentors", "--check", "--trust-declared", Self.lab, "-q"])
    #expect(both.status == 64)
  }

  @Test func unknownPersonsFailWithStatus1() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    for command in ["lineage", "mentors"] {
      let unknown = try coauth.run([command, "Nobody At All", Self.lab, "-q"])
      #expect(unknown.status == 1, "\(command)")
      #expect(unknown.stderr.contains("no author matches 'Nobody At All'"), "\(command)")
    }
  }

  @Test func badRelationRowsAreWarnedAndStrictFails() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write("mentor,mentee,years\nMary Senior,Alice Student,soon\n", to: "relations.csv")
    let result = try coauth.run(
      ["mentors", "Alice Student", Self.lab, "--relations", "relations.csv", "--strict"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("relations.csv:2: error: expected years such as 2010-2016"))
    let lenient = try coauth.run(
      ["mentors", "Alice Student", Self.lab, "--relations", "relations.csv"])
    #expect(lenient.status == 0)
    #expect(lenient.stderr.contains("relations.csv:2: warning: expected years such as 2010-2016"))
    let missing = try coauth.run(["mentors", "Alice Student", Self.lab, "--relations", "nope.csv"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("nope.csv: cannot read"))
  }
}
