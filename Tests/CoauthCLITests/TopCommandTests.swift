import CoauthTestSupport
import Foundation
import Testing

/// `coauth top` run as a user runs it.
@Suite struct TopCommandTests {
  /// `coauth top` prints the leading authors by a measure, as text or CSV, and refuses an
  /// unknown measure with a usage error that lists the known ones.
  @Test func topListsTheLeadingAuthors() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let text = try coauth.run(["top", AnalyzeCommandTests.lab, "--by", "papers", "--limit", "2", "-q"])
    #expect(text.status == 0, "\(text.stderr)")
    let lines = text.stdout.split(separator: "\n")
    #expect(lines.first == "Top 2 of 6 authors by papers")
    #expect(lines.count == 4)
    #expect(lines.last?.hasSuffix("Alice Student") == true, "\(text.stdout)")
    let csv = try coauth.run(["top", AnalyzeCommandTests.lab, "--by", "degree", "--csv", "-q"])
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first == "rank,author_id,name,degree,papers,first_year,last_year")
    #expect(rows.count == 7)
    #expect(rows.dropFirst().first == "1,mary-senior,Mary Senior,5,7,2005,2016")
    let unknown = try coauth.run(["top", AnalyzeCommandTests.lab, "--by", "fame"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("expected one of papers, degree"))
  }
}
