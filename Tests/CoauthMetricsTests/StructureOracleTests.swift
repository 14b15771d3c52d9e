import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

/// The structure metrics of issue 5 against networkx (see `scripts/oracle/expected.py`).
@Suite struct StructureOracleTests {
  @Test(arguments: OracleGraph.names) func trussNumbersMatch(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let truss = trussNumbers(try oracle.graph())
    #expect(truss.edges == oracle.trussEdges)
    #expect(truss.nodes == oracle.trussNodes)
  }

  @Test(arguments: OracleGraph.names) func clusteringAndAssortativity(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    expectClose([transitivity(graph)], [oracle.transitivity], "transitivity")
    expectClose([averageClustering(graph)], [oracle.averageClustering], "average clustering")
    expectClose(
      [degreeAssortativity(graph) ?? .nan], [oracle.assortativity], relative: 1e-9,
      "assortativity")
    expectClose(
      [degreeAssortativity(graph, weighted: true) ?? .nan], [oracle.assortativityWeighted],
      relative: 1e-9, "weighted assortativity")
  }

  @Test(arguments: OracleGraph.names) func giantComponentDistances(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    let bounds = diameter(graph, componentOf: oracle.giantNode)
    #expect(bounds.isExact)
    #expect(bounds.lower == oracle.giantDiameter)
    let exact = averageShortestPathLength(graph, componentOf: oracle.giantNode)
    #expect(exact.isExact && exact.standardError == 0)
    expectClose([exact.value], [oracle.giantAveragePathLength], relative: 1e-12, "path length")
    // The same value recovered from closeness, and a sampled estimate within its error bars.
    let components = connectedComponents(graph)
    let giant = components.componentOfNode[oracle.giantNode]
    let closeness = closenessCentrality(graph)
    let fromCloseness = PathLengthEstimate(
      closeness: closeness.indices.filter { components.componentOfNode[$0] == giant }
        .map { closeness[$0] }, graphNodeCount: graph.nodeCount)
    expectClose(
      [fromCloseness.value], [oracle.giantAveragePathLength], relative: 1e-12, "from closeness")
    let sampled = averageShortestPathLength(
      graph, componentOf: oracle.giantNode, samples: exact.nodes / 2, seed: 5)
    #expect(!sampled.isExact && sampled.standardError > 0)
    #expect(abs(sampled.value - exact.value) <= 4 * sampled.standardError + 1e-12)
  }

  @Test(arguments: OracleGraph.names) func bridgesAndArticulationPoints(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    let cut = cutStructure(graph)
    #expect(cut.bridges.map { e in [graph.edgeEndpoints(Int(e)).0, graph.edgeEndpoints(Int(e)).1] } == oracle.bridges)
    #expect(cut.separatedComponents == oracle.separatedComponents)
  }

  @Test(arguments: OracleGraph.names) func constraintAndEffectiveSize(name: String) throws {
    let oracle = try OracleGraph.load(name)
    let graph = try oracle.graph()
    let weighted = brokerage(graph)
    expectClose(weighted.constraint, oracle.constraint, relative: 1e-9, "constraint")
    expectClose(weighted.effectiveSize, oracle.effectiveSize, relative: 1e-9, "effective size")
    let plain = brokerage(graph, weighted: false)
    expectClose(plain.constraint, oracle.constraintUnweighted, relative: 1e-9, "constraint")
    expectClose(
      plain.effectiveSize, oracle.effectiveSizeUnweighted, relative: 1e-9, "effective size")
  }
}
