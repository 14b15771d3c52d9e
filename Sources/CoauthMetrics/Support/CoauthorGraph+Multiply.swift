import CoauthGraph

extension CoauthorGraph {
  /// `y = A x` for the adjacency matrix `A` (edge weights or ones).
  func multiply(
    _ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>, weighted: Bool
  ) {
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
          guard let targetBase = targets.baseAddress, let xBase = x.baseAddress else {
            for v in y.indices { y[v] = 0 }  // no edges
            return
          }
          let rowWeights = weighted ? weights.baseAddress : nil
          for v in 0..<(offsets.count - 1) {
            y[v] = DenseVector.rowSum(
              Int(offsets[v])..<Int(offsets[v + 1]), targets: targetBase, weights: rowWeights,
              x: xBase)
          }
        }
      }
    }
  }
}
