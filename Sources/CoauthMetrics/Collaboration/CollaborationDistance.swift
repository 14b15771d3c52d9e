import CoauthGraph

/// A shortest chain of co-authors from `source` to `target` (breadth-first search, unweighted):
/// the collaboration distance is its length minus one, as for an Erdős number.
///
/// Rows are sorted and the first discovery wins, so the chain is the same on every run: among
/// shortest chains, the one through the smallest node ids at each step from the source.
/// - Returns: the nodes from `source` to `target`, both included (`[source]` when they are the
///   same), or nil when no chain joins them.
/// - Complexity: O(n + m).
public func shortestChain(_ graph: CoauthorGraph, from source: Int, to target: Int) -> [Int32]? {
  guard source != target else { return [Int32(source)] }
  var parent = [Int32](repeating: -1, count: graph.nodeCount)
  parent[source] = Int32(source)
  var queue: [Int32] = [Int32(source)]
  var head = 0
  search: while head < queue.count {
    let v = Int(queue[head])
    head += 1
    for h in graph.neighborRange(v) {
      let w = Int(graph.targets[h])
      guard parent[w] < 0 else { continue }
      parent[w] = Int32(v)
      if w == target { break search }
      queue.append(Int32(w))
    }
  }
  guard parent[target] >= 0 else { return nil }
  var chain: [Int32] = [Int32(target)]
  var current = target
  while current != source {
    current = Int(parent[current])
    chain.append(Int32(current))
  }
  return chain.reversed()
}

/// The nodes within `radius` hops of `center`, with their hop distance, in breadth-first order
/// (the centre first, at distance 0).
/// - Complexity: O(n + size of the ego network).
public func nodesWithin(
  _ graph: CoauthorGraph, radius: Int, of center: Int
) -> [(node: Int32, distance: Int32)] {
  var distance = [Int32](repeating: -1, count: graph.nodeCount)
  distance[center] = 0
  var found: [(node: Int32, distance: Int32)] = [(Int32(center), 0)]
  var head = 0
  while head < found.count {
    let (v, d) = found[head]
    head += 1
    guard Int(d) < radius else { continue }
    for h in graph.neighborRange(Int(v)) where distance[Int(graph.targets[h])] < 0 {
      distance[Int(graph.targets[h])] = d + 1
      found.append((graph.targets[h], d + 1))
    }
  }
  return found
}
