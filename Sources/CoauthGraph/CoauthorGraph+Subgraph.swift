extension CoauthorGraph {
  /// The subgraph induced by `nodes`, with its node `i` standing for `originalIDs[i]`.
  ///
  /// `originalIDs` is `nodes` sorted and without repeats, so relative order (and each row's
  /// sort order) is kept. All half-edge columns, node paper counts and, when recorded, edge
  /// publications carry over.
  /// - Throws: `GraphError.nodeOutOfRange` for an id outside `0..<nodeCount`.
  /// - Complexity: O(n + k log k + sum of the kept rows' degrees).
  public func induced(by nodes: [Int32]) throws(GraphError) -> (
    graph: CoauthorGraph, originalIDs: [Int32]
  ) {
    var kept = nodes.sorted()
    var write = 0
    for node in kept where write == 0 || kept[write - 1] != node {
      guard node >= 0, Int(node) < nodeCount else {
        throw .nodeOutOfRange(node: node, nodeCount: nodeCount)
      }
      kept[write] = node
      write += 1
    }
    kept.removeLast(kept.count - write)
    guard !kept.isEmpty else { return (.empty, []) }

    var newID = [Int32](repeating: -1, count: nodeCount)
    for (index, node) in kept.enumerated() { newID[Int(node)] = Int32(index) }
    var newOffsets = [Int32](repeating: 0, count: kept.count + 1)
    var newTargets = [Int32]()
    var newWeights = [Double]()
    var newPapers = [Int32]()
    var newFirstYear = [Int32]()
    var newLastYear = [Int32]()
    var newEdgeSources = [Int32]()
    var newEdgeHalfEdges = [Int32]()
    var newPublicationOffsets: [Int32] = hasEdgePublications ? [0] : []
    var newPublications = [Int32]()
    for (index, node) in kept.enumerated() {
      for h in neighborRange(Int(node)) {
        let mapped = newID[Int(targets[h])]
        guard mapped >= 0 else { continue }
        if Int(mapped) > index {
          newEdgeSources.append(Int32(index))
          newEdgeHalfEdges.append(Int32(newTargets.count))
          if hasEdgePublications {
            let e = edgeIndex(ofHalfEdge: h)
            newPublications.append(contentsOf: publications(ofEdge: e))
            newPublicationOffsets.append(Int32(newPublications.count))
          }
        }
        newTargets.append(mapped)
        newWeights.append(weights[h])
        newPapers.append(papers[h])
        newFirstYear.append(firstYear[h])
        newLastYear.append(lastYear[h])
      }
      newOffsets[index + 1] = Int32(newTargets.count)
    }
    let graph = CoauthorGraph(
      offsets: newOffsets, targets: newTargets, weights: newWeights, papers: newPapers,
      firstYear: newFirstYear, lastYear: newLastYear, edgeSources: newEdgeSources,
      edgeHalfEdges: newEdgeHalfEdges, edgePublicationOffsets: newPublicationOffsets,
      edgePublications: newPublications,
      paperCount: kept.map { paperCount[Int($0)] },
      soloPaperCount: kept.map { soloPaperCount[Int($0)] })
    return (graph, kept)
  }

  /// The subgraph induced by the nodes within `radius` hops of `center` (breadth-first search).
  /// - Throws: `GraphError.nodeOutOfRange` when `center` is not a node.
  /// - Complexity: O(n + size of the ego network).
  public func egoNetwork(of center: Int32, radius: Int) throws(GraphError) -> (
    graph: CoauthorGraph, originalIDs: [Int32]
  ) {
    guard center >= 0, Int(center) < nodeCount else {
      throw .nodeOutOfRange(node: center, nodeCount: nodeCount)
    }
    var distance = [Int32](repeating: -1, count: nodeCount)
    var queue: [Int32] = [center]
    distance[Int(center)] = 0
    var head = 0
    while head < queue.count {
      let v = Int(queue[head])
      head += 1
      let next = distance[v] + 1
      guard Int(next) <= radius else { continue }
      for h in neighborRange(v) where distance[Int(targets[h])] < 0 {
        distance[Int(targets[h])] = next
        queue.append(targets[h])
      }
    }
    return try induced(by: queue)
  }

  /// Index of the undirected edge that half-edge `h` belongs to.
  /// - Complexity: O(log m + log d).
  public func edgeIndex(ofHalfEdge h: Int) -> Int {
    let target = Int(targets[h])
    // The row a half-edge lies in: the last node whose row starts at or before `h`.
    var low = 0
    var high = nodeCount
    while high - low > 1 {
      let middle = (low + high) >> 1
      if Int(offsets[middle]) <= h { low = middle } else { high = middle }
    }
    let lower = low < target ? h : (halfEdge(from: target, to: low) ?? h)
    var first = 0
    var last = edgeCount
    while first < last {
      let middle = (first + last) >> 1
      if Int(edgeHalfEdges[middle]) < lower { first = middle + 1 } else { last = middle }
    }
    return first
  }
}
