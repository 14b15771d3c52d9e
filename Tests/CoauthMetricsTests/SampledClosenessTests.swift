import CoauthGraph
import CoauthMetrics
import Testing

/// Closeness and harmonic centrality estimated from sampled sources: exact where every node is
/// a source or a component holds too few sources, the estimator's arithmetic by hand on a path,
/// and close to the exact values on a graph full of twins and small components.
@Suite struct SampledClosenessTests {
  @Test(arguments: [1, 2] as [UInt64]) func everyNodeASourceGivesTheExactValues(seed: UInt64)
    throws
  {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let all = (0..<Int32(graph.nodeCount)).map { $0 }
    let sampled = sampledDistanceCentralities(graph, sources: all)
    let exact = distanceCentralities(graph)
    expectClose(sampled.closeness, exact.closeness, relative: 1e-12, "closeness")
    expectClose(sampled.harmonic, exact.harmonic, relative: 1e-12, "harmonic")
    #expect(sampled.exactNodes == graph.nodeCount)
  }

  /// The path 0-1-2-3-4 with sources 0 and 4: node 2 is 2 and 2 hops from them, so its four
  /// distances are estimated to sum to 4 / 2 * (2 + 2) = 8 (closeness 4 / 8 = 0.5) and its
  /// harmonic sum to 4 / 2 * (1/2 + 1/2) = 2; node 1 is 1 and 3 hops away (sum 8, harmonic
  /// 2 * (1 + 1/3)); the sources keep their exact values.
  @Test func estimatesScaleTheSampledDistancesToTheComponent() {
    let sampled = sampledDistanceCentralities(
      SmallGraphs.path(5), sources: [0, 4], minimumSources: 1)
    let exactEnd = (closeness: 4.0 / 10, harmonic: 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0)
    expectClose(
      sampled.closeness, [exactEnd.closeness, 0.5, 0.5, 0.5, exactEnd.closeness], relative: 1e-12,
      "closeness")
    expectClose(
      sampled.harmonic, [exactEnd.harmonic, 8 / 3.0, 2, 8 / 3.0, exactEnd.harmonic],
      relative: 1e-9, "harmonic")
    #expect(sampled.exactNodes == 2)
  }

  /// A component that holds fewer sources than the minimum is searched from each of its nodes;
  /// one that holds enough is estimated.
  @Test func componentsWithFewSourcesAreExact() {
    // A path of 40 (sources every other node) and a separate triangle with a tail, no source.
    var pairs = (0..<39).map { (Int32($0), Int32($0 + 1)) }
    pairs += [(40, 41), (41, 42), (40, 42), (42, 43)]
    let graph = SmallGraphs.edges(44, pairs)
    let sources = stride(from: 0, to: 40, by: 2).map { Int32($0) }
    let sampled = sampledDistanceCentralities(graph, sources: sources, minimumSources: 10)
    let exact = distanceCentralities(graph)
    expectClose(
      Array(sampled.closeness[40...]), Array(exact.closeness[40...]), relative: 1e-12, "closeness")
    expectClose(
      Array(sampled.harmonic[40...]), Array(exact.harmonic[40...]), relative: 1e-12, "harmonic")
    #expect(sampled.exactNodes == 20 + 4)
    // The path's non-sources are estimates, not exact: node 1 is 1, 1, 3, ..., 37 hops from the
    // sources (average 18.1) against an average of 19.0 to all nodes: closeness 5 % high.
    #expect(abs(sampled.closeness[1] / exact.closeness[1] - 742.0 * 20 / (39 * 362)) < 1e-12)
  }

  /// With a quarter of the nodes as sources, the estimates of the other nodes are close to the
  /// exact values: the mean relative error of closeness and harmonic centrality stays under 5 %
  /// (3.4-3.6 % for harmonic on these graphs of about 300 nodes).
  @Test(arguments: [3, 4] as [UInt64]) func estimatesAreCloseToTheExactValues(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let sources = betweennessSampleSources(
      nodeCount: graph.nodeCount, sampleSize: graph.nodeCount / 4, seed: seed)
    let sampled = sampledDistanceCentralities(graph, sources: sources, minimumSources: 8)
    let exact = distanceCentralities(graph)
    let estimated = (0..<graph.nodeCount).filter { !sources.contains(Int32($0)) && exact.closeness[$0] > 0 }
    #expect(sampled.exactNodes < graph.nodeCount)
    func meanRelativeError(_ a: [Double], _ b: [Double]) -> Double {
      estimated.reduce(0) { $0 + abs(a[$1] / b[$1] - 1) } / Double(estimated.count)
    }
    let closenessError = meanRelativeError(sampled.closeness, exact.closeness)
    let harmonicError = meanRelativeError(sampled.harmonic, exact.harmonic)
    #expect(closenessError < 0.05, "closeness \(closenessError)")
    #expect(harmonicError < 0.05, "harmonic \(harmonicError)")
  }
}

/// The same estimator on path lengths `1 / weight`: exact with every node a source, close to
/// exact with a quarter of them.
@Suite struct WeightedSampledClosenessTests {
  /// Paper cliques with weights from 0.25 to 4.
  private func weighted(seed: UInt64) throws -> CoauthorGraph {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    var generator = SplitMix64(seed: seed)
    let edges = (0..<graph.edgeCount).map { edge in
      WeightedEdge(
        graph.edgeSources[edge], graph.targets[Int(graph.edgeHalfEdges[edge])],
        weight: 0.25 * Double(1 + generator.nextInt(below: 16)))
    }
    return try CoauthorGraph.build(nodeCount: graph.nodeCount, edges: edges)
  }

  @Test func everyNodeASourceGivesTheExactValues() throws {
    let graph = try weighted(seed: 5)
    let all = (0..<Int32(graph.nodeCount)).map { $0 }
    let sampled = sampledDistanceCentralities(graph, sources: all, distance: .inverseWeight)
    let exact = distanceCentralities(graph, distance: .inverseWeight)
    expectClose(sampled.closeness, exact.closeness, relative: 1e-12, "closeness")
    expectClose(sampled.harmonic, exact.harmonic, relative: 1e-12, "harmonic")
  }

  @Test func estimatesAreCloseToTheExactValues() throws {
    let graph = try weighted(seed: 6)
    let sources = betweennessSampleSources(
      nodeCount: graph.nodeCount, sampleSize: graph.nodeCount / 4, seed: 6)
    let sampled = sampledDistanceCentralities(
      graph, sources: sources, minimumSources: 8, distance: .inverseWeight)
    let exact = distanceCentralities(graph, distance: .inverseWeight)
    let estimated = (0..<graph.nodeCount).filter {
      !sources.contains(Int32($0)) && exact.closeness[$0] > 0
    }
    #expect(sampled.exactNodes < graph.nodeCount)
    let error =
      estimated.reduce(0) { $0 + abs(sampled.closeness[$1] / exact.closeness[$1] - 1) }
      / Double(estimated.count)
    #expect(error < 0.05, "closeness \(error)")
    #expect(estimated.contains { sampled.closeness[$0] != exact.closeness[$0] })
  }
}
