import CoauthIngest
import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

/// Reads every file of `datasets/exports` (small exports in the shapes that Zotero, Mendeley,
/// JabRef, dblp, Google Scholar, IEEE Xplore, arXiv, NASA ADS, Crossref, EndNote, publishers,
/// Scopus, Dimensions, OpenAlex, PubMed, Web of Science and spreadsheets write) and checks every
/// record, author, name split, title, year and venue against its `expected.tsv`, with no
/// diagnostic.
@Suite struct ExportSamplesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var line: String
    var testDescription: String { file }
  }

  private static let folder = RepoPaths.datasets.appendingPathComponent("exports")

  private static var cases: [Case] {
    let manifest =
      (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
    return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      Case(file: String(line.prefix { $0 != "\t" }), line: String(line))
    }
  }

  @Test func manifestCoversEveryFile() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0 != "README.md" && $0 != "expected.tsv" }
    #expect(Set(files) == Set(Self.cases.map(\.file)))
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases)
  func readsEveryRecordAsExpectedWithoutDiagnostics(_ testCase: Case) throws {
    let path = Self.folder.appendingPathComponent(testCase.file).path
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([path]) { diagnostics.append($0) }
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let publications = corpus.publications
    let actual = [
      testCase.file,
      publications.map(\.id).joined(separator: " "),
      publications.map { $0.year.map(String.init) ?? "-" }.joined(separator: " "),
      publications.map(\.venue).joined(separator: " | "),
      publications.map(\.title).joined(separator: " | "),
      publications.map { $0.authors.map(Self.shown).joined(separator: "; ") }
        .joined(separator: " | "),
    ].joined(separator: "\t")
    #expect(actual == testCase.line)
  }

  /// "given [particle] family, suffix" for a name the reader split, "as printed" in quotes for
  /// one it leaves to the name stage, `*name` for a group.
  private static func shown(_ mention: AuthorMention) -> String {
    if mention.kind == .group { return "*" + mention.printed }
    guard let name = mention.name else { return "\"\(mention.printed)\"" }
    var words: [String] = []
    if !name.given.isEmpty { words.append(name.given) }
    if !name.particle.isEmpty { words.append("[\(name.particle)]") }
    if !name.family.isEmpty { words.append(name.family) }
    return words.joined(separator: " ") + (name.suffix.isEmpty ? "" : ", \(name.suffix)")
  }
}
