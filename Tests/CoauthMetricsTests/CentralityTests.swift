import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

@Suite struct CentralityTests {
  @Test func pathOfThree() throws {
    let graph = SmallGraphs.path(3)
    #expect(try betweennessCentrality(graph) == [0, 1, 0])
    #expect(try betweennessCentrality(graph, options: .init(normalized: false)) == [0, 1, 0])
    expectClose(closenessCentrality(graph), [2.0 / 3, 1, 2.0 / 3], "closeness")
    expectClose(harmonicCentrality(graph), [1.5, 2, 1.5], "harmonic")
    expectClose(
      try eigenvectorCentrality(graph), [0.5, 0.5.squareRoot(), 0.5], relative: 1e-9,
      "eigenvector")
    expectClose(degreeCentrality(graph), [0.5, 1, 0.5], "degree centrality")
  }

  @Test func star() throws {
    let graph = SmallGraphs.star(5)
    // The centre lies on the one shortest path of each of the 6 leaf pairs.
    #expect(try betweennessCentrality(graph) == [1, 0, 0, 0, 0])
    #expect(try betweennessCentrality(graph, options: .init(normalized: false)) == [6, 0, 0, 0, 0])
    expectClose(closenessCentrality(graph), [1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7], "closeness")
    expectClose(harmonicCentrality(graph), [4, 2.5, 2.5, 2.5, 2.5], "harmonic")
    // PageRank of a star: leaves share what the centre spreads.
    let rank = try pageRank(graph)
    expectClose([rank.reduce(0, +)], [1], relative: 1e-12, "pagerank total")
    #expect(rank[0] > rank[1] && rank[1] == rank[4])
  }

  /// Two triangles share the largest eigenvalue (2) and keep the uniform start's equal weights;
  /// a separate edge (eigenvalue 1), a path and an isolated author decay to exactly 0.
  @Test func eigenvectorOfComponentsSharingTheLargestEigenvalue() throws {
    let graph = SmallGraphs.edges(
      11, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (6, 7), (8, 9), (9, 10)])
    let expected = [Double](repeating: (1.0 / 6).squareRoot(), count: 6) + [0, 0, 0, 0, 0]
    let values = try eigenvectorCentrality(graph)
    expectClose(values, expected, relative: 1e-12, "eigenvector")
    #expect(values[6...].allSatisfy { $0 == 0 })
    // Weighted: the heavier triangle alone carries the largest eigenvalue.
    let weighted = try CoauthorGraph.build(
      nodeCount: 6,
      edges: [
        WeightedEdge(0, 1, weight: 2), WeightedEdge(1, 2, weight: 2), WeightedEdge(0, 2, weight: 2),
        WeightedEdge(3, 4), WeightedEdge(4, 5), WeightedEdge(3, 5),
      ])
    let heavy = try eigenvectorCentrality(weighted, options: .init(weighted: true))
    expectClose(heavy, [Double](repeating: (1.0 / 3).squareRoot(), count: 3) + [0, 0, 0],
      relative: 1e-12, "weighted eigenvector")
  }

  @Test func completeGraph() throws {
    let graph = SmallGraphs.complete(5)
    #expect(try betweennessCentrality(graph) == [0, 0, 0, 0, 0])
    expectClose(closenessCentrality(graph), [1, 1, 1, 1, 1], "closeness")
    expectClose(try eigenvectorCentrality(graph), [Double](repeating: 0.2.squareRoot(), count: 5),
      relative: 1e-9, "eigenvector")
    expectClose(try pageRank(graph), [Double](repeating: 0.2, count: 5), "pagerank")
  }

  @Test func bridgedTriangles() throws {
    let graph = SmallGraphs.bridgedTriangles
    // Node 2 separates {0, 1} from {3, 4, 5}: 6 pairs, plus none inside its triangle.
    // Normalised by (n-1)(n-2)/2 = 10 unordered pairs.
    expectClose(try betweennessCentrality(graph), [0, 0, 0.6, 0.6, 0, 0], "betweenness")
    expectClose(
      try betweennessCentrality(graph, options: .init(distance: .inverseWeight)),
      [0, 0, 0.6, 0.6, 0, 0], "weighted betweenness")
  }

  @Test func disconnectedGraph() throws {
    let graph = SmallGraphs.disconnected
    // Only the pair (0, 2) passes through 1; normalised by (n-1)(n-2)/2 = 10.
    expectClose(try betweennessCentrality(graph), [0, 0.1, 0, 0, 0, 0], "betweenness")
    // wf_improved: node 1 reaches 2 of 5 others at total distance 2.
    expectClose(closenessCentrality(graph), [2.0 / 3 * 0.4, 0.4, 2.0 / 3 * 0.4, 0.2, 0.2, 0],
      "closeness")
    expectClose(harmonicCentrality(graph), [1.5, 2, 1.5, 1, 1, 0], "harmonic")
    // The isolated node is dangling: PageRank still sums to 1.
    expectClose([try pageRank(graph).reduce(0, +)], [1], relative: 1e-12, "pagerank total")
  }

  /// Closeness and harmonic centrality from one plain BFS per node, to check the twin-collapsed,
  /// bit-parallel computation on graphs full of twins and small components.
  @Test(arguments: [1, 2] as [UInt64]) func distanceCentralitiesMatchPlainBFS(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let n = graph.nodeCount
    var expectedCloseness = [Double](repeating: 0, count: n)
    var expectedHarmonic = [Double](repeating: 0, count: n)
    for source in 0..<n {
      let reached = hopDistances(graph, from: source).filter { $0 > 0 }
      let total = Double(reached.reduce(0, +))
      expectedHarmonic[source] = reached.reduce(0) { $0 + 1 / Double($1) }
      if total > 0 {
        let others = Double(reached.count)
        expectedCloseness[source] = others / total * others / Double(n - 1)
      }
    }
    let (closeness, harmonic) = distanceCentralities(graph)
    expectClose(closeness, expectedCloseness, relative: 1e-12, "closeness")
    expectClose(harmonic, expectedHarmonic, relative: 1e-12, "harmonic")
  }

  /// PageRank (solved as a linear system) satisfies its defining equation, with isolated nodes
  /// taking the dangling rank, for weighted and unweighted walks and dampings from 0 to 0.99.
  @Test(arguments: [0, 0.5, 0.85, 0.99]) func pageRankIsTheFixedPointOfItsDefinition(
    damping: Double
  ) throws {
    // Weighted paper cliques plus three isolated authors.
    let cliques = try SmallGraphs.paperCliques(seed: 3)
    let n = cliques.nodeCount + 3
    var edges = [WeightedEdge]()
    for v in 0..<cliques.nodeCount {
      for h in cliques.neighborRange(v) where Int(cliques.targets[h]) > v {
        edges.append(WeightedEdge(Int32(v), cliques.targets[h], weight: Double(1 + (v + h) % 3)))
      }
    }
    let graph = try CoauthorGraph.build(nodeCount: n, edges: edges)
    for weighted in [true, false] {
      let rank = try pageRank(graph, options: .init(damping: damping, weighted: weighted))
      let strength = weighted ? strengths(graph) : degrees(graph).map(Double.init)
      let dangling = (0..<n).filter { strength[$0] == 0 }.reduce(0) { $0 + rank[$1] }
      var expected = [Double](repeating: 0, count: n)
      for v in 0..<n {
        var inflow = 0.0
        for h in graph.neighborRange(v) {
          let u = Int(graph.targets[h])
          inflow += rank[u] * (weighted ? graph.weights[h] : 1) / strength[u]
        }
        expected[v] = damping * (inflow + dangling / Double(n)) + (1 - damping) / Double(n)
      }
      expectClose(rank, expected, relative: 1e-12, "pagerank fixed point, weighted \(weighted)")
      expectClose([rank.reduce(0, +)], [1], relative: 1e-12, "pagerank total")
    }
  }

  /// Without teleport the walk's limit on a connected non-bipartite graph is proportional to
  /// the strengths (power iteration; the linear system is singular there).
  @Test func pageRankWithoutTeleportIsProportionalToStrength() throws {
    let graph = SmallGraphs.bridgedTriangles
    let rank = try pageRank(graph, options: .init(damping: 1, weighted: false))
    let degree = degrees(graph).map(Double.init)
    let total = degree.reduce(0, +)
    expectClose(rank, degree.map { $0 / total }, relative: 1e-9, "pagerank without teleport")
  }

  @Test func nullAndSingleton() throws {
    let null = CoauthorGraph.empty
    #expect(try betweennessCentrality(null).isEmpty)
    #expect(closenessCentrality(null).isEmpty)
    #expect(try eigenvectorCentrality(null).isEmpty)
    #expect(try pageRank(null).isEmpty)
    let single = SmallGraphs.edges(1, [])
    #expect(try betweennessCentrality(single) == [0])
    #expect(closenessCentrality(single) == [0])
    #expect(harmonicCentrality(single) == [0])
    #expect(try eigenvectorCentrality(single) == [1])
    #expect(try pageRank(single) == [1])
    #expect(degreeCentrality(single) == [1])
  }

  @Test func invalidParameters() {
    let graph = SmallGraphs.path(4)
    #expect(throws: MetricsError.invalidParameter(name: "sampleSize", value: 0)) {
      try betweennessCentrality(graph, options: .init(sampleSize: 0))
    }
    #expect(throws: MetricsError.invalidParameter(name: "damping", value: 1.5)) {
      try pageRank(graph, options: .init(damping: 1.5))
    }
    #expect(throws: MetricsError.notConverged(iterations: 1, tolerance: 1e-12)) {
      try eigenvectorCentrality(SmallGraphs.star(6), options: .init(maxIterations: 1))
    }
  }
}
