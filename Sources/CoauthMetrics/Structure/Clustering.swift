import CoauthGraph
import CoauthModel
import Foundation

/// Number of triangles through each node (networkx `triangles`).
///
/// Each edge is oriented from the endpoint of lower (degree, id) rank to the higher one, and each
/// triangle is found once by intersecting out-neighbourhoods with a marker array (Latapy 2008,
/// doi:10.1016/j.tcs.2008.07.017). On graphs of 50,000 edges or more the lowest-ranked corners
/// are split into one range of about equal work per core, each counting into its own array;
/// counts are integers, so the sum does not depend on the split.
/// - Complexity: O(m^1.5).
public func triangleCounts(_ graph: CoauthorGraph) -> [Int] {
  triangleCounts(
    graph,
    ranges: min(ProcessInfo.processInfo.activeProcessorCount, max(1, graph.edgeCount / 50_000)))
}

/// ``triangleCounts(_:)`` with the corners split into `ranges` ranges counted concurrently.
func triangleCounts(_ graph: CoauthorGraph, ranges rangeCount: Int) -> [Int] {
  let nodeCount = graph.nodeCount
  guard nodeCount > 2 else { return [Int](repeating: 0, count: nodeCount) }
  let oriented = OrientedRows(graph)
  let ranges = oriented.balancedRanges(rangeCount)
  var partials = [Int](repeating: 0, count: ranges.count * nodeCount)
  partials.withUnsafeMutableBufferPointer { all in
    // Each range writes only its own slice of the partials.
    nonisolated(unsafe) let base = all
    WorkerThreads.run(iterations: ranges.count) { index in
      oriented.countTriangles(
        corners: ranges[index],
        into: UnsafeMutableBufferPointer(
          rebasing: base[(index * nodeCount)..<((index + 1) * nodeCount)]))
    }
  }
  var triangles = Array(partials[0..<nodeCount])
  for index in ranges.indices.dropFirst() {
    for v in 0..<nodeCount { triangles[v] += partials[index * nodeCount + v] }
  }
  return triangles
}

/// Number of triangles in the graph (each once), counted as ``triangleCounts(_:)`` lists them
/// but without the per-node tallies: one addition per triangle instead of three scattered ones.
func triangleTotal(_ graph: CoauthorGraph) -> Int {
  guard graph.nodeCount > 2 else { return 0 }
  let oriented = OrientedRows(graph)
  let ranges = oriented.balancedRanges(
    min(ProcessInfo.processInfo.activeProcessorCount, max(1, graph.edgeCount / 50_000)))
  var totals = [Int](repeating: 0, count: ranges.count)
  totals.withUnsafeMutableBufferPointer { all in
    nonisolated(unsafe) let base = all
    WorkerThreads.run(iterations: ranges.count) { index in
      base[index] = oriented.countTriangles(corners: ranges[index])
    }
  }
  return totals.reduce(0, +)
}

/// The graph's edges oriented from the lower (degree, id) rank to the higher: every node has at
/// most `sqrt(2m)` out-neighbours.
private struct OrientedRows: Sendable {
  let offsets: [Int32]
  let targets: [Int32]

  init(_ graph: CoauthorGraph) {
    let nodeCount = graph.nodeCount
    var offsets = [Int32](repeating: 0, count: nodeCount + 1)
    var targets = [Int32]()
    targets.reserveCapacity(graph.edgeCount)
    for u in 0..<nodeCount {
      let du = graph.degree(u)
      for h in graph.neighborRange(u) {
        let v = Int(graph.targets[h])
        let dv = graph.degree(v)
        if du < dv || (du == dv && u < v) { targets.append(graph.targets[h]) }
      }
      offsets[u + 1] = Int32(targets.count)
    }
    self.offsets = offsets
    self.targets = targets
  }

  /// Contiguous ranges of lowest corners, `count` at most, of about equal listing work (the
  /// out-degrees of each corner's out-neighbours).
  func balancedRanges(_ count: Int) -> [Range<Int>] {
    let nodeCount = offsets.count - 1
    guard count > 1 else { return [0..<nodeCount] }
    var work = [Int](repeating: 0, count: nodeCount + 1)
    for u in 0..<nodeCount {
      var cost = 1
      for h in Int(offsets[u])..<Int(offsets[u + 1]) {
        let v = Int(targets[h])
        cost += 1 + Int(offsets[v + 1] - offsets[v])
      }
      work[u + 1] = work[u] + cost
    }
    var ranges = [Range<Int>]()
    var start = 0
    for part in 1...count {
      let goal = work[nodeCount] * part / count
      var end = start
      while end < nodeCount, work[end] < goal { end += 1 }
      if part == count { end = nodeCount }
      if end > start { ranges.append(start..<end) }
      start = end
    }
    return ranges
  }

  /// Number of triangles whose lowest corner is in `corners`.
  func countTriangles(corners: Range<Int>) -> Int {
    var count = 0
    forEachTriangle(corners: corners) { _, _, _ in count += 1 }
    return count
  }

  /// Adds 1 to each corner of every triangle whose lowest corner is in `corners`.
  func countTriangles(corners: Range<Int>, into triangles: UnsafeMutableBufferPointer<Int>) {
    forEachTriangle(corners: corners) { u, v, w in
      triangles[u] += 1
      triangles[v] += 1
      triangles[w] += 1
    }
  }

  /// Calls `found(u, v, w)` for every triangle whose lowest-ranked corner `u` is in `corners`
  /// (`v` the middle corner): out-rows marked with their owner, then intersected.
  @inline(__always)
  private func forEachTriangle(corners: Range<Int>, _ found: (Int, Int, Int) -> Void) {
    var mark = [Int32](repeating: -1, count: offsets.count - 1)
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        mark.withUnsafeMutableBufferPointer { mark in
          for u in corners {
            let row = Int(offsets[u])..<Int(offsets[u + 1])
            for h in row { mark[Int(targets[h])] = Int32(u) }
            for h in row {
              let v = Int(targets[h])
              for k in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[k])
                if mark[w] == Int32(u) { found(u, v, w) }
              }
            }
          }
        }
      }
    }
  }
}

/// Local clustering coefficient as networkx `clustering` (unweighted):
/// `c(v) = 2 T(v) / (d(v) (d(v) - 1))` with `T(v)` triangles through `v`; 0 when `d(v) < 2`.
/// - Complexity: O(m^1.5).
/// Watts and Strogatz 1998, doi:10.1038/30918. Example: a triangle with a pendant node attached
/// to node 0 gives `[1/3, 1, 1, 0]`.
public func clusteringCoefficients(_ graph: CoauthorGraph) -> [Double] {
  let triangles = triangleCounts(graph)
  return (0..<graph.nodeCount).map { v in
    let d = graph.degree(v)
    return d < 2 ? 0 : 2 * Double(triangles[v]) / Double(d * (d - 1))
  }
}

/// Mean local clustering coefficient over all nodes, zeros included (networkx
/// `average_clustering`); 0 for the null graph.
public func averageClustering(_ graph: CoauthorGraph) -> Double {
  let coefficients = clusteringCoefficients(graph)
  guard !coefficients.isEmpty else { return 0 }
  return coefficients.reduce(0, +) / Double(coefficients.count)
}
