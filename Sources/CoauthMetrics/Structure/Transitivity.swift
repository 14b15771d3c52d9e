import CoauthGraph

/// Global clustering coefficient (transitivity) as networkx `transitivity`: three times the
/// number of triangles over the number of connected triples,
/// `T = sum_v t(v) / sum_v d(v) (d(v) - 1) / 2` with `t(v)` the triangles through `v`.
///
/// - Parameter triangles: triangles through each node, when already counted
///   (`triangleCounts(graph)`); counted here otherwise.
/// - Returns: a value in `[0, 1]`; 0 when the graph has no triangle.
/// - Complexity: O(m^1.5), O(n) with `triangles`.
/// Newman, Strogatz and Watts 2001, doi:10.1103/PhysRevE.64.026118. Example: a triangle with a
/// pendant node has 1 triangle and 5 connected triples: `3 / 5`.
public func transitivity(_ graph: CoauthorGraph, triangles: [Int]? = nil) -> Double {
  var triples = 0
  for v in 0..<graph.nodeCount {
    let d = graph.degree(v)
    triples += d * (d - 1) / 2
  }
  // Each triangle closes three triples.
  let closed = triangles?.reduce(0, +) ?? 3 * triangleTotal(graph)
  return closed == 0 ? 0 : Double(closed) / Double(triples)
}
