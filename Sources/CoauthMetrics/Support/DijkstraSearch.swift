import HeapModule

/// Shortest path lengths from one source at a time over an adjacency's `lengths` (Dijkstra with
/// a binary heap), reusing its arrays from one source to the next.
struct DijkstraSearch {
  private var distance: [Double]
  private var settled: [Bool]
  private var visited: [Int32] = []
  private var heap = Heap<BrandesAccumulation.HeapEntry>()

  init(nodeCount: Int) {
    distance = [Double](repeating: .infinity, count: nodeCount)
    settled = [Bool](repeating: false, count: nodeCount)
  }

  /// Calls `each(node, length)` for every node reachable from `source`, in order of length, the
  /// source first (length 0).
  mutating func run(
    _ adjacency: CompactAdjacency, from source: Int, each: (_ node: Int, _ length: Double) -> Void
  ) {
    distance[source] = 0
    visited.append(Int32(source))
    heap.insert(.init(distance: 0, node: Int32(source)))
    while let entry = heap.popMin() {
      let v = Int(entry.node)
      guard !settled[v], entry.distance == distance[v] else { continue }
      settled[v] = true
      each(v, entry.distance)
      for h in Int(adjacency.offsets[v])..<Int(adjacency.offsets[v + 1]) {
        let w = Int(adjacency.targets[h])
        let candidate = entry.distance + adjacency.lengths[h]
        if candidate < distance[w] {
          if distance[w] == .infinity { visited.append(Int32(w)) }
          distance[w] = candidate
          heap.insert(.init(distance: candidate, node: Int32(w)))
        }
      }
    }
    for v in visited {
      distance[Int(v)] = .infinity
      settled[Int(v)] = false
    }
    visited.removeAll(keepingCapacity: true)
  }
}
