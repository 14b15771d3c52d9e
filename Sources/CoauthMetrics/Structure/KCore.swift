import CoauthGraph

/// Core number of each node: the largest `k` such that the node belongs to the `k`-core, the
/// maximal subgraph in which every node has degree at least `k` (networkx `core_number`).
///
/// Bin-sort peeling of Batagelj and Zaversnik 2003 (arXiv:cs/0310049).
/// - Returns: one value per node; 0 for isolated nodes.
/// - Complexity: O(n + m).
/// Example: a triangle with a pendant node gives `[2, 2, 2, 1]`.
public func coreNumbers(_ graph: CoauthorGraph) -> [Int32] {
  let nodeCount = graph.nodeCount
  guard nodeCount > 0 else { return [] }
  var degree = [Int32](repeating: 0, count: nodeCount)
  var maxDegree = 0
  for v in 0..<nodeCount {
    degree[v] = Int32(graph.degree(v))
    maxDegree = max(maxDegree, Int(degree[v]))
  }
  // Scratch arrays as raw buffers: the peeling loop makes a few random accesses per edge.
  let binStart = ScratchBuffer<Int32>(count: maxDegree + 2, repeating: 0)
  let position = ScratchBuffer<Int32>(count: nodeCount, repeating: 0)
  let sorted = ScratchBuffer<Int32>(count: nodeCount, repeating: 0)
  defer {
    binStart.deallocate()
    position.deallocate()
    sorted.deallocate()
  }
  degree.withUnsafeMutableBufferPointer { degree in
    for v in 0..<nodeCount { binStart[Int(degree[v]) + 1] += 1 }
    for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
    let fill = ScratchBuffer<Int32>(count: maxDegree + 1, repeating: 0)
    defer { fill.deallocate() }
    for d in 0...maxDegree { fill[d] = binStart[d] }
    for v in 0..<nodeCount {
      let d = Int(degree[v])
      position[v] = fill[d]
      sorted[Int(fill[d])] = Int32(v)
      fill[d] += 1
    }
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        for index in 0..<nodeCount {
          let v = Int(sorted[index])
          let dv = degree[v]
          for h in Int(offsets[v])..<Int(offsets[v + 1]) {
            let u = Int(targets[h])
            let du = degree[u]
            guard du > dv else { continue }
            // Move u to the front of its bin, then shrink the bin by one.
            let front = binStart[Int(du)]
            let w = sorted[Int(front)]
            if Int32(u) != w {
              let at = position[u]
              sorted[Int(at)] = w
              position[Int(w)] = at
              sorted[Int(front)] = Int32(u)
              position[u] = front
            }
            binStart[Int(du)] = front + 1
            degree[u] = du - 1
          }
        }
      }
    }
  }
  return degree
}
