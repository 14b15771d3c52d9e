import CoauthGraph
import CoauthModel

/// Number of triangles through each node (networkx `triangles`).
///
/// Each edge is oriented from the endpoint of lower (degree, id) rank to the higher one, and each
/// triangle is found once by intersecting out-neighbourhoods with a marker array (Latapy 2008,
/// doi:10.1016/j.tcs.2008.07.017). On graphs of 50,000 edges or more the lowest-ranked corners
/// are split into one range of about equal work per core, each counting into its own array;
/// counts are integers, so the sum does not depend on the split.
/// - Complexity: O(m^1.5).
public func triangleCounts(_ graph: CoauthorGraph) -> [Int] {
  triangleCounts(graph, ranges: OrientedRows.rangeCount(graph))
}

/// ``triangleCounts(_:)`` with the corners split into `ranges` ranges counted concurrently.
func triangleCounts(_ graph: CoauthorGraph, ranges rangeCount: Int) -> [Int] {
  let nodeCount = graph.nodeCount
  guard nodeCount > 2 else { return [Int](repeating: 0, count: nodeCount) }
  let oriented = OrientedRows(graph)
  let ranges = oriented.balancedRanges(rangeCount)
  return rangePartialSums(rangeCount: ranges.count, width: nodeCount) { index, counts in
    oriented.countTriangles(corners: ranges[index], into: counts)
  }
}

/// Number of triangles in the graph (each once), counted as ``triangleCounts(_:)`` lists them
/// but without the per-node tallies: one addition per triangle instead of three scattered ones.
func triangleTotal(_ graph: CoauthorGraph) -> Int {
  guard graph.nodeCount > 2 else { return 0 }
  let oriented = OrientedRows(graph)
  let ranges = oriented.balancedRanges(OrientedRows.rangeCount(graph))
  var totals = [Int](repeating: 0, count: ranges.count)
  totals.withUnsafeMutableBufferPointer { all in
    nonisolated(unsafe) let base = all
    WorkerThreads.run(iterations: ranges.count) { index in
      base[index] = oriented.countTriangles(corners: ranges[index])
    }
  }
  return totals.reduce(0, +)
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
