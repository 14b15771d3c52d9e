import CoauthModel
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The same ten publications written in all ten input formats (`datasets/formats`, made by
/// `scripts/make-formats-dataset`) must give identical `authors.csv` and `edges.csv`.
@Suite struct FormatAgreementTests {
  static let folder = RepoPaths.datasets.appendingPathComponent("formats")
  static let formats = ["md", "html", "xml", "json", "ris", "enw", "csv", "ciw", "nbib"]

  /// The tables of one file, and the diagnostics of reading it.
  private func tables(_ file: String) throws -> (tables: [String: String], diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let path = Self.folder.appendingPathComponent(file).path
    let analysis = try Pipeline().analyze([path]) { diagnostics.append($0) }
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-formats-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    try AnalysisWriter().write(analysis, summary: .object([]), into: output.path)
    var tables: [String: String] = [:]
    for table in ["authors", "edges", "publications"] {
      tables[table] = try String(
        contentsOf: output.appendingPathComponent("\(table).csv"), encoding: .utf8)
    }
    return (tables, diagnostics)
  }

  @Test(arguments: formats)
  func formatGivesTheSameAuthorsAndEdgesAsBibTeX(_ format: String) throws {
    let reference = try tables("lab.bib")
    let other = try tables("lab.\(format)")
    #expect(reference.diagnostics.filter { $0.severity >= .warning }.isEmpty)
    #expect(other.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(other.diagnostics)")
    #expect(other.tables["authors"] == reference.tables["authors"])
    #expect(other.tables["edges"] == reference.tables["edges"])
    let publicationIDs = { (text: String?) in
      (text ?? "").split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
    }
    #expect(publicationIDs(other.tables["publications"]) == publicationIDs(reference.tables["publications"]))
    #expect(publicationIDs(reference.tables["publications"]).count == 10)
  }

  @Test func initialVariantIsTheSamePerson() throws {
    let authors = try tables("lab.bib").tables["authors"] ?? ""
    let mueller = authors.split(separator: "\n").filter { $0.contains("Müller") }
    #expect(mueller.count == 1)
    #expect(mueller.first?.contains("J. Müller") == true)
  }
}
