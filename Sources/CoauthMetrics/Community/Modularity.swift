import CoauthGraph

/// Weighted modularity of a partition, as networkx `modularity` for undirected graphs:
/// `Q = sum_c [ L_c / m - gamma * (d_c / (2 m))^2 ]`, where `m` is the total edge weight, `L_c`
/// the weight of edges inside community `c` and `d_c` the total strength of its nodes.
///
/// - Parameters:
///   - membership: community label of each node (any non-negative labels).
///   - resolution: `gamma`; below 1 favours larger communities.
///   - weighted: use edge weights; otherwise every edge weighs 1.
/// - Returns: the modularity; 0 for a graph without edges.
/// - Complexity: O(n + m).
///
/// Newman 2004, doi:10.1103/PhysRevE.70.056131. Example: two triangles joined by one edge, split
/// into the two triangles, give `5/14`.
public func modularity(
  _ graph: CoauthorGraph, membership: [Int32], resolution: Double = 1, weighted: Bool = true
) -> Double {
  precondition(membership.count == graph.nodeCount, "membership needs one label per node")
  let labelCount = Int(membership.max() ?? -1) + 1
  var inside = [Double](repeating: 0, count: labelCount)
  var strength = [Double](repeating: 0, count: labelCount)
  var twiceTotal = 0.0
  for u in 0..<graph.nodeCount {
    let cu = Int(membership[u])
    for h in graph.neighborRange(u) {
      let w = weighted ? graph.weights[h] : 1
      twiceTotal += w
      strength[cu] += w
      if Int(membership[Int(graph.targets[h])]) == cu { inside[cu] += w }
    }
  }
  guard twiceTotal > 0 else { return 0 }
  let total = twiceTotal / 2
  var q = 0.0
  for c in 0..<labelCount {
    let share = strength[c] / twiceTotal
    q += inside[c] / 2 / total - resolution * share * share
  }
  return q
}
