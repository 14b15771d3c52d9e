import CoauthGraph
@testable import CoauthMetrics
import Testing

/// Metrics that list triangles in ranges of lowest corners on several threads (Burt's
/// constraint and effective size, edge supports for the truss decomposition) agree with the
/// one-range listing.
@Suite struct RangedTriangleSumsTests {
  @Test(arguments: [1, 2, 3] as [UInt64]) func rangedBrokerageEqualsOneRange(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    for weighted in [true, false] {
      let whole = brokerage(graph, weighted: weighted, minimumParallelEdges: .max)
      let ranged = brokerage(graph, weighted: weighted, minimumParallelEdges: 0)
      #expect(whole.constraint.count == graph.nodeCount)
      for v in 0..<graph.nodeCount {
        let (a, b) = (whole.constraint[v], ranged.constraint[v])
        #expect(a.isNaN ? b.isNaN : abs(a - b) <= 1e-12 * max(1, abs(a)), "constraint of \(v)")
        let (c, d) = (whole.effectiveSize[v], ranged.effectiveSize[v])
        #expect(c.isNaN ? d.isNaN : abs(c - d) <= 1e-12 * max(1, abs(c)), "effective size of \(v)")
      }
    }
  }

  @Test func balancedRangesCoverEveryCornerOnce() throws {
    let graph = try SmallGraphs.paperCliques(seed: 4)
    let oriented = OrientedHalfEdges(graph)
    for count in 1...5 {
      let ranges = oriented.balancedRanges(count)
      #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == graph.nodeCount)
      #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      var listed = 0
      for range in ranges { oriented.forEachTriangle(corners: range) { _, _, _ in listed += 1 } }
      #expect(listed == triangleTotal(graph), "\(count) ranges")
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64]) func rangedEdgeSupportsEqualOneRange(seed: UInt64)
    throws
  {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    let edgeOfHalfEdge = halfEdgeEdgeIndex(graph)
    let whole = edgeTriangleCounts(graph, edgeOfHalfEdge: edgeOfHalfEdge, ranges: 1)
    #expect(Int(whole.reduce(0, +)) == 3 * triangleTotal(graph))
    for ranges in 2...4 {
      #expect(edgeTriangleCounts(graph, edgeOfHalfEdge: edgeOfHalfEdge, ranges: ranges) == whole)
    }
  }
}
