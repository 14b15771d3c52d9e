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
}
