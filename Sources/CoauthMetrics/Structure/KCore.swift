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
  var degree = (0..<nodeCount).map { Int32(graph.degree($0)) }
  let maxDegree = Int(degree.max() ?? 0)
  var binStart = [Int](repeating: 0, count: maxDegree + 2)
  for d in degree { binStart[Int(d) + 1] += 1 }
  for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
  var position = [Int](repeating: 0, count: nodeCount)
  var sorted = [Int32](repeating: 0, count: nodeCount)
  var fill = binStart
  for v in 0..<nodeCount {
    let d = Int(degree[v])
    position[v] = fill[d]
    sorted[fill[d]] = Int32(v)
    fill[d] += 1
  }
  graph.offsets.withUnsafeBufferPointer { offsets in
    graph.targets.withUnsafeBufferPointer { targets in
      for index in 0..<nodeCount {
        let v = Int(sorted[index])
        let dv = degree[v]
        for h in Int(offsets[v])..<Int(offsets[v + 1]) {
          let u = Int(targets[h])
          let du = Int(degree[u])
          guard du > dv else { continue }
          // Move u to the front of its bin, then shrink the bin by one.
          let front = binStart[du]
          let w = Int(sorted[front])
          if u != w {
            sorted[position[u]] = Int32(w)
            position[w] = position[u]
            sorted[front] = Int32(u)
            position[u] = front
          }
          binStart[du] += 1
          degree[u] -= 1
        }
      }
    }
  }
  return degree
}
