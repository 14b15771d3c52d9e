import CoauthIngest
import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

/// Runs every file of `datasets/bad-input` through the loader and checks the kept ids and the
/// diagnostic codes listed in its `expected.tsv`.
@Suite struct BadInputCorpusTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var keptIDs: [String]
    var codes: [String]
    var testDescription: String { file }
  }

  private static let folder = RepoPaths.datasets.appendingPathComponent("bad-input")

  private static var cases: [Case] {
    let manifest =
      (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8))
      ?? ""
    return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      func words(_ index: Int) -> [String] {
        index < fields.count ? fields[index].split(separator: " ").map(String.init) : []
      }
      return Case(file: fields[0], keptIDs: words(1), codes: words(2))
    }
  }

  /// Files that make the whole input unusable: loading them must throw (tested below).
  private static let unusableFiles: Set<String> = [
    "truncated.bib.gz", "entity-bomb.xml", "invalid.json",
  ]

  @Test func manifestCoversEveryFile() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0 != "README.md" && $0 != "expected.tsv" && !Self.unusableFiles.contains($0) }
    #expect(Set(files) == Set(Self.cases.map(\.file)))
    #expect(Self.cases.count >= 24)
  }

  @Test(arguments: cases)
  func keepsGoodEntriesAndReportsDamage(_ testCase: Case) throws {
    let path = Self.folder.appendingPathComponent(testCase.file).path
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == testCase.keptIDs)
    #expect(diagnostics.map(\.code) == testCase.codes)
    for diagnostic in diagnostics {
      #expect(diagnostic.location?.path == path)
      #expect((diagnostic.location?.line ?? 0) >= 1)
    }
  }

  /// A DBLP file that declares ISO-8859-1 reads as declared, with no warning.
  @Test func declaredLatin1ReadsAsDeclared() throws {
    let path = Self.folder.appendingPathComponent("latin1-declared.xml").path
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([path]) { diagnostics.append($0) }
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.first?.authors.map(\.printed) == ["Jürgen Müller", "François Pérez"])
    #expect(corpus.publications.first?.title == "Café “Quoted” and Ã© as Written")
  }

  /// A DBLP file that declares ISO-8859-2 and a homepage saved in Windows-1250 read their
  /// Central European names as declared, with no warning.
  @Test func declaredCentralEuropeanEncodingsReadAsDeclared() throws {
    var diagnostics: [Diagnostic] = []
    let latin2 = try InputLoader().load([
      Self.folder.appendingPathComponent("latin2-declared.xml").path
    ]) {
      diagnostics.append($0)
    }
    #expect(latin2.publications.first?.authors.map(\.printed) == ["Łukasz Nowak", "Jiří Dvořák"])
    let page = try InputLoader().load([Self.folder.appendingPathComponent("cp1250-page.html").path])
    {
      diagnostics.append($0)
    }
    #expect(diagnostics.isEmpty)
    #expect(
      page.publications.map { $0.authors.map(\.printed) } == [
        ["Antonín Dvořák", "Paweł Świątek", "Štěpán Žižka"], ["Zoltán Kővári", "Antonín Dvořák"],
      ])
  }

  @Test func encodingsDecodeToTheSameName() throws {
    for file in ["utf16le.bib", "utf16be.bib", "latin1.bib"] {
      let path = Self.folder.appendingPathComponent(file).path
      let corpus = try InputLoader().load([path]) { _ in }
      #expect(corpus.publications.first?.authors.first?.printed == "Müller, Jürgen", "\(file)")
    }
  }

  @Test func lineNumbersSurviveOtherLineEnds() throws {
    for file in ["crlf.bib", "cr-only.bib"] {
      let corpus = try InputLoader().load([Self.folder.appendingPathComponent(file).path]) { _ in }
      #expect(corpus.publications.last?.location.line == (file == "crlf.bib" ? 6 : 9), "\(file)")
    }
  }

  @Test func truncatedGzipThrows() {
    let path = Self.folder.appendingPathComponent("truncated.bib.gz").path
    #expect(throws: IngestError.self) { try InputLoader().load([path]) { _ in } }
  }

  @Test func entityBombIsRefused() {
    let path = Self.folder.appendingPathComponent("entity-bomb.xml").path
    #expect {
      try InputLoader().load([path]) { _ in }
    } throws: { error in
      guard case .limitExceeded(let errorPath, let line, let limit) = error as? IngestError else {
        return false
      }
      return errorPath == path && line == 8 && limit.contains("entity-expansion bomb")
    }
  }

  @Test func invalidJSONNamesLineAndExpectation() {
    let path = Self.folder.appendingPathComponent("invalid.json").path
    #expect {
      try InputLoader().load([path]) { _ in }
    } throws: { error in
      guard case .malformed(_, let line, let expected) = error as? IngestError else { return false }
      return line == 4 && expected.contains("',' or '}'")
    }
  }

  @Test func fiveMegabyteLineIsRead() throws {
    let title = String(repeating: "long ", count: 1_000_000)
    let text = "@misc{long, author = {Doe, Jane}, title = {\(title)}} @misc{after, title = {x}}\n"
    let corpus = try BibTeXReader().read(InputSource(label: "long.bib", text: text)) { _ in }
    #expect(corpus.publications.map(\.id) == ["long", "after"])
    #expect(corpus.publications.first?.title.count == title.count - 1)
  }
}
