import CoauthGraph

/// Hop distances from `source` by a plain breadth-first search, -1 for nodes it does not
/// reach: the reference the path metrics are checked against.
func hopDistances(_ graph: CoauthorGraph, from source: Int) -> [Int] {
  var distance = [Int](repeating: -1, count: graph.nodeCount)
  distance[source] = 0
  var queue = [source]
  var head = 0
  while head < queue.count {
    let v = queue[head]
    head += 1
    for h in graph.neighborRange(v) where distance[Int(graph.targets[h])] < 0 {
      distance[Int(graph.targets[h])] = distance[v] + 1
      queue.append(Int(graph.targets[h]))
    }
  }
  return distance
}
