import CoauthGraph

/// A bare CSR adjacency (possibly a renumbered part of a `CoauthorGraph`) with optional edge
/// lengths and node multiplicities, the input of the shortest-path kernels.
struct CompactAdjacency: Sendable {
  var offsets: [Int32]
  var targets: [Int32]
  /// Length of each half-edge (empty for hop distances).
  var lengths: [Double]
  /// How many original nodes each node stands for (1 unless leaves were folded into it).
  var multiplicity: [Double]

  var nodeCount: Int { offsets.count - 1 }

  /// The whole graph, with lengths `1 / weight` when `inverseWeightLengths` is set.
  init(_ graph: CoauthorGraph, inverseWeightLengths: Bool) {
    offsets = graph.offsets
    targets = graph.targets
    lengths = inverseWeightLengths ? graph.weights.map { 1 / $0 } : []
    multiplicity = [Double](repeating: 1, count: graph.nodeCount)
  }

  init(offsets: [Int32], targets: [Int32], lengths: [Double], multiplicity: [Double]) {
    self.offsets = offsets
    self.targets = targets
    self.lengths = lengths
    self.multiplicity = multiplicity
  }
}
