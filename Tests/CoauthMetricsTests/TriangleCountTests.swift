import CoauthGraph
@testable import CoauthMetrics
import Testing

/// Triangle counts split over several concurrent ranges of corners equal a brute-force count.
@Suite struct TriangleCountTests {
  @Test(arguments: [1, 2, 3] as [UInt64]) func splitCountsMatchBruteForce(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let n = graph.nodeCount
    let neighbours = (0..<n).map { v in Set(graph.neighborRange(v).map { Int(graph.targets[$0]) }) }
    let expected = (0..<n).map { v in
      let row = neighbours[v].sorted()
      var count = 0
      for (i, a) in row.enumerated() {
        for b in row[(i + 1)...] where neighbours[a].contains(b) { count += 1 }
      }
      return count
    }
    #expect(expected.reduce(0, +) > 0)
    for ranges in 1...5 {
      #expect(triangleCounts(graph, ranges: ranges) == expected, "ranges \(ranges)")
    }
    #expect(3 * triangleTotal(graph) == expected.reduce(0, +))
  }
}
