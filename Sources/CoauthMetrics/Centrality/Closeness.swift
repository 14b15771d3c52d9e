import CoauthGraph

/// Closeness centrality as networkx `closeness_centrality` with `wf_improved=True` (Wasserman
/// and Faust): `c(u) = (r - 1) / sum_v d(u, v) * (r - 1) / (n - 1)` where `r` counts the nodes
/// reachable from `u` (itself included) and the sum runs over them; 0 for isolated nodes.
///
/// Hop distances; all sources run on all cores, one BFS each.
/// - Parameter wfImproved: scale by `(r - 1) / (n - 1)` so that small components do not get
///   inflated scores; without it `c(u) = (r - 1) / sum_v d(u, v)`.
/// - Returns: one value per node; `[0]` for the singleton graph.
/// - Complexity: O(n m).
///
/// Freeman 1979, doi:10.1016/0378-8733(78)90021-7; Wasserman and Faust 1994. Example: the path
/// 0-1-2 gives `[2/3, 1, 2/3]`.
public func closenessCentrality(_ graph: CoauthorGraph, wfImproved: Bool = true) -> [Double] {
  distanceCentralities(graph, wfImproved: wfImproved).closeness
}

/// Harmonic centrality as networkx `harmonic_centrality`: `h(u) = sum_{v != u} 1 / d(u, v)`,
/// unnormalised, unreachable nodes contributing 0.
///
/// - Returns: one value per node.
/// - Complexity: O(n m).
///
/// Boldi and Vigna 2014, doi:10.1080/15427951.2013.865686. Example: the path 0-1-2 gives
/// `[1.5, 2, 1.5]`.
public func harmonicCentrality(_ graph: CoauthorGraph) -> [Double] {
  distanceCentralities(graph, wfImproved: true).harmonic
}

/// Closeness and harmonic centrality from one BFS per source (half the work of asking twice).
public func distanceCentralities(_ graph: CoauthorGraph, wfImproved: Bool = true) -> (
  closeness: [Double], harmonic: [Double]
) {
  let nodeCount = graph.nodeCount
  var closeness = [Double](repeating: 0, count: nodeCount)
  var harmonic = [Double](repeating: 0, count: nodeCount)
  guard nodeCount > 1 else { return (closeness, harmonic) }
  closeness.withUnsafeMutableBufferPointer { closeness in
    harmonic.withUnsafeMutableBufferPointer { harmonic in
      // Each source writes only its own entries.
      nonisolated(unsafe) let closenessOut = closeness
      nonisolated(unsafe) let harmonicOut = harmonic
      SourceChunks.forEach(sourceCount: nodeCount) { chunk, chunkCount in
        let scratch = TraversalScratch(nodeCount: nodeCount, weighted: false)
        graph.offsets.withUnsafeBufferPointer { offsets in
          graph.targets.withUnsafeBufferPointer { targets in
            var source = chunk
            while source < nodeCount {
              let sums = hopDistanceSums(
                from: source, offsets: offsets, targets: targets, scratch: scratch)
              harmonicOut[source] = sums.harmonic
              if sums.total > 0 {
                let reachedOthers = Double(sums.reached - 1)
                var value = reachedOthers / Double(sums.total)
                if wfImproved { value *= reachedOthers / Double(nodeCount - 1) }
                closenessOut[source] = value
              }
              source += chunkCount
            }
          }
        }
      }
    }
  }
  return (closeness, harmonic)
}

// MARK: - Helpers

/// BFS from `source`: nodes reached (source included), sum of hop distances, and the harmonic sum
/// `sum over levels d >= 1 of count(d) / d`.
private func hopDistanceSums(
  from source: Int, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
  scratch: TraversalScratch
) -> (reached: Int, total: Int, harmonic: Double) {
  let hops = scratch.hops
  let order = scratch.order
  hops[source] = 0
  order[0] = Int32(truncatingIfNeeded: source)
  var head = 0
  var tail = 1
  var total = 0
  var harmonic = 0.0
  var levelEnd = 1
  var level: Int32 = 0
  while head < tail {
    if head == levelEnd {
      level &+= 1
      let count = tail - levelEnd
      total &+= count &* Int(level)
      harmonic += Double(count) / Double(level)
      levelEnd = tail
    }
    let v = Int(order[head])
    head &+= 1
    let next = level &+ 1
    var h = Int(offsets[v])
    let end = Int(offsets[v &+ 1])
    while h < end {
      let w = Int(targets[h])
      h &+= 1
      if hops[w] < 0 {
        hops[w] = next
        order[tail] = Int32(truncatingIfNeeded: w)
        tail &+= 1
      }
    }
  }
  for index in 0..<tail { hops[Int(order[index])] = -1 }
  return (tail, total, harmonic)
}
