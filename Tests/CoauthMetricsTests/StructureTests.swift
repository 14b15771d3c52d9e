import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

@Suite struct StructureTests {
  /// Triangle {0, 1, 2} with node 3 hanging off node 0.
  private let triangleWithPendant = SmallGraphs.edges(4, [(0, 1), (0, 2), (1, 2), (0, 3)])

  @Test func coreNumbersAndClustering() {
    #expect(coreNumbers(triangleWithPendant) == [2, 2, 2, 1])
    #expect(triangleCounts(triangleWithPendant) == [1, 1, 1, 0])
    expectClose(clusteringCoefficients(triangleWithPendant), [1.0 / 3, 1, 1, 0], "clustering")
    #expect(coreNumbers(SmallGraphs.complete(5)) == [4, 4, 4, 4, 4])
    #expect(coreNumbers(SmallGraphs.disconnected) == [1, 1, 1, 1, 1, 0])
    #expect(coreNumbers(.empty).isEmpty)
    expectClose([averageClustering(triangleWithPendant)], [(1.0 / 3 + 2) / 4], "average")
  }

  @Test func componentsOrderedBySizeThenSmallestNode() {
    // Components {0,1,2}, {3,4}, {5}; then add a second pair {6,7} after the singleton.
    let graph = SmallGraphs.edges(9, [(0, 1), (1, 2), (3, 4), (6, 7)])
    let components = connectedComponents(graph)
    #expect(components.sizes == [3, 2, 2, 1, 1])
    #expect(components.componentOfNode == [0, 0, 0, 1, 1, 3, 2, 2, 4])
    #expect(components.nodes(of: 2) == [6, 7])
    #expect(connectedComponents(.empty).count == 0)
  }

  @Test func modularityOfBridgedTriangles() {
    // m = 7; each triangle has 3 internal edges and total degree 7: 2 * (3/7 - (7/14)^2).
    let q = modularity(SmallGraphs.bridgedTriangles, membership: [0, 0, 0, 1, 1, 1])
    #expect(isApproximatelyEqual(q, 5.0 / 14))
    #expect(modularity(SmallGraphs.edges(3, []), membership: [0, 1, 2]) == 0)
  }

  @Test func louvainFindsTheTriangles() throws {
    let communities = try louvainCommunities(SmallGraphs.bridgedTriangles)
    #expect(communities.membership == [0, 0, 0, 1, 1, 1])
    #expect(communities.sizes == [3, 3])
    #expect(isApproximatelyEqual(communities.modularity, 5.0 / 14))
  }

  @Test func louvainIsDeterministicPerSeed() throws {
    let oracle = try OracleGraph.load("lesmis")
    let graph = try oracle.graph()
    let first = try louvainCommunities(graph, options: .init(seed: 7))
    #expect(try louvainCommunities(graph, options: .init(seed: 7)) == first)
    #expect(first.sizes == first.sizes.sorted(by: >))
  }

  @Test func louvainDegenerateGraphs() throws {
    #expect(try louvainCommunities(.empty).count == 0)
    let isolated = try louvainCommunities(SmallGraphs.edges(3, []))
    #expect(isolated.membership == [0, 1, 2] && isolated.modularity == 0)
    #expect(throws: MetricsError.invalidParameter(name: "resolution", value: -1)) {
      try louvainCommunities(SmallGraphs.path(3), options: .init(resolution: -1))
    }
  }

  @Test func splitMixIsStable() {
    var generator = SplitMix64(seed: 0)
    // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
  }
}
