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

/// Closeness and harmonic centrality from one traversal per source (half the work of asking
/// twice). Closed twins (see `TwinCompression`) are at the same distance from everyone else, so
/// one traversal serves each class of twins, counting a class of `c` as `c` nodes. Sources run
/// 64 at a time as one bit-parallel breadth-first search (multi-source BFS, Then et al. 2014,
/// doi:10.14778/2735496.2735507), batches spread over all cores.
///
/// With `distance: .inverseWeight` path lengths are `1 / weight` (networkx `distance=`), one
/// Dijkstra search per source (see `weightedDistanceCentralities`).
public func distanceCentralities(
  _ graph: CoauthorGraph, wfImproved: Bool = true,
  distance: BetweennessOptions.Distance = .hops
) -> (closeness: [Double], harmonic: [Double]) {
  if distance == .inverseWeight {
    return weightedDistanceCentralities(graph, wfImproved: wfImproved)
  }
  let nodeCount = graph.nodeCount
  var closeness = [Double](repeating: 0, count: nodeCount)
  var harmonic = [Double](repeating: 0, count: nodeCount)
  guard nodeCount > 1 else { return (closeness, harmonic) }
  let twins = TwinCompression(CompactAdjacency(graph, inverseWeightLengths: false))
  let (quotient, oldIDs) = twins.quotient.breadthFirstRenumbered()
  let classCount = quotient.nodeCount
  let classSize = quotient.classSize.map { Int($0) }
  var classCloseness = [Double](repeating: 0, count: classCount)
  var classHarmonic = [Double](repeating: 0, count: classCount)
  classCloseness.withUnsafeMutableBufferPointer { closeness in
    classHarmonic.withUnsafeMutableBufferPointer { harmonic in
      // Each source writes only its own entries.
      nonisolated(unsafe) let closenessOut = closeness
      nonisolated(unsafe) let harmonicOut = harmonic
      MultiSourceBFS.searchAll(quotient, classSize: classSize, sources: Array(0..<classCount)) {
        source, sum in
        // The source's own twins are one hop away.
        let twinsOfSource = classSize[source] - 1
        let reached = sum.reached + twinsOfSource
        let total = sum.total + twinsOfSource
        harmonicOut[source] = sum.harmonic + Double(twinsOfSource)
        if total > 0 {
          let reachedOthers = Double(reached - 1)
          var value = reachedOthers / Double(total)
          if wfImproved { value *= reachedOthers / Double(nodeCount - 1) }
          closenessOut[source] = value
        }
      }
    }
  }
  var newIndexOfClass = [Int32](repeating: 0, count: classCount)
  for (index, old) in oldIDs.enumerated() { newIndexOfClass[Int(old)] = Int32(index) }
  for v in 0..<nodeCount {
    let index = Int(newIndexOfClass[Int(twins.classOf[v])])
    closeness[v] = classCloseness[index]
    harmonic[v] = classHarmonic[index]
  }
  return (closeness, harmonic)
}
