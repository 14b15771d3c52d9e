import CoauthExport
import CoauthModel
import CoauthNames
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The bundled dataset (`datasets/seeds`, what `scripts/demo` shows): its tables and drawing,
/// compared with reviewed golden files, and the persons its three researchers must be.
@Suite struct BundledDatasetTests {
  static let seeds = RepoPaths.datasets.appendingPathComponent("seeds")

  static func analysis() throws -> Analysis {
    try Pipeline().analyze([seeds.path], diagnostics: { _ in })
  }

  @Test func authorsAndEdgesMatchGolden() throws {
    let analysis = try Self.analysis()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-bundled-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try AnalysisWriter().write(analysis, summary: .object([]), into: folder.path)
    for table in ["authors", "edges", "mentorship"] {
      let text = try String(
        contentsOf: folder.appendingPathComponent("\(table).csv"), encoding: .utf8)
      assertGolden(text, name: "seeds-\(table)", ext: "csv")
    }
  }

  @Test func egoDrawingMatchesGolden() throws {
    let analysis = try Self.analysis()
    let center = try #require(AuthorLookup(analysis.resolution.authors).matches("Haoze He").first)
    let filter = DrawingFilter(ego: .init(center: center, radius: 1))
    let drawing = try filter.drawing(
      from: DrawingInput(analysis, score: .pagerank),
      attributes: DrawingAttributes(title: "Haoze He", layout: .neato))
    assertGolden(try DOTWriter().dotText(for: drawing), name: "seeds-ego-haoze-he", ext: "dot")
  }

  @Test(arguments: [
    ("Harkirat Singh Behl", ["Harkirat Behl", "Behl, Harkirat Singh", "Harkirat Singh"]),
    ("Junheng Hao", ["Hao, Junheng"]),
    ("Haoze He", []),
  ])
  func eachResearcherIsOnePerson(_ name: String, _ variants: [String]) throws {
    let analysis = try Self.analysis()
    let lookup = AuthorLookup(analysis.resolution.authors)
    let person = try #require(lookup.matches(name).first)
    #expect(lookup.matches(name) == [person])
    for variant in variants {
      #expect(lookup.matches(variant) == [person], "\(variant)")
    }
  }

  @Test func groupAuthorIsAGroup() throws {
    let analysis = try Self.analysis()
    let authors = analysis.resolution.authors
    let team = try #require(AuthorLookup(authors).matches("Microsoft GenAI Team").first)
    #expect(authors.kinds[Int(team)] == .group)
  }
}
