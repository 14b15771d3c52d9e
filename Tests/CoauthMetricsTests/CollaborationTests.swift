import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

/// Collaboration profiles, tie strengths, chains and ego networks on hand-made corpora.
@Suite struct CollaborationTests {
  /// Author 0 writes {0, 1} in 2019, {0, 1, 2} in 2021 and alone in 2020; author 3 writes alone
  /// without a year; author 4 has no paper.
  static let papers = [
    GraphPaper(authors: [0, 1], year: 2019, publication: 0),
    GraphPaper(authors: [0, 1, 2, 2], year: 2021, publication: 1),
    GraphPaper(authors: [0], year: 2020, publication: 2),
    GraphPaper(authors: [3], year: nil, publication: 3),
  ]

  static func graph() throws -> CoauthorGraph {
    try CoauthorGraph.build(nodeCount: 5, papers: papers, recordPublications: true)
  }

  @Test func profilePerAuthor() throws {
    let profile = collaborationProfile(try Self.graph(), papers: Self.papers)
    expectClose(profile.repeatRate, [0.5, 0.5, 0, .nan, .nan], "repeat rate", nanEqual: true)
    expectClose(profile.meanTeamSize, [2, 2.5, 3, 1, .nan], "team size", nanEqual: true)
    #expect(profile.soloPapers == [1, 0, 0, 1, 0])
    #expect(profile.careerSpan == [3, 3, 1, 0, 0])
    expectClose(profile.coauthorsPerYear, [2.0 / 3, 2.0 / 3, 2, .nan, .nan], "per year", nanEqual: true)
  }

  @Test func fractionalCountsOneOverTeamSize() throws {
    let graph = try Self.graph()
    let counts = distinctAuthorCounts(Self.papers, count: 4)
    #expect(counts == [2, 3, 1, 1])
    // Edges (0,1), (0,2), (1,2): papers {0, 1}, {1}, {1}.
    expectClose(
      fractionalTieStrength(graph, authorCounts: counts), [1.0 / 2 + 1.0 / 3, 1.0 / 3, 1.0 / 3],
      "fractional")
    expectClose(graph.weights.isEmpty ? [] : [graph.weights[0]], [1 + 0.5], "newman")
  }

  @Test func shortestChainsAreDeterministic() {
    // Two routes of length 2 from 0 to 3: through 1 and through 2; the smaller id wins.
    let graph = SmallGraphs.edges(5, [(0, 2), (0, 1), (1, 3), (2, 3)])
    #expect(shortestChain(graph, from: 0, to: 3) == [0, 1, 3])
    #expect(shortestChain(graph, from: 3, to: 3) == [3])
    #expect(shortestChain(graph, from: 0, to: 4) == nil)
  }

  @Test func egoNetworkByDistance() {
    let within = nodesWithin(SmallGraphs.path(6), radius: 2, of: 2)
    #expect(within.map(\.node) == [2, 1, 3, 0, 4])
    #expect(within.map(\.distance) == [0, 1, 1, 2, 2])
    #expect(nodesWithin(SmallGraphs.path(3), radius: 0, of: 1).count == 1)
  }
}

/// `expectClose` where NaN expects NaN.
func expectClose(
  _ actual: [Double], _ expected: [Double], _ label: String, nanEqual: Bool,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  expectClose(
    actual, expected.map { $0.isNaN ? nil : $0 } as [Double?], label,
    sourceLocation: sourceLocation)
}
