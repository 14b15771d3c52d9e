import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

@Suite struct BetweennessTests {
  /// A random graph with many pendant trees and several components: leaf folding (the exact path)
  /// must agree with plain Brandes from every source.
  private func treeHeavyGraph(seed: UInt64) throws -> CoauthorGraph {
    var generator = SplitMix64(seed: seed)
    let nodeCount = 300
    var edges = [WeightedEdge]()
    for v in 1..<nodeCount {
      // Mostly a random forest (attach to an earlier node), with some extra cycle edges.
      if generator.nextInt(below: 10) != 0 {
        let parent = generator.nextInt(below: v)
        edges.append(WeightedEdge(Int32(parent), Int32(v), weight: 0.5 + Double(v % 3)))
      }
      if generator.nextInt(below: 6) == 0 {
        let other = generator.nextInt(below: nodeCount)
        if other != v { edges.append(WeightedEdge(Int32(other), Int32(v), weight: 1)) }
      }
    }
    return try CoauthorGraph.build(nodeCount: nodeCount, edges: edges)
  }

  @Test(arguments: [1, 2, 3] as [UInt64]) func leafFoldingIsExact(seed: UInt64) throws {
    let graph = try treeHeavyGraph(seed: seed)
    let all = (0..<Int32(graph.nodeCount)).map { $0 }
    for options in [
      BetweennessOptions(), BetweennessOptions(normalized: false),
      BetweennessOptions(distance: .inverseWeight),
    ] {
      expectClose(
        try betweennessCentrality(graph, options: options),
        try betweennessCentrality(graph, sources: all, options: options), relative: 1e-10,
        "\(options)")
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64]) func twinCompressionIsExact(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let all = (0..<Int32(graph.nodeCount)).map { $0 }
    for options in [BetweennessOptions(), BetweennessOptions(normalized: false)] {
      expectClose(
        try betweennessCentrality(graph, options: options),
        try betweennessCentrality(graph, sources: all, options: options), relative: 1e-10,
        "\(options)")
    }
    // Twins (same closed neighbourhood) exist and get equal values.
    let values = try betweennessCentrality(graph)
    func closed(_ v: Int) -> [Int32] {
      (graph.neighborRange(v).map { graph.targets[$0] } + [Int32(v)]).sorted()
    }
    let classes = Dictionary(grouping: 0..<graph.nodeCount, by: closed).values.filter { $0.count > 1 }
    #expect(classes.count > 10)
    for members in classes {
      #expect(members.allSatisfy { abs(values[$0] - values[members[0]]) <= 1e-12 })
    }
  }

  /// Textbook Brandes (breadth-first search, predecessor lists, no folding or compression):
  /// the sum over `sources` of each node's dependency.
  private func referenceDependencies(_ graph: CoauthorGraph, sources: [Int32]) -> [Double] {
    let n = graph.nodeCount
    var sums = [Double](repeating: 0, count: n)
    for source in sources.map(Int.init) {
      var distance = [Int](repeating: -1, count: n)
      var paths = [Double](repeating: 0, count: n)
      var predecessors = [[Int]](repeating: [], count: n)
      var order: [Int] = []
      var queue = [source]
      var head = 0
      distance[source] = 0
      paths[source] = 1
      while head < queue.count {
        let v = queue[head]
        head += 1
        order.append(v)
        for w in graph.neighborRange(v).map({ Int(graph.targets[$0]) }) {
          if distance[w] < 0 {
            distance[w] = distance[v] + 1
            queue.append(w)
          }
          if distance[w] == distance[v] + 1 {
            paths[w] += paths[v]
            predecessors[w].append(v)
          }
        }
      }
      var dependency = [Double](repeating: 0, count: n)
      for w in order.reversed() {
        for v in predecessors[w] { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
        if w != source { sums[w] += dependency[w] }
      }
    }
    return sums
  }

  @Test(arguments: [1, 2, 3] as [UInt64]) func sampledSourcesAgreeWithPlainBrandes(seed: UInt64)
    throws
  {
    // Many closed twins (authors of one paper only): sampled searches run on the twin quotient.
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let n = graph.nodeCount
    for sources in [
      betweennessSampleSources(nodeCount: n, sampleSize: n / 3, seed: seed),
      (0..<Int32(n)).map { $0 },
    ] {
      let sums = referenceDependencies(graph, sources: sources)
      let k = Double(sources.count)
      let isSource = Set(sources)
      // Unnormalised scaling of a sample: (n - 1) / 2 per source that could have been drawn.
      let expected = sums.indices.map { v in
        sources.count == n
          ? sums[v] / 2
          : sums[v] * Double(n - 1) / (2 * (isSource.contains(Int32(v)) ? k - 1 : k))
      }
      expectClose(
        try betweennessCentrality(graph, sources: sources, options: .init(normalized: false)),
        expected, relative: 1e-10, "\(sources.count) sources")
    }
  }

  @Test func sampledStandardErrorsCoverTheExactValues() throws {
    let graph = try SmallGraphs.paperCliques(seed: 7)
    let exact = try betweennessCentrality(graph)
    let sampled = try sampledBetweenness(graph, sampleSize: graph.nodeCount / 2, seed: 3)
    let errors = try #require(sampled.standardErrors)
    #expect(sampled.sources.count == graph.nodeCount / 2)
    // Seeded, so deterministic: most exact values lie within three standard errors.
    let central = exact.indices.filter { exact[$0] > 0.01 }
    #expect(central.count > 10)
    let covered = central.filter { abs(sampled.values[$0] - exact[$0]) <= 3 * errors[$0] }
    #expect(Double(covered.count) >= 0.9 * Double(central.count))
    #expect(central.allSatisfy { errors[$0] > 0 })
    // The whole graph as the sample is exact, with no error.
    let full = try sampledBetweenness(graph, sampleSize: graph.nodeCount, seed: 3)
    #expect(full.values == exact && full.standardErrors?.allSatisfy { $0 == 0 } == true)
  }

  @Test func deterministicAcrossRuns() throws {
    let graph = try treeHeavyGraph(seed: 9)
    let first = try betweennessCentrality(graph)
    for _ in 0..<3 { #expect(try betweennessCentrality(graph) == first) }
    let sampled = try betweennessCentrality(graph, options: .init(sampleSize: 40, seed: 5))
    #expect(try betweennessCentrality(graph, options: .init(sampleSize: 40, seed: 5)) == sampled)
  }

  @Test func sampleUsesSeededSources() throws {
    let graph = try treeHeavyGraph(seed: 4)
    let sources = betweennessSampleSources(nodeCount: graph.nodeCount, sampleSize: 30, seed: 11)
    #expect(sources.count == 30 && Set(sources).count == 30)
    #expect(sources != betweennessSampleSources(nodeCount: graph.nodeCount, sampleSize: 30, seed: 12))
    #expect(
      try betweennessCentrality(graph, options: .init(sampleSize: 30, seed: 11))
        == betweennessCentrality(graph, sources: sources))
    // A sample as large as the graph is the exact computation.
    expectClose(
      try betweennessCentrality(graph, options: .init(sampleSize: graph.nodeCount)),
      try betweennessCentrality(graph), relative: 1e-12, "full sample")
  }
}
