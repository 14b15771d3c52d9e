import CoauthGraph

/// Number of triangles through each node (networkx `triangles`).
///
/// Each edge is oriented from the endpoint of lower (degree, id) rank to the higher one, and each
/// triangle is found once by intersecting out-neighbourhoods with a marker array (Latapy 2008,
/// doi:10.1016/j.tcs.2008.07.017).
/// - Complexity: O(m^1.5).
public func triangleCounts(_ graph: CoauthorGraph) -> [Int] {
  let nodeCount = graph.nodeCount
  var triangles = [Int](repeating: 0, count: nodeCount)
  guard nodeCount > 2 else { return triangles }
  func ranksBelow(_ u: Int, _ v: Int) -> Bool {
    let du = graph.degree(u)
    let dv = graph.degree(v)
    return du < dv || (du == dv && u < v)
  }
  var outOffsets = [Int32](repeating: 0, count: nodeCount + 1)
  var outTargets = [Int32]()
  outTargets.reserveCapacity(graph.edgeCount)
  for u in 0..<nodeCount {
    for h in graph.neighborRange(u) where ranksBelow(u, Int(graph.targets[h])) {
      outTargets.append(graph.targets[h])
    }
    outOffsets[u + 1] = Int32(outTargets.count)
  }
  var mark = [Int32](repeating: -1, count: nodeCount)
  outOffsets.withUnsafeBufferPointer { offsets in
    outTargets.withUnsafeBufferPointer { targets in
      mark.withUnsafeMutableBufferPointer { mark in
        triangles.withUnsafeMutableBufferPointer { triangles in
          for u in 0..<nodeCount {
            let row = Int(offsets[u])..<Int(offsets[u + 1])
            for h in row { mark[Int(targets[h])] = Int32(u) }
            for h in row {
              let v = Int(targets[h])
              for k in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[k])
                if mark[w] == Int32(u) {
                  triangles[u] += 1
                  triangles[v] += 1
                  triangles[w] += 1
                }
              }
            }
          }
        }
      }
    }
  }
  return triangles
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
