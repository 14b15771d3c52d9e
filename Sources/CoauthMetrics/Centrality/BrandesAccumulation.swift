import HeapModule

/// Brandes' single-source dependency accumulation (Brandes 2001,
/// doi:10.1080/0022250X.2001.9990249), generalised to node multiplicities: a node standing for
/// `m` original nodes counts `m` times as a target, and each source's dependencies are scaled by
/// its own weight. With all multiplicities and weights 1 this is the textbook algorithm.
///
/// Dependencies are *pulled*: walking the visit order backwards, node `w` sums
/// `coefficient[x] = (multiplicity[x] + delta[x]) / sigma[x]` over its children `x` (neighbours one
/// step further away) and sets `delta[w] = sigma[w] * sum`. Rows are rescanned instead of keeping
/// predecessor lists, so each pass touches each half-edge twice and allocates nothing.
enum BrandesAccumulation {
  /// The sum over `sources` of `sourceWeights[i] * delta_{sources[i]}(v)` for every node `v`,
  /// computed on all cores with a deterministic, schedule-independent summation order.
  static func dependencies(
    on adjacency: CompactAdjacency, sources: [Int32], sourceWeights: [Double]
  ) -> [Double] {
    dependenciesWithStandardError(
      on: adjacency, sources: sources, sourceWeights: sourceWeights, withError: false
    ).sum
  }

  /// `dependencies(on:sources:sourceWeights:)` and, when `withError` is set, the batch-means
  /// standard error of each sum (see `SourceChunks.sumWithStandardError`).
  static func dependenciesWithStandardError(
    on adjacency: CompactAdjacency, sources: [Int32], sourceWeights: [Double], withError: Bool
  ) -> (sum: [Double], standardError: [Double]?) {
    let nodeCount = adjacency.nodeCount
    let weighted = !adjacency.lengths.isEmpty
    let body: @Sendable (Int, Int, UnsafeMutableBufferPointer<Double>) -> Void = {
      chunk, chunkCount, partial in
      let scratch = TraversalScratch(nodeCount: nodeCount, weighted: weighted)
      var heap = Heap<HeapEntry>()
      adjacency.offsets.withUnsafeBufferPointer { offsets in
        adjacency.targets.withUnsafeBufferPointer { targets in
          adjacency.lengths.withUnsafeBufferPointer { lengths in
            adjacency.multiplicity.withUnsafeBufferPointer { multiplicity in
             adjacency.classSize.withUnsafeBufferPointer { classSize in
              var index = chunk
              while index < sources.count {
                let graph = KernelGraph(
                  offsets: offsets, targets: targets, lengths: lengths, multiplicity: multiplicity,
                  classSize: classSize)
                if weighted {
                  accumulateWeighted(
                    from: Int(sources[index]), weight: sourceWeights[index], graph: graph,
                    scratch: scratch, heap: &heap, into: partial)
                } else {
                  accumulateHops(
                    from: Int(sources[index]), weight: sourceWeights[index], graph: graph,
                    scratch: scratch, into: partial)
                }
                index += chunkCount
              }
             }
            }
          }
        }
      }
    }
    if withError {
      return SourceChunks.sumWithStandardError(
        sourceCount: sources.count, vectorLength: nodeCount, body: body)
    }
    return (SourceChunks.sum(sourceCount: sources.count, vectorLength: nodeCount, body: body), nil)
  }

  // MARK: - Helpers

  /// Borrowed views of a `CompactAdjacency` for the inner loops.
  struct KernelGraph {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<Double>
    let multiplicity: UnsafeBufferPointer<Double>
    /// Twins per node (see `TwinCompression`); all 1 for weighted passes.
    let classSize: UnsafeBufferPointer<Double>
  }

  /// A Dijkstra queue entry, ordered by distance then node.
  struct HeapEntry: Comparable {
    var distance: Double
    var node: Int32

    static func < (lhs: HeapEntry, rhs: HeapEntry) -> Bool {
      lhs.distance < rhs.distance || (lhs.distance == rhs.distance && lhs.node < rhs.node)
    }
  }

  /// One unweighted pass: BFS counting shortest paths, then backward accumulation. Uses the
  /// interleaved `states` records: `value` holds sigma, then the node's coefficient.
  ///
  /// With twin classes, `sigma` is the paths to one member; a class passes `classSize` times
  /// that on (the source's class only its own), and a child class's coefficient counts each of
  /// its members: `classSize * (multiplicity + delta) / sigma`.
  @inline(__always)
  static func accumulateHops(
    from source: Int, weight sourceWeight: Double, graph: KernelGraph,
    scratch: TraversalScratch, into result: UnsafeMutableBufferPointer<Double>
  ) {
    let offsets = graph.offsets
    let targets = graph.targets
    let state = scratch.states
    let order = scratch.order
    state[source] = TraversalScratch.HopState(value: 1, hops: 0)
    order[0] = Int32(truncatingIfNeeded: source)
    var head = 0
    var tail = 1
    while head < tail {
      let v = Int(order[head])
      head &+= 1
      let nextLevel = state[v].hops &+ 1
      let pathsToV = v == source ? state[v].value : state[v].value * graph.classSize[v]
      var h = Int(offsets[v])
      let end = Int(offsets[v &+ 1])
      var children: Int32 = 0
      while h < end {
        let w = Int(targets[h])
        h &+= 1
        let level = state[w].hops
        if level < 0 {
          state[w] = TraversalScratch.HopState(value: pathsToV, hops: nextLevel)
          order[tail] = Int32(truncatingIfNeeded: w)
          tail &+= 1
          children = 1
        } else if level == nextLevel {
          state[w].value += pathsToV
          children = 1
        }
      }
      state[v].hasChild = children
    }
    let deepest = state[Int(order[tail &- 1])].hops
    var position = tail &- 1
    // Nodes on the deepest level have no children: their dependency is zero.
    while position > 0, state[Int(order[position])].hops == deepest {
      let w = Int(order[position])
      state[w].value = graph.classSize[w] * graph.multiplicity[w] / state[w].value
      position &-= 1
    }
    while position > 0 {
      let w = Int(order[position])
      position &-= 1
      // A node no shortest path continues from has no dependency: skip its row.
      if state[w].hasChild == 0 {
        state[w].value = graph.classSize[w] * graph.multiplicity[w] / state[w].value
        continue
      }
      let childLevel = state[w].hops &+ 1
      var sum = 0.0
      var h = Int(offsets[w])
      let end = Int(offsets[w &+ 1])
      while h < end {
        let x = Int(targets[h])
        h &+= 1
        if state[x].hops == childLevel { sum += state[x].value }
      }
      let sigma = state[w].value
      let delta = sigma * sum
      result[w] += sourceWeight * delta
      state[w].value = graph.classSize[w] * (graph.multiplicity[w] + delta) / sigma
    }
    for index in 0..<tail { state[Int(order[index])].hops = -1 }
  }

  /// Relative tolerance under which two path lengths are the same length (igraph's
  /// `IGRAPH_SHORTEST_PATH_EPSILON`): sums of `1 / weight` that are equal in exact arithmetic
  /// often differ in the last bits, depending on where the summation starts.
  static let tieTolerance = 1e-10

  /// Whether the path length `candidate` ties the shortest distance `shortest`.
  @inline(__always)
  static func isTie(_ candidate: Double, _ shortest: Double) -> Bool {
    abs(candidate - shortest) <= tieTolerance * shortest
  }

  /// One weighted pass: Dijkstra on half-edge lengths, counting shortest paths when a node is
  /// settled, then backward accumulation. Path lengths within `tieTolerance` count as equal.
  static func accumulateWeighted(
    from source: Int, weight sourceWeight: Double, graph: KernelGraph,
    scratch: TraversalScratch, heap: inout Heap<HeapEntry>,
    into result: UnsafeMutableBufferPointer<Double>
  ) {
    let offsets = graph.offsets
    let targets = graph.targets
    let lengths = graph.lengths
    let distance = scratch.distance
    let settled = scratch.hops  // 0 once settled, -1 before
    let sigma = scratch.sigma
    let coefficient = scratch.coefficient
    let order = scratch.order
    var tail = 0
    distance[source] = 0
    heap.insert(HeapEntry(distance: 0, node: Int32(truncatingIfNeeded: source)))
    while let entry = heap.popMin() {
      let v = Int(entry.node)
      guard settled[v] < 0, entry.distance == distance[v] else { continue }
      settled[v] = 0
      order[tail] = entry.node
      tail &+= 1
      let here = entry.distance
      var paths = v == source ? 1.0 : 0.0
      var h = Int(offsets[v])
      let end = Int(offsets[v &+ 1])
      while h < end {
        let w = Int(targets[h])
        let candidate = here + lengths[h]
        h &+= 1
        if settled[w] == 0 {
          if isTie(distance[w] + lengths[h &- 1], here) { paths += sigma[w] }
        } else if candidate < distance[w] {
          distance[w] = candidate
          heap.insert(HeapEntry(distance: candidate, node: Int32(truncatingIfNeeded: w)))
        }
      }
      sigma[v] = paths
    }
    var position = tail &- 1
    while position > 0 {
      let w = Int(order[position])
      position &-= 1
      let here = distance[w]
      var sum = 0.0
      var h = Int(offsets[w])
      let end = Int(offsets[w &+ 1])
      while h < end {
        let x = Int(targets[h])
        if isTie(here + lengths[h], distance[x]) { sum += coefficient[x] }
        h &+= 1
      }
      let delta = sigma[w] * sum
      result[w] += sourceWeight * delta
      coefficient[w] = (graph.multiplicity[w] + delta) / sigma[w]
    }
    for index in 0..<tail {
      let v = Int(order[index])
      settled[v] = -1
      distance[v] = .infinity
    }
  }
}
