import CoauthGraph

/// Closeness and harmonic centrality on path lengths `1 / weight` (strong collaborations are
/// short), as networkx `closeness_centrality(G, distance=...)` and
/// `harmonic_centrality(G, distance=...)` with `distance = 1 / weight`: the same formulas as
/// `distanceCentralities(_:wfImproved:)` with weighted distances. One Dijkstra search per
/// source, sources spread over all cores.
///
/// - Complexity: O(n m log n).
func weightedDistanceCentralities(_ graph: CoauthorGraph, wfImproved: Bool) -> (
  closeness: [Double], harmonic: [Double]
) {
  let nodeCount = graph.nodeCount
  var closeness = [Double](repeating: 0, count: nodeCount)
  var harmonic = [Double](repeating: 0, count: nodeCount)
  guard nodeCount > 1 else { return (closeness, harmonic) }
  let (adjacency, oldIDs) = CompactAdjacency(graph, inverseWeightLengths: true)
    .breadthFirstRenumbered()
  closeness.withUnsafeMutableBufferPointer { closeness in
    harmonic.withUnsafeMutableBufferPointer { harmonic in
      // Each source writes only its own entries.
      nonisolated(unsafe) let closenessOut = closeness
      nonisolated(unsafe) let harmonicOut = harmonic
      SourceChunks.forEach(sourceCount: nodeCount) { chunk, chunkCount in
        var search = DijkstraSearch(nodeCount: nodeCount)
        var source = chunk
        while source < nodeCount {
          var total = 0.0
          var inverseSum = 0.0
          var reached = 0
          search.run(adjacency, from: source) { v, length in
            reached += 1
            if v != source {
              total += length
              inverseSum += 1 / length
            }
          }
          let original = Int(oldIDs[source])
          harmonicOut[original] = inverseSum
          if total > 0 {
            let others = Double(reached - 1)
            var value = others / total
            if wfImproved { value *= others / Double(nodeCount - 1) }
            closenessOut[original] = value
          }
          source += chunkCount
        }
      }
    }
  }
  return (closeness, harmonic)
}
