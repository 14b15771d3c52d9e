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
  /// How many interchangeable twins each node stands for on paths (1 unless `TwinCompression`
  /// joined them); each twin is one node of `multiplicity`.
  var classSize: [Double]

  var nodeCount: Int { offsets.count - 1 }

  /// The whole graph, with lengths `1 / weight` when `inverseWeightLengths` is set.
  init(_ graph: CoauthorGraph, inverseWeightLengths: Bool) {
    offsets = graph.offsets
    targets = graph.targets
    lengths = inverseWeightLengths ? graph.weights.map { 1 / $0 } : []
    multiplicity = [Double](repeating: 1, count: graph.nodeCount)
    classSize = multiplicity
  }

  init(
    offsets: [Int32], targets: [Int32], lengths: [Double], multiplicity: [Double],
    classSize: [Double]? = nil
  ) {
    self.offsets = offsets
    self.targets = targets
    self.lengths = lengths
    self.multiplicity = multiplicity
    self.classSize = classSize ?? [Double](repeating: 1, count: multiplicity.count)
  }
}

extension CompactAdjacency {
  /// The same graph renumbered in breadth-first order (components one after another, each from
  /// its highest-degree node), with every row sorted: neighbours get nearby ids, so traversals
  /// touch fewer cache lines. Returns the new adjacency and the old id of each new node.
  func breadthFirstRenumbered() -> (adjacency: CompactAdjacency, oldIDs: [Int32]) {
    let n = nodeCount
    let degree = (0..<n).map { offsets[$0 + 1] - offsets[$0] }
    let starts = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
    var newID = [Int32](repeating: -1, count: n)
    var oldIDs = [Int32]()
    oldIDs.reserveCapacity(n)
    for start in starts where newID[start] < 0 {
      newID[start] = Int32(oldIDs.count)
      oldIDs.append(Int32(start))
      var head = oldIDs.count - 1
      while head < oldIDs.count {
        let v = Int(oldIDs[head])
        head += 1
        for h in Int(offsets[v])..<Int(offsets[v + 1]) where newID[Int(targets[h])] < 0 {
          newID[Int(targets[h])] = Int32(oldIDs.count)
          oldIDs.append(targets[h])
        }
      }
    }
    var newOffsets = [Int32](repeating: 0, count: n + 1)
    var newTargets = [Int32](repeating: 0, count: targets.count)
    var newLengths = [Double](repeating: 0, count: lengths.count)
    var row = [(Int32, Double)]()
    for (index, old) in oldIDs.enumerated() {
      let range = Int(offsets[Int(old)])..<Int(offsets[Int(old) + 1])
      row.removeAll(keepingCapacity: true)
      for h in range { row.append((newID[Int(targets[h])], lengths.isEmpty ? 0 : lengths[h])) }
      row.sort { $0.0 < $1.0 }
      let start = Int(newOffsets[index])
      for (k, entry) in row.enumerated() {
        newTargets[start + k] = entry.0
        if !lengths.isEmpty { newLengths[start + k] = entry.1 }
      }
      newOffsets[index + 1] = Int32(start + row.count)
    }
    let adjacency = CompactAdjacency(
      offsets: newOffsets, targets: newTargets, lengths: newLengths,
      multiplicity: oldIDs.map { multiplicity[Int($0)] },
      classSize: oldIDs.map { classSize[Int($0)] })
    return (adjacency, oldIDs)
  }
}
