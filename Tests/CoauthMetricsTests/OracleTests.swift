import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

/// Every metric against networkx on classic graphs (see `scripts/oracle/expected.py`).
@Suite struct OracleTests {
  @Test(arguments: OracleGraph.names) func degreeAndStrength(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    #expect(graph._checkInvariants().isEmpty)
    #expect(degrees(graph) == oracle.degree)
    expectClose(strengths(graph), oracle.strength, "strength")
  }

  @Test(arguments: OracleGraph.names) func betweenness(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    expectClose(try betweennessCentrality(graph), oracle.betweenness, "betweenness")
    expectClose(
      try betweennessCentrality(graph, options: BetweennessOptions(normalized: false)),
      oracle.betweennessUnnormalized, "unnormalised betweenness")
    expectClose(
      try betweennessCentrality(graph, options: BetweennessOptions(distance: .inverseWeight)),
      oracle.betweennessWeighted, "weighted betweenness")
  }

  @Test(arguments: OracleGraph.names) func betweennessFromSources(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    expectClose(
      try betweennessCentrality(graph, sources: oracle.betweennessSources),
      oracle.betweennessSampled, "sampled betweenness")
    expectClose(
      try betweennessCentrality(
        graph, sources: oracle.betweennessSources, options: BetweennessOptions(normalized: false)),
      oracle.betweennessSampledUnnormalized, "sampled unnormalised betweenness")
    // Every node as a source is the exact (unpruned) computation.
    let all = (0..<Int32(graph.nodeCount)).map { $0 }
    expectClose(try betweennessCentrality(graph, sources: all), oracle.betweenness, "all sources")
  }

  @Test(arguments: OracleGraph.names) func closenessAndHarmonic(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    expectClose(closenessCentrality(graph), oracle.closeness, "closeness")
    expectClose(closenessCentrality(graph, wfImproved: false), oracle.closenessPlain, "closeness")
    expectClose(harmonicCentrality(graph), oracle.harmonic, "harmonic")
    let weighted = distanceCentralities(graph, distance: .inverseWeight)
    expectClose(weighted.closeness, oracle.closenessWeighted, "weighted closeness")
    expectClose(weighted.harmonic, oracle.harmonicWeighted, "weighted harmonic")
  }

  @Test(arguments: OracleGraph.names) func eigenvector(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    expectClose(
      try eigenvectorCentrality(graph), oracle.eigenvector, relative: 1e-6, absolute: 1e-8,
      "eigenvector")
    expectClose(
      try eigenvectorCentrality(graph, options: EigenvectorOptions(weighted: true)),
      oracle.eigenvectorWeighted, relative: 1e-6, absolute: 1e-8, "weighted eigenvector")
  }

  @Test(arguments: OracleGraph.names) func pageRankValues(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    expectClose(try pageRank(graph), oracle.pagerank, "pagerank")
    expectClose(
      try pageRank(graph, options: PageRankOptions(weighted: false)), oracle.pagerankUnweighted,
      "unweighted pagerank")
  }

  @Test(arguments: OracleGraph.names) func structure(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    #expect(coreNumbers(graph).map(Double.init) == oracle.coreNumber)
    #expect(triangleCounts(graph).map(Double.init) == oracle.triangles)
    expectClose(clusteringCoefficients(graph), oracle.clustering, "clustering")
    let components = connectedComponents(graph)
    #expect(components.sizes == oracle.components.map(\.count))
    #expect((0..<components.count).map(components.nodes(of:)) == oracle.components)
  }

  @Test(arguments: OracleGraph.names) func modularityOfAPartition(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    #expect(
      isApproximatelyEqual(
        modularity(graph, membership: oracle.louvainMembership), oracle.modularityOfMembership,
        relative: 1e-9))
    #expect(
      isApproximatelyEqual(
        modularity(graph, membership: oracle.louvainMembership, weighted: false),
        oracle.modularityOfMembershipUnweighted, relative: 1e-9))
  }

  /// Our Louvain is at least as good as networkx's on average over the same number of seeds.
  @Test(arguments: OracleGraph.names) func louvainQuality(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    var total = 0.0
    var best = -1.0
    for seed in 0..<UInt64(40) {
      let communities = try louvainCommunities(graph, options: LouvainOptions(seed: seed))
      #expect(
        isApproximatelyEqual(
          communities.modularity, modularity(graph, membership: communities.membership)))
      total += communities.modularity
      best = max(best, communities.modularity)
    }
    #expect(total / 40 >= oracle.louvainModularityMean - 2e-3)
    #expect(best >= oracle.louvainModularityMax - 5e-3)
  }

  /// The papers of the random corpus give Newman weights equal to the oracle's edge weights.
  @Test func builderFromPapersMatchesNewmanWeights() throws {
    let oracle = try OracleGraph.load("random-papers")
    let papers = try #require(oracle.papers)
    let built = try CoauthorGraph.build(
      nodeCount: oracle.nodeCount,
      papers: papers.enumerated().map {
        GraphPaper(authors: $0.element, year: nil, publication: Int32($0.offset))
      })
    let reference = try oracle.graph()
    #expect(built.targets == reference.targets)
    expectClose(built.weights, reference.weights, relative: 1e-12, "weights")
    expectClose(try betweennessCentrality(built, options: .init(distance: .inverseWeight)),
      oracle.betweennessWeighted, "weighted betweenness from papers")
  }
}
