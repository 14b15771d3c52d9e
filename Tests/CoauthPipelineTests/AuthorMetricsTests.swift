import CoauthGraph
import CoauthMetrics
import CoauthPipeline
import Testing

@Suite struct AuthorMetricsTests {
  @Test func precisionOfSampledBetweennessIsTheMedianOverItsHighestValues() {
    var metrics = AuthorMetrics()
    // Exact (no standard errors): nothing to report.
    metrics.betweenness = [0.5, 0.2, 0.1]
    #expect(metrics.medianRelativeErrorOfTopBetweenness() == nil)
    // Relative errors 0.1, 0.5, 0.2 of the values 0.5, 0.2, 0.1; the zero value is left out.
    metrics.betweenness = [0.5, 0.2, 0.1, 0]
    metrics.betweennessStandardErrors = [0.05, 0.1, 0.02, 0.3]
    #expect(abs(metrics.medianRelativeErrorOfTopBetweenness()! - 0.2) < 1e-12)
    // Only the highest two: relative errors 0.1 and 0.5, the upper median.
    #expect(abs(metrics.medianRelativeErrorOfTopBetweenness(count: 2)! - 0.5) < 1e-12)
  }

  @Test func trianglesBeyondTheBudgetLeaveTrussAndConstraintOut() throws {
    // One paper of 40 authors: a clique of 780 edges, each with 39 triangle steps.
    let paper = GraphPaper(authors: (0..<40).map { Int32($0) }, year: 2020, publication: 0)
    let graph = try CoauthorGraph.build(nodeCount: 40, papers: [paper])
    #expect(graph.triangleWork == 780 * 39)
    var options = MetricOptions(pathCentralities: false)
    var timings = StageTimings()
    options.triangleWorkBudget = 30_000
    let capped = try AuthorMetrics.compute(graph, papers: [paper], options: options, timings: &timings)
    #expect(capped.leftOutForTriangles == ["truss", "constraint", "effective_size"])
    #expect(capped.truss.nodes.isEmpty && capped.brokerage.constraint.isEmpty)
    #expect(capped.clustering.count == 40)
    options.triangleWorkBudget = 40_000
    let computed = try AuthorMetrics.compute(graph, papers: [paper], options: options, timings: &timings)
    #expect(computed.leftOutForTriangles.isEmpty)
    #expect(computed.truss.nodes == Array(repeating: 40, count: 40))
    #expect(computed.brokerage.constraint.count == 40)
  }
}
