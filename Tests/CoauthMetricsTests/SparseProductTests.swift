import CoauthGraph
import Testing

@testable import CoauthMetrics

/// The adjacency product in two row ranges (what eigenvector centrality and PageRank multiply by
/// on large graphs) equals the one-range product bit for bit.
@Suite struct SparseProductTests {
  @Test(arguments: [1, 2, 3] as [UInt64]) func twoRangesEqualOneRange(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    var generator = SystemRandomNumberGenerator()
    let x = (0..<graph.nodeCount).map { _ in Double.random(in: -1...1, using: &generator) }
    for weighted in [true, false] {
      var whole = [Double](repeating: .nan, count: graph.nodeCount)
      var ranged = [Double](repeating: .nan, count: graph.nodeCount)
      x.withUnsafeBufferPointer { x in
        whole.withUnsafeMutableBufferPointer { y in
          graph.multiply(x, into: y, weighted: weighted, minimumParallelHalfEdges: .max)
        }
        ranged.withUnsafeMutableBufferPointer { y in
          graph.multiply(x, into: y, weighted: weighted, minimumParallelHalfEdges: 0)
        }
      }
      #expect(whole.map(\.bitPattern) == ranged.map(\.bitPattern), "weighted: \(weighted)")
      #expect(!whole.contains { $0.isNaN })
      // And it is the adjacency product.
      for v in [0, graph.nodeCount / 2, graph.nodeCount - 1] {
        var sum = 0.0
        for h in graph.neighborRange(v) {
          sum += (weighted ? graph.weights[h] : 1) * x[Int(graph.targets[h])]
        }
        #expect(abs(sum - whole[v]) <= 1e-12 * max(1, abs(sum)))
      }
    }
  }

  @Test func graphsWithoutEdgesGiveZeros() {
    let graph = SmallGraphs.edges(3, [])
    var y = [Double](repeating: .nan, count: 3)
    [1.0, 2, 3].withUnsafeBufferPointer { x in
      y.withUnsafeMutableBufferPointer { y in
        graph.multiply(x, into: y, weighted: true, minimumParallelHalfEdges: 0)
      }
    }
    #expect(y == [0, 0, 0])
  }
}
