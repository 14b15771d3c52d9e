import CoauthGraph
import CoauthModel

extension CoauthorGraph {
  /// `y = A x` for the adjacency matrix `A` (edge weights or ones). Graphs with at least
  /// `parallelProductMinimumHalfEdges` half-edges are multiplied in two row ranges of about
  /// equal half-edges at once; every row sums in the same order either way, so the result does
  /// not depend on the number of cores.
  func multiply(
    _ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>, weighted: Bool
  ) {
    multiply(x, into: y, weighted: weighted, minimumParallelHalfEdges: parallelProductMinimumHalfEdges)
  }

  /// `multiply(_:into:weighted:)`, in two row ranges from `minimumParallelHalfEdges` on.
  func multiply(
    _ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>, weighted: Bool,
    minimumParallelHalfEdges: Int
  ) {
    let rows = productRowRanges(minimumParallelHalfEdges: minimumParallelHalfEdges)
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
          guard let targetStart = targets.baseAddress, let xStart = x.baseAddress else {
            for v in y.indices { y[v] = 0 }  // no edges
            return
          }
          // Each range writes only its own rows of `y`.
          nonisolated(unsafe) let offsets = offsets
          nonisolated(unsafe) let targetBase = targetStart
          nonisolated(unsafe) let rowWeights = weighted ? weights.baseAddress : nil
          nonisolated(unsafe) let xBase = xStart
          nonisolated(unsafe) let y = y
          let multiplyRows: @Sendable (Int) -> Void = { range in
            for v in rows[range] {
              y[v] = DenseVector.rowSum(
                Int(offsets[v])..<Int(offsets[v + 1]), targets: targetBase, weights: rowWeights,
                x: xBase)
            }
          }
          if rows.count == 1 {
            multiplyRows(0)
          } else {
            WorkerThreads.run(iterations: rows.count, body: multiplyRows)
          }
        }
      }
    }
  }

  /// The row ranges of `multiply`: one for small graphs, else two with about half the
  /// half-edges each.
  private func productRowRanges(minimumParallelHalfEdges: Int) -> [Range<Int>] {
    guard halfEdgeCount >= minimumParallelHalfEdges else { return [0..<nodeCount] }
    return balancedRanges(2, itemCount: nodeCount) { Int(offsets[$0]) }
  }
}

/// Graphs with at least this many half-edges (a product of some milliseconds) multiply in two
/// row ranges at once.
let parallelProductMinimumHalfEdges = 1 << 20
