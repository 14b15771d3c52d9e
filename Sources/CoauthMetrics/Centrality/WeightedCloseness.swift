import CoauthGraph
import HeapModule

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
        var distance = [Double](repeating: .infinity, count: nodeCount)
        var settled = [Bool](repeating: false, count: nodeCount)
        var visited: [Int32] = []
        var heap = Heap<BrandesAccumulation.HeapEntry>()
        var source = chunk
        while source < nodeCount {
          var total = 0.0
          var inverseSum = 0.0
          var reached = 0
          distance[source] = 0
          visited.append(Int32(source))
          heap.insert(.init(distance: 0, node: Int32(source)))
          while let entry = heap.popMin() {
            let v = Int(entry.node)
            guard !settled[v], entry.distance == distance[v] else { continue }
            settled[v] = true
            reached += 1
            if v != source {
              total += entry.distance
              inverseSum += 1 / entry.distance
            }
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
          let original = Int(oldIDs[source])
          harmonicOut[original] = inverseSum
          if total > 0 {
            let others = Double(reached - 1)
            var value = others / total
            if wfImproved { value *= others / Double(nodeCount - 1) }
            closenessOut[original] = value
          }
          for v in visited {
            distance[Int(v)] = .infinity
            settled[Int(v)] = false
          }
          visited.removeAll(keepingCapacity: true)
          source += chunkCount
        }
      }
    }
  }
  return (closeness, harmonic)
}
