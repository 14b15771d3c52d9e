import CoauthGraph

/// Folds the trees hanging off a graph into their roots, for exact betweenness (Baglioni,
/// Geraci, Pellegrini and Lastres 2012, doi:10.1109/ASONAM.2012.65).
///
/// Degree-one nodes are removed repeatedly; each removed node adds its multiplicity to its one
/// remaining neighbour. Every removed node, and every remaining node for the pairs that involve
/// its hanging trees, is a cut vertex for those pairs, so its share is counted exactly:
/// with `h` hanging nodes split into subtrees of sizes `c_i`, and `r` nodes in the rest of the
/// component, the ordered pairs separated are `h^2 - sum(c_i^2) + 2 h r`. The remaining *kernel*
/// keeps every other shortest path; Brandes' algorithm on it, with targets and sources weighted by
/// their multiplicities, supplies the rest.
struct LeafPruning {
  /// The kernel, renumbered `0..<kernelNodes.count`, with multiplicities.
  var kernel: CompactAdjacency
  /// Original id of each kernel node, ascending.
  var kernelNodes: [Int32]
  /// Ordered-pair betweenness that comes from cut-vertex separation, per original node.
  var separatedPairs: [Double]

  init(_ graph: CoauthorGraph, inverseWeightLengths: Bool) {
    let nodeCount = graph.nodeCount
    let componentSizes = LeafPruning.componentSizes(graph)
    var remainingDegree = (0..<nodeCount).map { Int32(graph.degree($0)) }
    var removed = [Bool](repeating: false, count: nodeCount)
    var multiplicity = [Double](repeating: 1, count: nodeCount)
    var childSquares = [Double](repeating: 0, count: nodeCount)
    var queue = (0..<nodeCount).filter { remainingDegree[$0] == 1 }.map { Int32($0) }
    var head = 0
    while head < queue.count {
      let leaf = Int(queue[head])
      head += 1
      guard !removed[leaf], remainingDegree[leaf] == 1 else { continue }
      guard let parentEdge = graph.neighborRange(leaf).first(where: {
        !removed[Int(graph.targets[$0])]
      }) else { continue }
      let parent = Int(graph.targets[parentEdge])
      removed[leaf] = true
      remainingDegree[leaf] = 0
      remainingDegree[parent] -= 1
      multiplicity[parent] += multiplicity[leaf]
      childSquares[parent] += multiplicity[leaf] * multiplicity[leaf]
      if remainingDegree[parent] == 1 { queue.append(Int32(parent)) }
    }

    separatedPairs = (0..<nodeCount).map { v in
      let hanging = multiplicity[v] - 1
      let rest = componentSizes[v] - multiplicity[v]
      return hanging * hanging - childSquares[v] + 2 * hanging * rest
    }

    var kernelID = [Int32](repeating: -1, count: nodeCount)
    var kernelNodes = [Int32]()
    for v in 0..<nodeCount where !removed[v] {
      kernelID[v] = Int32(kernelNodes.count)
      kernelNodes.append(Int32(v))
    }
    var offsets = [Int32](repeating: 0, count: kernelNodes.count + 1)
    var targets = [Int32]()
    var lengths = [Double]()
    targets.reserveCapacity(graph.halfEdgeCount)
    if inverseWeightLengths { lengths.reserveCapacity(graph.halfEdgeCount) }
    for (index, node) in kernelNodes.enumerated() {
      for h in graph.neighborRange(Int(node)) where kernelID[Int(graph.targets[h])] >= 0 {
        targets.append(kernelID[Int(graph.targets[h])])
        if inverseWeightLengths { lengths.append(1 / graph.weights[h]) }
      }
      offsets[index + 1] = Int32(targets.count)
    }
    kernel = CompactAdjacency(
      offsets: offsets, targets: targets, lengths: lengths,
      multiplicity: kernelNodes.map { multiplicity[Int($0)] })
    self.kernelNodes = kernelNodes
  }

  // MARK: - Helpers

  /// Size of the connected component of each node.
  private static func componentSizes(_ graph: CoauthorGraph) -> [Double] {
    let components = connectedComponents(graph)
    return components.componentOfNode.map { Double(components.sizes[Int($0)]) }
  }
}
