import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

/// Leiden: quality against igraph's Leiden and our Louvain, determinism, connected communities.
@Suite struct LeidenTests {
  /// Over 20 seeds, on average at least igraph's Leiden over 10 (objective modularity, iterated
  /// until stable), and never below our Louvain on average.
  @Test(arguments: OracleGraph.names) func qualityAtLeastIgraphs(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    var leiden = [Double]()
    var louvain = [Double]()
    for seed in 0..<UInt64(20) {
      let communities = try leidenCommunities(graph, options: LeidenOptions(seed: seed))
      #expect(
        isApproximatelyEqual(
          communities.modularity, modularity(graph, membership: communities.membership)))
      #expect(Self.everyCommunityIsConnected(graph, communities))
      leiden.append(communities.modularity)
      louvain.append(try louvainCommunities(graph, options: LouvainOptions(seed: seed)).modularity)
    }
    let mean = leiden.reduce(0, +) / 20
    #expect(mean >= oracle.igraphLeidenModularityStableMean - 1e-3, "mean \(mean)")
    #expect(mean >= louvain.reduce(0, +) / 20 - 1e-9)
  }

  @Test func sameSeedSamePartition() throws {
    let graph = try OracleGraph.load("random-papers").graph()
    let first = try leidenCommunities(graph, options: LeidenOptions(seed: 3))
    #expect(try leidenCommunities(graph, options: LeidenOptions(seed: 3)) == first)
    #expect(first.sizes == first.sizes.sorted(by: >))
  }

  @Test func bridgedTrianglesAndDegenerateGraphs() throws {
    let communities = try leidenCommunities(SmallGraphs.bridgedTriangles)
    #expect(communities.membership == [0, 0, 0, 1, 1, 1])
    #expect(isApproximatelyEqual(communities.modularity, 5.0 / 14))
    #expect(try leidenCommunities(.empty).count == 0)
    #expect(try leidenCommunities(SmallGraphs.edges(3, [])).membership == [0, 1, 2])
    #expect(throws: MetricsError.invalidParameter(name: "resolution", value: -1)) {
      try leidenCommunities(SmallGraphs.path(3), options: .init(resolution: -1))
    }
    #expect(throws: MetricsError.invalidParameter(name: "randomness", value: 0)) {
      try leidenCommunities(SmallGraphs.path(3), options: .init(randomness: 0))
    }
  }

  @Test func higherResolutionGivesSmallerCommunities() throws {
    let graph = try OracleGraph.load("lesmis").graph()
    let coarse = try leidenCommunities(graph, options: .init(resolution: 0.5))
    let fine = try leidenCommunities(graph, options: .init(resolution: 2))
    #expect(coarse.count < fine.count)
  }

  /// Whether each community induces a connected subgraph (Leiden's guarantee).
  static func everyCommunityIsConnected(_ graph: CoauthorGraph, _ communities: Communities)
    -> Bool
  {
    (0..<communities.count).allSatisfy { id in
      let members = communities.membership.indices.filter { communities.membership[$0] == id }
      guard let induced = try? graph.induced(by: members.map { Int32($0) }) else { return false }
      return connectedComponents(induced.graph).count == 1
    }
  }
}
