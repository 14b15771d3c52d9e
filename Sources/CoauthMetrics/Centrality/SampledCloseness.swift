import CoauthGraph

/// Closeness and harmonic centrality (hop distances, as `distanceCentralities`) estimated from
/// breadth-first searches of a sample of source nodes, for graphs where a search from every
/// node would take hours.
///
/// In an undirected graph the distances from a node to the others are the distances from the
/// others to it, so the searches of `k` sources give every node a sample of its own distances
/// (Eppstein and Wang 2004, doi:10.7155/jgaa.00081; Cohen et al. 2014,
/// doi:10.1145/2660460.2660465). A node `v` whose component has `r` nodes and holds `k'` sampled
/// sources other than `v` gets its sum of distances estimated as `(r - 1) / k'` times the sum
/// of its distances to those sources, and its harmonic sum likewise; the Wasserman-Faust
/// closeness follows from the estimated sum as in the exact formula. The sampled sources
/// themselves get their exact values (their own search gives them), and so does every node of
/// a component holding fewer than `minimumSources` sampled sources (searched from each of its
/// nodes: such components are small next to the graph).
///
/// Sources run 64 at a time as one bit-parallel search, batches on all cores; sums over targets
/// are integers (harmonic sums in fixed point, see `MultiSourceBFS.harmonicUnit`), so the
/// values do not depend on the number of cores.
///
/// - Returns: one value per node, and how many nodes got exact values.
/// - Complexity: O(k m / 64 + the exact components' n m / 64).
public func sampledDistanceCentralities(
  _ graph: CoauthorGraph, sources: [Int32], minimumSources: Int = 32, wfImproved: Bool = true
) -> (closeness: [Double], harmonic: [Double], exactNodes: Int) {
  let nodeCount = graph.nodeCount
  var closeness = [Double](repeating: 0, count: nodeCount)
  var harmonic = [Double](repeating: 0, count: nodeCount)
  guard nodeCount > 1 else { return (closeness, harmonic, nodeCount) }
  let components = connectedComponents(graph)
  let componentOf = components.componentOfNode
  var isSource = [Bool](repeating: false, count: nodeCount)
  for source in sources where source >= 0 && Int(source) < nodeCount { isSource[Int(source)] = true }
  var sourcesIn = [Int](repeating: 0, count: components.sizes.count)
  for node in 0..<nodeCount where isSource[node] { sourcesIn[Int(componentOf[node])] += 1 }
  let isSampled = sourcesIn.map { $0 >= minimumSources }
  // Searched from: the sampled sources of sampled components, every node of the others.
  let searched = (0..<nodeCount).filter { node in
    isSampled[Int(componentOf[node])] ? isSource[node] : true
  }
  let adjacency = CompactAdjacency(graph, inverseWeightLengths: false)
  let ones = [Int](repeating: 1, count: nodeCount)
  let batchCount = (searched.count + 63) / 64
  let rangeCount = SourceChunks.chunkCount(sourceCount: batchCount, vectorLength: 3 * nodeCount)
  var exact = [MultiSourceBFS.SourceResult](repeating: (1, 0, 0, 0), count: searched.count)
  let targets: [Int] = exact.withUnsafeMutableBufferPointer { exactOut in
    // Each batch writes only its own sources' entries.
    nonisolated(unsafe) let exactOut = exactOut
    return rangePartialSums(rangeCount: rangeCount, width: 3 * nodeCount) {
      range, partial in
      var search = MultiSourceBFS(nodeCount: nodeCount)
      var batch = range
      while batch < batchCount {
        let first = batch * 64
        let results = search.run(
          adjacency, classSize: ones, sources: searched[first..<min(first + 64, searched.count)],
          targetSums: partial)
        for (offset, result) in results.enumerated() { exactOut[first + offset] = result }
        batch += rangeCount
      }
    }
  }
  let scale = Double(nodeCount - 1)
  func set(_ node: Int, reached: Int, distanceSum: Double, harmonicSum: Double) {
    harmonic[node] = harmonicSum
    guard distanceSum > 0 else { return }
    let others = Double(reached - 1)
    closeness[node] = others / distanceSum * (wfImproved ? others / scale : 1)
  }
  for (index, node) in searched.enumerated() {
    let result = exact[index]
    set(node, reached: result.reached, distanceSum: Double(result.total), harmonicSum: result.harmonic)
  }
  let unit = Double(MultiSourceBFS.harmonicUnit)
  for node in 0..<nodeCount where !isSource[node] && isSampled[Int(componentOf[node])] {
    let reached = components.sizes[Int(componentOf[node])]
    let sampled = targets[2 * nodeCount + node]
    guard sampled > 0 else { continue }
    let factor = Double(reached - 1) / Double(sampled)
    set(
      node, reached: reached, distanceSum: Double(targets[node]) * factor,
      harmonicSum: Double(targets[nodeCount + node]) / unit * factor)
  }
  return (closeness, harmonic, searched.count)
}
