import CoauthGraph

/// Options of ``pageRank(_:options:)``.
public struct PageRankOptions: Sendable, Hashable {
  /// Probability of following an edge rather than jumping (networkx `alpha`).
  public var damping: Double
  /// Follow edges in proportion to their weight (networkx `weight="weight"`); otherwise uniformly.
  public var weighted: Bool
  /// Stop when the L1 norm of the fixed-point residual `x - (alpha P x + teleport)` (the power
  /// iteration's change per iteration, which networkx compares with its `tol`) is below
  /// `nodeCount * tolerance`; networkx's default 1e-6 is loose, 1e-15 gives values within about
  /// 1e-12 of the exact solution.
  public var tolerance: Double
  public var maxIterations: Int

  public init(
    damping: Double = 0.85, weighted: Bool = true, tolerance: Double = 1e-18,
    maxIterations: Int = 10_000
  ) {
    self.damping = damping
    self.weighted = weighted
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }
}

/// PageRank as networkx `pagerank` on an undirected graph (each edge followed both ways):
/// `x(v) = alpha * (sum_u x(u) w(u, v) / s(u) + D / n) + (1 - alpha) / n`, where `s(u)` is the
/// strength of `u` and `D` the rank held by dangling (isolated) nodes, spread uniformly.
/// Solved by conjugate gradients on the equivalent symmetric system (``PageRankLinearSystem``)
/// for `alpha < 1`, by the power iteration for `alpha = 1`.
///
/// - Returns: one value per node, summing to 1; `[]` for the null graph.
/// - Throws: `MetricsError.invalidParameter` for a damping outside `[0, 1]` or a tolerance that
///   is not positive, `MetricsError.notConverged` when `maxIterations` is reached.
/// - Complexity: O(n + m) per iteration; about `log(tolerance) / log(0.556)` iterations for
///   `alpha = 0.85` (the power iteration needs `log(tolerance) / log(0.85)`).
///
/// Page, Brin, Motwani and Winograd 1999 (Stanford InfoLab 1999-66). Example: the path 0-1-2
/// gives about `[0.2567, 0.4865, 0.2567]`.
public func pageRank(
  _ graph: CoauthorGraph, options: PageRankOptions = PageRankOptions()
) throws(MetricsError) -> [Double] {
  guard options.damping >= 0, options.damping <= 1 else {
    throw .invalidParameter(name: "damping", value: options.damping)
  }
  guard options.tolerance > 0 else {
    throw .invalidParameter(name: "tolerance", value: options.tolerance)
  }
  let nodeCount = graph.nodeCount
  guard nodeCount > 0 else { return [] }
  let n = Double(nodeCount)
  let alpha = options.damping
  let strength = options.weighted ? strengths(graph) : degrees(graph).map(Double.init)
  if alpha < 1 {
    let system = PageRankLinearSystem(
      graph: graph, strength: strength, weighted: options.weighted, alpha: alpha)
    guard let rank = system.solve(
      tolerance: options.tolerance, maxIterations: options.maxIterations)
    else { throw .notConverged(iterations: options.maxIterations, tolerance: options.tolerance) }
    return rank
  }
  // alpha = 1: no teleport, the system is singular; iterate (the limit exists when every
  // component with edges is aperiodic).
  var rank = [Double](repeating: 1 / n, count: nodeCount)
  var next = rank
  var share = [Double](repeating: 0, count: nodeCount)
  let threshold = n * options.tolerance
  for _ in 0..<options.maxIterations {
    var dangling = 0.0
    for v in 0..<nodeCount {
      if strength[v] > 0 {
        share[v] = rank[v] / strength[v]
      } else {
        share[v] = 0
        dangling += rank[v]
      }
    }
    let base = alpha * dangling / n + (1 - alpha) / n
    let change = graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
          share.withUnsafeBufferPointer { share in
            next.withUnsafeMutableBufferPointer { next in
              var change = 0.0
              for v in 0..<nodeCount {
                var sum = 0.0
                if options.weighted {
                  for h in Int(offsets[v])..<Int(offsets[v + 1]) {
                    sum += share[Int(targets[h])] * weights[h]
                  }
                } else {
                  for h in Int(offsets[v])..<Int(offsets[v + 1]) { sum += share[Int(targets[h])] }
                }
                next[v] = alpha * sum + base
                change += abs(next[v] - rank[v])
              }
              return change
            }
          }
        }
      }
    }
    swap(&rank, &next)
    if change < threshold { return rank }
  }
  throw .notConverged(iterations: options.maxIterations, tolerance: options.tolerance)
}
