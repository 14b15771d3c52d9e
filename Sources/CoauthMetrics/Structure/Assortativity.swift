import CoauthGraph

/// Degree assortativity: the Pearson correlation of the degrees at the two ends of an edge, each
/// edge counted in both directions (networkx `degree_assortativity_coefficient`).
///
/// `r = (sum_e j k / M - mu^2) / (sum_e (j^2 + k^2) / (2 M) - mu^2)` over the `M` edges with end
/// degrees `j`, `k`, where `mu = sum_e (j + k) / (2 M)`.
/// - Parameter weighted: use strengths (sums of Newman weights) instead of degrees, as networkx
///   with `weight=`; edges still count once each.
/// - Returns: a value in `[-1, 1]`, or nil when it is undefined (no edge, or every edge joins
///   ends of one same degree, where networkx returns NaN).
/// - Complexity: O(n + m).
/// Newman 2003, doi:10.1103/PhysRevE.67.026126. Example: a star is perfectly disassortative
/// (`-1`).
public func degreeAssortativity(_ graph: CoauthorGraph, weighted: Bool = false) -> Double? {
  guard graph.edgeCount > 0 else { return nil }
  let value: [Double] =
    weighted ? strengths(graph) : (0..<graph.nodeCount).map { Double(graph.degree($0)) }
  // Centre on the mean end value first: the textbook one-pass form loses digits on hubs.
  var sum = 0.0
  for e in 0..<graph.edgeCount {
    let (u, v) = graph.edgeEndpoints(e)
    sum += value[Int(u)] + value[Int(v)]
  }
  let mean = sum / Double(2 * graph.edgeCount)
  var product = 0.0
  var square = 0.0
  for e in 0..<graph.edgeCount {
    let (u, v) = graph.edgeEndpoints(e)
    let j = value[Int(u)] - mean
    let k = value[Int(v)] - mean
    product += j * k
    square += (j * j + k * k) / 2
  }
  guard square > 0 else { return nil }
  return product / square
}
