/// Per-worker buffers for single-source shortest-path passes (igraph's `sspf` scratch), allocated
/// once and reset per source by walking `order` only, so a pass costs O(visited) not O(n).
///
/// `order` is both the BFS queue (Dijkstra settle order) and Brandes' stack: it grows at the tail
/// and is read back in reverse. No predecessor lists are stored; the accumulation rescans rows.
final class TraversalScratch {
  /// Hop distance and one value per node in a single 16-byte record, so the unweighted Brandes
  /// pass reads both with one cache line: the value is `sigma` after the BFS and is overwritten by
  /// the node's coefficient during accumulation.
  struct HopState {
    var value: Double
    var hops: Int32
    /// 1 when the node has a child (a neighbour one level further reached through it); fills
    /// the record's padding, so it costs nothing.
    var hasChild: Int32 = 0
  }

  /// Interleaved hop distance (-1 when not reached) and value, for unweighted Brandes passes.
  let states: UnsafeMutableBufferPointer<HopState>
  /// Hop distance from the source, -1 when not reached.
  let hops: UnsafeMutableBufferPointer<Int32>
  /// Weighted distance from the source, +infinity when not reached (Dijkstra passes only).
  let distance: UnsafeMutableBufferPointer<Double>
  /// Number of shortest paths from the source.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// `(multiplicity + dependency) / sigma` of nodes already accumulated.
  let coefficient: UnsafeMutableBufferPointer<Double>
  /// Visit order.
  let order: UnsafeMutableBufferPointer<Int32>

  init(nodeCount: Int, weighted: Bool) {
    states = .allocate(capacity: nodeCount)
    states.initialize(repeating: HopState(value: 0, hops: -1))
    hops = .allocate(capacity: nodeCount)
    hops.initialize(repeating: -1)
    distance = .allocate(capacity: weighted ? nodeCount : 0)
    distance.initialize(repeating: .infinity)
    sigma = .allocate(capacity: nodeCount)
    sigma.initialize(repeating: 0)
    coefficient = .allocate(capacity: nodeCount)
    coefficient.initialize(repeating: 0)
    order = .allocate(capacity: nodeCount)
    order.initialize(repeating: 0)
  }

  deinit {
    states.deallocate()
    hops.deallocate()
    distance.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    order.deallocate()
  }
}
