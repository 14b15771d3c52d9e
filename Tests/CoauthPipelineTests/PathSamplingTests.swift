import CoauthPipeline
import Testing

/// When the path centralities are sampled, and from how many sources.
@Suite struct PathSamplingTests {
  @Test func automaticIsExactUpToTheBudgetAndSamplesBeyond() {
    // The ACL Anthology 2020-2022 graph: 26,239 authors, 112,656 pairs (6.6e9 steps).
    #expect(PathSampling.automatic.sampleSize(nodeCount: 26_239, pairCount: 112_656) == nil)
    // A generated DBLP graph: 1e10 / (2 * 3,276,319 + 142,829) = 1,493.5 sources.
    #expect(PathSampling.automatic.sampleSize(nodeCount: 142_829, pairCount: 3_276_319) == 1_493)
    // dblp-sized: the budget would allow 222 sources; the minimum is 500.
    #expect(
      PathSampling.automatic.sampleSize(nodeCount: 3_500_000, pairCount: 20_000_000)
        == PathSampling.automaticMinimumSources)
    // Just over the budget, most authors are sources: the work stays at the budget.
    #expect(PathSampling.automatic.sampleSize(nodeCount: 30_000, pairCount: 200_000) == 23_255)
  }

  @Test func explicitChoicesAreKept() {
    #expect(PathSampling.all.sampleSize(nodeCount: 3_500_000, pairCount: 20_000_000) == nil)
    #expect(PathSampling.sources(40).sampleSize(nodeCount: 100, pairCount: 300) == 40)
    // As many sources as authors is exact.
    #expect(PathSampling.sources(40).sampleSize(nodeCount: 40, pairCount: 300) == nil)
  }
}
