import CoauthModel
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The same three papers exported by Web of Science and by PubMed (`Fixtures/two-databases`:
/// different ids, one DOI and title each) are three publications, as QA found they were not.
@Suite struct DuplicateDOITests {
  static let folder = RepoPaths.root.appendingPathComponent(
    "Tests/CoauthPipelineTests/Fixtures/two-databases")

  @Test func aWebOfScienceAndAPubMedExportOfThreePapersCountEachPaperOnce() throws {
    var diagnostics: [Diagnostic] = []
    let analysis = try Pipeline().analyze([Self.folder.path]) { diagnostics.append($0) }
    #expect(analysis.corpus.publications.map(\.id) == [
      "31000001", "31000002", "31000003",
    ])
    #expect(analysis.corpus.doisByPublication == [
      0: "10.5555/jir.2018.001", 1: "10.5555/jir.2019.002", 2: "10.5555/jir.2020.003",
    ])
    #expect(diagnostics.map(\.code) == Array(repeating: "ingest.duplicate-doi", count: 3))
    #expect(diagnostics.allSatisfy { $0.location?.path.hasSuffix("savedrecs.ciw") == true })
    #expect(analysis.counts.records == 3)
    #expect(analysis.counts.skippedRecords == 3)
    // Lee-Chan wrote one paper together, Chan-Okafor and Lee-Okafor two (each half-edge).
    #expect(analysis.graph.edgeCount == 3)
    #expect(analysis.graph.papers.sorted() == [1, 1, 2, 2, 2, 2])
  }

  /// The year filter keeps the DOI table in step with the publications it keeps.
  @Test func theYearFilterKeepsTheDOIsOfTheKeptPublications() throws {
    var options = PipelineOptions()
    options.sinceYear = 2019
    var timings = StageTimings()
    let (corpus, counts) = try Pipeline(options: options).read(
      [Self.folder.path], diagnostics: { _ in }, timings: &timings)
    #expect(counts.filteredRecords == 1)
    #expect(corpus.publications.map(\.id) == ["31000002", "31000003"])
    #expect(corpus.doisByPublication == [0: "10.5555/jir.2019.002", 1: "10.5555/jir.2020.003"])
  }
}
