import CoauthModel
import CoauthPipeline
import CoauthTestSupport
import Testing

@Suite struct AuthorRankingTests {
  static let analysis = Result {
    try Pipeline().analyze([AnalysisWriterTests.fixture.path], diagnostics: { _ in })
  }

  /// Every measure ranks every author with a value, best first; ties go to more papers.
  @Test(arguments: ["papers", "pagerank", "degree", "constraint"])
  func ranksByTheColumn(_ measure: String) throws {
    let analysis = try Self.analysis.get()
    let ranking = try #require(AuthorRanking(analysis, by: measure))
    let papers = analysis.activity.papers
    #expect(ranking.entries.count <= analysis.resolution.authors.count)
    for (better, worse) in zip(ranking.entries, ranking.entries.dropFirst()) {
      #expect(better.value > worse.value
        || better.value == worse.value && papers[better.author] >= papers[worse.author])
    }
    #expect(ranking.entries.allSatisfy { !$0.value.isNaN })
  }

  @Test func valuesAreTheTableValues() throws {
    let analysis = try Self.analysis.get()
    let ranking = try #require(AuthorRanking(analysis, by: "pagerank", limit: 3))
    #expect(ranking.entries.count == 3)
    #expect(!ranking.isInteger)
    for entry in ranking.entries {
      #expect(entry.value == analysis.metrics.pageRank[entry.author])
    }
    let top = analysis.metrics.pageRank.max()
    #expect(ranking.entries.first?.value == top)
    let byPapers = try #require(AuthorRanking(analysis, by: "papers"))
    #expect(byPapers.isInteger)
    #expect(byPapers.entries.first.map { analysis.activity.papers[$0.author] }
      == analysis.activity.papers.max())
  }

  @Test func ascendingPutsTheLowestFirst() throws {
    let analysis = try Self.analysis.get()
    let ranking = try #require(AuthorRanking(analysis, by: "constraint", ascending: true))
    let values = ranking.entries.map(\.value)
    #expect(values == values.sorted())
    #expect(AuthorRanking(analysis, by: "no-such-measure") == nil)
    #expect(AuthorRanking.measures.first == "papers")
    #expect(Set(AuthorRanking.measures).isSuperset(of: AuthorRanking.pathMeasures))
  }
}
