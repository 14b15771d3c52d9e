import CoauthGraph

/// Number of co-authors of each node.
/// - Complexity: O(n).
public func degrees(_ graph: CoauthorGraph) -> [Int] {
  (0..<graph.nodeCount).map(graph.degree)
}

/// Degree centrality as networkx: `degree / (n - 1)`; `[1]` for the singleton graph.
/// - Complexity: O(n).
public func degreeCentrality(_ graph: CoauthorGraph) -> [Double] {
  let nodeCount = graph.nodeCount
  guard nodeCount > 1 else { return [Double](repeating: 1, count: nodeCount) }
  let scale = 1 / Double(nodeCount - 1)
  return (0..<nodeCount).map { Double(graph.degree($0)) * scale }
}

/// Strength: the sum of the weights of each node's edges (networkx `degree(weight=...)`).
/// - Complexity: O(n + m).
public func strengths(_ graph: CoauthorGraph) -> [Double] {
  graph.weights.withUnsafeBufferPointer { weights in
    (0..<graph.nodeCount).map { v in
      var sum = 0.0
      for h in graph.neighborRange(v) { sum += weights[h] }
      return sum
    }
  }
}
