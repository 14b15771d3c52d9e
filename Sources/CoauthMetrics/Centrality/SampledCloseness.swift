import CoauthGraph

/// Closeness and harmonic centrality (as `distanceCentralities`, hop distances or path lengths
/// `1 / weight`) estimated from the searches of a sample of source nodes, for graphs where a
/// search from every node would take hours.
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
/// Hop distances: sources run 64 at a time as one bit-parallel search; `1 / weight` lengths: one
/// Dijkstra search per source; searches on all cores. Sums over targets are integers (fixed
/// point where they are not whole numbers), so the values do not depend on the number of cores.
///
/// `components`: the graph's connected components, when the caller has them already.
///
/// - Returns: one value per node, and how many nodes got exact values.
/// - Complexity: hops O(k m / 64 + the exact components' n m / 64); lengths `1 / weight`
///   O((k + the exact components' n) m log n).
public func sampledDistanceCentralities(
  _ graph: CoauthorGraph, sources: [Int32], minimumSources: Int = 32, wfImproved: Bool = true,
  distance: BetweennessOptions.Distance = .hops, components: ConnectedComponents? = nil
) -> (closeness: [Double], harmonic: [Double], exactNodes: Int) {
  let nodeCount = graph.nodeCount
  var closeness = [Double](repeating: 0, count: nodeCount)
  var harmonic = [Double](repeating: 0, count: nodeCount)
  guard nodeCount > 1 else { return (closeness, harmonic, nodeCount) }
  let components = components ?? connectedComponents(graph)
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
  let sums =
    distance == .hops ? hopSearches(graph, from: searched) : weightedSearches(graph, from: searched)
  let scale = Double(nodeCount - 1)
  func set(_ node: Int, reached: Int, distanceSum: Double, harmonicSum: Double) {
    harmonic[node] = harmonicSum
    guard distanceSum > 0 else { return }
    let others = Double(reached - 1)
    closeness[node] = others / distanceSum * (wfImproved ? others / scale : 1)
  }
  for (index, node) in searched.enumerated() {
    let result = sums.exact[index]
    set(node, reached: result.reached, distanceSum: result.total, harmonicSum: result.harmonic)
  }
  for node in 0..<nodeCount where !isSource[node] && isSampled[Int(componentOf[node])] {
    let reached = components.sizes[Int(componentOf[node])]
    guard sums.count[node] > 0 else { continue }
    let factor = Double(reached - 1) / Double(sums.count[node])
    set(
      node, reached: reached, distanceSum: sums.distance[node] * factor,
      harmonicSum: sums.harmonic[node] * factor)
  }
  return (closeness, harmonic, searched.count)
}

/// What the searches from some sources found: each source's own count of nodes reached (itself
/// included), sum of distances and harmonic sum, and per node, over the sources that reached it
/// (itself not counted), the sums of its distances and inverse distances to them and their
/// number.
private struct SearchSums {
  var exact: [(reached: Int, total: Double, harmonic: Double)]
  var distance: [Double]
  var harmonic: [Double]
  var count: [Int]
}

/// Bit-parallel breadth-first searches from `searched`, 64 at a time, batches on all cores.
private func hopSearches(_ graph: CoauthorGraph, from searched: [Int]) -> SearchSums {
  let nodeCount = graph.nodeCount
  let adjacency = CompactAdjacency(graph, inverseWeightLengths: false)
  let ones = [Int](repeating: 1, count: nodeCount)
  let batchCount = (searched.count + 63) / 64
  let rangeCount = SourceChunks.chunkCount(sourceCount: batchCount, vectorLength: 3 * nodeCount)
  var exact = [MultiSourceBFS.SourceResult](repeating: (1, 0, 0, 0), count: searched.count)
  let targets: [Int] = exact.withUnsafeMutableBufferPointer { exactOut in
    // Each batch writes only its own sources' entries.
    nonisolated(unsafe) let exactOut = exactOut
    return rangePartialSums(rangeCount: rangeCount, width: 3 * nodeCount) { range, partial in
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
  let unit = Double(MultiSourceBFS.harmonicUnit)
  return SearchSums(
    exact: exact.map { ($0.reached, Double($0.total), $0.harmonic) },
    distance: targets[0..<nodeCount].map { Double($0) },
    harmonic: targets[nodeCount..<(2 * nodeCount)].map { Double($0) / unit },
    count: Array(targets[(2 * nodeCount)...]))
}

/// One Dijkstra search on path lengths `1 / weight` from each of `searched`, on all cores; the
/// sums over targets in fixed point (the unit of `MultiSourceBFS.harmonicUnit`, in 128 bits:
/// lengths, unlike hop counts, are not whole).
private func weightedSearches(_ graph: CoauthorGraph, from searched: [Int]) -> SearchSums {
  let nodeCount = graph.nodeCount
  let adjacency = CompactAdjacency(graph, inverseWeightLengths: true)
  let rangeCount = SourceChunks.chunkCount(sourceCount: searched.count, vectorLength: 6 * nodeCount)
  let unit = Double(MultiSourceBFS.harmonicUnit)
  var exact = [(reached: Int, total: Double, harmonic: Double)](
    repeating: (1, 0, 0), count: searched.count)
  let targets: [Int128] = exact.withUnsafeMutableBufferPointer { exactOut in
    // Each source writes only its own entry.
    nonisolated(unsafe) let exactOut = exactOut
    return rangePartialSums(rangeCount: rangeCount, width: 3 * nodeCount) { range, partial in
      var search = DijkstraSearch(nodeCount: nodeCount)
      var index = range
      while index < searched.count {
        let source = searched[index]
        var result = (reached: 0, total: 0.0, harmonic: 0.0)
        search.run(adjacency, from: source) { node, length in
          result.reached += 1
          guard node != source else { return }
          result.total += length
          result.harmonic += 1 / length
          partial[node] += Int128((length * unit).rounded())
          partial[nodeCount + node] += Int128((unit / length).rounded())
          partial[2 * nodeCount + node] += 1
        }
        exactOut[index] = result
        index += rangeCount
      }
    }
  }
  return SearchSums(
    exact: exact,
    distance: targets[0..<nodeCount].map { Double($0) / unit },
    harmonic: targets[nodeCount..<(2 * nodeCount)].map { Double($0) / unit },
    count: targets[(2 * nodeCount)...].map { Int($0) })
}
