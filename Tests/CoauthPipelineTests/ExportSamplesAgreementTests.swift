import CoauthModel
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The 26 exports of `datasets/exports` (one invented lab as the tools print it) read together
/// resolve to the lab's persons and groups, each once, with no warning.
@Suite struct ExportSamplesAgreementTests {
  @Test func everyToolsExportResolvesToTheSamePersons() throws {
    let folder = RepoPaths.datasets.appendingPathComponent("exports")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      .filter { $0 != "README.md" && $0 != "expected.tsv" }
      .map { folder.appendingPathComponent($0).path }
    #expect(files.count >= 20)
    var diagnostics: [Diagnostic] = []
    let analysis = try Pipeline().analyze(files) { diagnostics.append($0) }
    #expect(diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(diagnostics)")
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-exports-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    try AnalysisWriter().write(analysis, summary: .object([]), into: output.path)
    let authors = try String(
      contentsOf: output.appendingPathComponent("authors.csv"), encoding: .utf8)
    // author_id, then name: "Carl Stone, Jr." is quoted.
    let names = authors.split(separator: "\n").dropFirst().map { row in
      let rest = row.drop { $0 != "," }.dropFirst()
      return rest.hasPrefix("\"")
        ? String(rest.dropFirst().prefix { $0 != "\"" }) : String(rest.prefix { $0 != "," })
    }
    #expect(names.sorted() == [
      "Ann Lee", "Anna van der Berg", "Carl Stone, Jr.", "Chidi Okafor", "José García",
      "Jürgen Müller", "Labtools Team", "Li-Wei Chen", "R. A. de Souza", "Small Labs Consortium",
      "Wei Wang",
    ])
  }
}
