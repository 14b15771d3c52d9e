import CoauthGraph

/// The undirected edge index of every half-edge.
/// - Complexity: O(n + m).
func halfEdgeEdgeIndex(_ graph: CoauthorGraph) -> [Int32] {
  var edgeOf = [Int32](repeating: 0, count: graph.halfEdgeCount)
  let reverse = reverseHalfEdges(graph)
  for e in 0..<graph.edgeCount {
    let h = Int(graph.edgeHalfEdges[e])
    edgeOf[h] = Int32(e)
    edgeOf[Int(reverse[h])] = Int32(e)
  }
  return edgeOf
}

/// The opposite half-edge of every half-edge (`v -> u` for `u -> v`).
///
/// Rows are sorted, so visiting `u` in increasing order meets the entries below the diagonal of
/// each row `v` in row order: one cursor per row suffices.
/// - Complexity: O(n + m).
func reverseHalfEdges(_ graph: CoauthorGraph) -> [Int32] {
  var reverse = [Int32](repeating: 0, count: graph.halfEdgeCount)
  var cursor = Array(graph.offsets.dropLast())
  for u in 0..<graph.nodeCount {
    for h in graph.neighborRange(u) {
      let v = Int(graph.targets[h])
      guard v > u else { continue }
      let back = cursor[v]
      cursor[v] += 1
      reverse[h] = back
      reverse[Int(back)] = Int32(h)
    }
  }
  return reverse
}
