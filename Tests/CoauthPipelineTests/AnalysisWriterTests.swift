import CoauthExport
import CoauthModel
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The tables of a whole run on a small invented lab, compared with reviewed golden files.
@Suite struct AnalysisWriterTests {
  static let fixture = RepoPaths.root.appendingPathComponent(
    "Tests/CoauthPipelineTests/Fixtures/lab.bib")

  /// Runs the pipeline on the fixture and writes the tables into a fresh temporary folder.
  static func writeTables(options: PipelineOptions = PipelineOptions()) throws -> (
    folder: URL, diagnostics: [Diagnostic]
  ) {
    let collected = DiagnosticCollector()
    let analysis = try Pipeline(options: options).analyze(
      [fixture.path], diagnostics: collected.handler)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-pipeline-\(UUID().uuidString)")
    let summary = RunSummary.json(
      analysis, diagnostics: [], warnings: collected.diagnostics.count, totalSeconds: 0)
    try AnalysisWriter().write(analysis, summary: summary, into: folder.path)
    return (folder, collected.diagnostics)
  }

  /// A table's text with the machine's repository path removed from `source` cells.
  static func portable(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: RepoPaths.root.path + "/", with: "")
  }

  @Test(arguments: ["publications", "authorships", "authors", "edges", "mentorship", "genealogy"])
  func tableMatchesGolden(_ table: String) throws {
    let (folder, _) = try Self.writeTables()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try Self.portable(folder.appendingPathComponent("\(table).csv"))
    assertGolden(text, name: table, ext: "csv")
  }

  @Test func brokenEntryIsSkippedWithItsLineAndTheRestKept() throws {
    let (folder, diagnostics) = try Self.writeTables()
    defer { try? FileManager.default.removeItem(at: folder) }
    let warning = try #require(diagnostics.first { $0.skippedRecords > 0 })
    #expect(warning.location?.path.hasSuffix("lab.bib") == true)
    #expect(warning.location?.line == 34)
    #expect(warning.message.contains("expected ','"))
    let publications = try Self.portable(folder.appendingPathComponent("publications.csv"))
    #expect(!publications.contains("broken2012"))
    #expect(publications.contains("muller2014"))
  }

  @Test func summaryCountsWhatWasReadAndSkipped() throws {
    let (folder, _) = try Self.writeTables()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let counts = try #require(summary["counts"] as? [String: Any])
    #expect(counts["publications"] as? Int == 9)
    #expect(counts["records_skipped"] as? Int == 1)
    #expect(counts["mentions"] as? Int == 21)
    #expect(counts["groups"] as? Int == 1)
    let timings = try #require(summary["timings"] as? [String: Any])
    let stages = try #require(timings["stages"] as? [String: Any])
    #expect(Set(stages.keys) == ["read", "resolve", "graph", "metrics", "mentorship"])
  }

  @Test func summaryDescribesTheWholeGraph() throws {
    let (folder, _) = try Self.writeTables()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let graph = try #require(summary["graph"] as? [String: Any])
    // The consortium hangs off Mary Senior alone: one bridge, one articulation point.
    #expect(graph["bridges"] as? Int == 1)
    #expect(graph["articulation_points"] as? Int == 1)
    #expect(graph["largest_components"] as? [Int] == [6])
    let diameter = try #require(graph["diameter"] as? [String: Any])
    #expect(diameter["exact"] as? Bool == true && diameter["value"] as? Int == 2)
    let path = try #require(graph["average_path_length"] as? [String: Any])
    #expect(path["exact"] as? Bool == true)
    #expect(graph["community_algorithm"] as? String == "leiden")
    for key in ["transitivity", "average_clustering", "assortativity", "modularity"] {
      #expect(graph[key] is Double || graph[key] is Int, "\(key)")
    }
  }

  @Test func yearFilterKeepsOnlyThePeriod() throws {
    var options = PipelineOptions()
    options.sinceYear = 2012
    options.untilYear = 2014
    let (folder, _) = try Self.writeTables(options: options)
    defer { try? FileManager.default.removeItem(at: folder) }
    let publications = try Self.portable(folder.appendingPathComponent("publications.csv"))
    let years = publications.split(separator: "\n").dropFirst().map { line in
      line.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(years.count == 4)
    let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let counts = try #require(summary["counts"] as? [String: Any])
    #expect(counts["records_filtered_by_year"] as? Int == 5)
  }

  @Test func failedRunLeavesEarlierTablesUntouched() throws {
    let (folder, _) = try Self.writeTables()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Self.portable(folder.appendingPathComponent("authors.csv"))
    // A directory where a table must go makes the commit fail before anything is replaced.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("summary.json"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("summary.json"), withIntermediateDirectories: false)
    var options = PipelineOptions()
    options.sinceYear = 2014
    let analysis = try Pipeline(options: options).analyze([Self.fixture.path], diagnostics: { _ in })
    #expect(throws: (any Error).self) {
      try AnalysisWriter().write(
        analysis, summary: .object([]), into: folder.path)
    }
    #expect(try Self.portable(folder.appendingPathComponent("authors.csv")) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }
}

/// Collects diagnostics from any thread.
final class DiagnosticCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [Diagnostic] = []

  var handler: DiagnosticHandler {
    { [self] diagnostic in
      lock.lock()
      collected.append(diagnostic)
      lock.unlock()
    }
  }

  var diagnostics: [Diagnostic] {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }
}

extension AnalysisWriterTests {
  @Test func growthTableMatchesGolden() throws {
    let analysis = try Pipeline().analyze([Self.fixture.path], diagnostics: { _ in })
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-growth-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try AnalysisWriter(includesGrowth: true).write(analysis, summary: .object([]), into: folder.path)
    let text = try String(contentsOf: folder.appendingPathComponent("growth.csv"), encoding: .utf8)
    assertGolden(text, name: "growth", ext: "csv")
  }

  @Test func aRunWithoutGrowthRemovesAnEarlierGrowthTable() throws {
    let analysis = try Pipeline().analyze([Self.fixture.path], diagnostics: { _ in })
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-growth-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let growth = folder.appendingPathComponent("growth.csv").path
    try AnalysisWriter(includesGrowth: true).write(analysis, summary: .object([]), into: folder.path)
    #expect(FileManager.default.fileExists(atPath: growth))
    try AnalysisWriter().write(analysis, summary: .object([]), into: folder.path)
    #expect(!FileManager.default.fileExists(atPath: growth))
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(written == AnalysisWriter.fileNames.sorted())
  }
}

extension AnalysisWriterTests {
  /// `graph.graphml` holds the columns of authors.csv and edges.csv, written by the same tables.
  @Test func graphMLMatchesGolden() throws {
    let analysis = try Pipeline().analyze([Self.fixture.path], diagnostics: { _ in })
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-graphml-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try AnalysisWriter(includesGraphML: true).write(
      analysis, summary: .object([]), into: folder.path)
    let text = try String(
      contentsOf: folder.appendingPathComponent(GraphMLFile.fileName), encoding: .utf8)
    assertGolden(text, name: "graph", ext: "graphml")
    // Every column of the two tables is a key, in order, whatever metrics are added later.
    let names = text.split(separator: "\n").compactMap { line -> (String, String)? in
      guard let domain = line.firstRange(of: "for=\""), let name = line.firstRange(of: "attr.name=\"")
      else { return nil }
      func value(after range: Range<Substring.Index>) -> String {
        String(line[range.upperBound...].prefix { $0 != "\"" })
      }
      return (value(after: domain), value(after: name))
    }
    #expect(names.filter { $0.0 == "node" }.map(\.1) == Array(AuthorsTable.header.dropFirst()))
    #expect(names.filter { $0.0 == "edge" }.map(\.1) == Array(EdgesTable.header.dropFirst(2)))
  }

  @Test func aRunWithoutGraphMLRemovesAnEarlierOne() throws {
    let analysis = try Pipeline().analyze([Self.fixture.path], diagnostics: { _ in })
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-graphml-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let graphML = folder.appendingPathComponent(GraphMLFile.fileName).path
    try AnalysisWriter(includesGraphML: true).write(
      analysis, summary: .object([]), into: folder.path)
    #expect(FileManager.default.fileExists(atPath: graphML))
    try AnalysisWriter().write(analysis, summary: .object([]), into: folder.path)
    #expect(!FileManager.default.fileExists(atPath: graphML))
  }
}
