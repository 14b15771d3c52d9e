import CoauthGraph
import CoauthMetrics
import Testing

@Suite struct NetworkGrowthTests {
  /// 2001: A-B; 2002: none; 2003: B-C and D-E (new C, D, E); 2004: A-B again and C-D, joining
  /// everything into one component.
  static let papers = [
    GraphPaper(authors: [0, 1], year: 2001, publication: 0),
    GraphPaper(authors: [1, 2], year: 2003, publication: 1),
    GraphPaper(authors: [3, 4, 4], year: 2003, publication: 2),
    GraphPaper(authors: [0, 1], year: 2004, publication: 3),
    GraphPaper(authors: [2, 3], year: 2004, publication: 4),
    GraphPaper(authors: [5], year: nil, publication: 5),
  ]

  @Test func countsEachYearAndTheNetworkSoFar() throws {
    let graph = try CoauthorGraph.build(nodeCount: 6, papers: Self.papers)
    let rows = YearGrowth.series(graph: graph, papers: Self.papers)
    #expect(rows.map(\.year) == [2001, 2002, 2003, 2004])
    #expect(rows.map(\.papers) == [1, 0, 2, 2])
    #expect(rows.map(\.meanTeamSize) == [2, 0, 2, 2])
    #expect(rows.map(\.activeAuthors) == [2, 0, 4, 4])
    #expect(rows.map(\.newAuthors) == [2, 0, 3, 0])
    #expect(rows.map(\.authors) == [2, 2, 5, 5])
    #expect(rows.map(\.newCollaborations) == [1, 0, 2, 1])
    #expect(rows.map(\.collaborations) == [1, 1, 3, 4])
    #expect(rows.map(\.giantComponent) == [2, 2, 3, 5])
    #expect(rows[2].giantComponentShare == 0.6)
  }

  @Test func noDatedPapersGiveNoRows() throws {
    let papers = [GraphPaper(authors: [0, 1], year: nil, publication: 0)]
    let graph = try CoauthorGraph.build(nodeCount: 2, papers: papers)
    #expect(YearGrowth.series(graph: graph, papers: papers).isEmpty)
  }
}
