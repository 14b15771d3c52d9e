import CoauthGraph
@testable import CoauthMetrics
import Testing

/// Leiden's refinement gives the same sub-communities on any number of threads, and they lie
/// inside the communities they refine.
@Suite struct LeidenRefinementTests {
  @Test(arguments: [1, 2] as [UInt64]) func sameResultOnAnyNumberOfWorkers(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let communities = try louvainCommunities(graph, options: .init(seed: seed))
    let partition = communities.membership
    let communityCount = communities.sizes.count
    let nodeWeight = strengths(graph)
    let twiceTotal = nodeWeight.reduce(0, +)
    func refine(workers: Int) -> [Int32] {
      graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
          graph.weights.withUnsafeBufferPointer { weights in
            nodeWeight.withUnsafeBufferPointer { nodeWeight in
              LeidenRefinement.refine(
                offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight,
                partition: partition, communityCount: communityCount, scale: 1 / twiceTotal,
                randomness: 0.01, streamBase: seed, workers: workers)
            }
          }
        }
      }
    }
    let single = refine(workers: 1)
    // Some merges happen, and every sub-community stays inside its community.
    #expect(Set(single).count < graph.nodeCount)
    #expect(Set(single).count >= communityCount)
    for v in 0..<graph.nodeCount { #expect(partition[Int(single[v])] == partition[v]) }
    for workers in [2, 3, 5] { #expect(refine(workers: workers) == single, "workers \(workers)") }
  }
}
