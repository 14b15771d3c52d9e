import CoauthGraph

/// Reusable single-source breadth-first search over a `CoauthorGraph`: hop distances and the
/// visit order, reset per source in O(visited) rather than O(n).
struct BreadthFirstSearch {
  /// Hop distance from the last source, -1 for nodes it did not reach.
  private(set) var distance: [Int32]
  /// Nodes reached by the last search, in visit (non-decreasing distance) order.
  private(set) var order: [Int32]
  /// Number of nodes reached by the last search.
  private(set) var reached = 0

  init(nodeCount: Int) {
    distance = [Int32](repeating: -1, count: nodeCount)
    order = [Int32](repeating: 0, count: nodeCount)
  }

  /// Searches from `source`; afterwards `order[0..<reached]` lists the reached nodes.
  /// - Returns: the eccentricity of `source` (largest distance reached).
  @discardableResult
  mutating func run(_ graph: CoauthorGraph, from source: Int) -> Int {
    for index in 0..<reached { distance[Int(order[index])] = -1 }
    var eccentricity: Int32 = 0
    var tail = 1
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        distance.withUnsafeMutableBufferPointer { distance in
          order.withUnsafeMutableBufferPointer { order in
            distance[source] = 0
            order[0] = Int32(source)
            var head = 0
            while head < tail {
              let v = Int(order[head])
              head += 1
              let next = distance[v] + 1
              for h in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[h])
                if distance[w] < 0 {
                  distance[w] = next
                  order[tail] = Int32(w)
                  tail += 1
                  eccentricity = next
                }
              }
            }
          }
        }
      }
    }
    reached = tail
    return Int(eccentricity)
  }

  /// Sum of the hop distances of the last search.
  var distanceSum: Int {
    var sum = 0
    for index in 0..<reached { sum += Int(distance[Int(order[index])]) }
    return sum
  }
}
