import CoauthGraph

/// Options of ``eigenvectorCentrality(_:options:)``.
public struct EigenvectorOptions: Sendable, Hashable {
  /// Use edge weights as adjacency entries (networkx `weight="weight"`); otherwise 1.
  public var weighted: Bool
  /// Stop when the L1 change of an iteration is below `nodeCount * tolerance` (networkx `tol`,
  /// whose default 1e-6 we tighten so results match its converged value to about 1e-9).
  public var tolerance: Double
  public var maxIterations: Int

  public init(weighted: Bool = false, tolerance: Double = 1e-13, maxIterations: Int = 100_000) {
    self.weighted = weighted
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }
}

/// Eigenvector centrality as networkx `eigenvector_centrality`: power iteration
/// `x <- (A + I) x / |(A + I) x|` from the uniform vector, unit Euclidean norm.
///
/// The shift by `I` makes bipartite components converge. On a disconnected graph the result is
/// the limit of that iteration: components whose largest eigenvalue is below the graph's decay
/// to 0; components that share it keep the weights the uniform start gives them.
///
/// - Returns: one non-negative value per node, Euclidean norm 1; `[]` for the null graph;
///   `1 / sqrt(n)` everywhere for a graph without edges.
/// - Throws: `MetricsError.notConverged` when `maxIterations` is reached,
///   `MetricsError.invalidParameter` for a tolerance that is not positive.
/// - Complexity: O(m) per iteration.
///
/// Bonacich 1987, doi:10.1086/228631. Example: the path 0-1-2 gives `[1/2, 1/sqrt(2), 1/2]`.
public func eigenvectorCentrality(
  _ graph: CoauthorGraph, options: EigenvectorOptions = EigenvectorOptions()
) throws(MetricsError) -> [Double] {
  guard options.tolerance > 0 else {
    throw .invalidParameter(name: "tolerance", value: options.tolerance)
  }
  let nodeCount = graph.nodeCount
  guard nodeCount > 0 else { return [] }
  var current = [Double](repeating: 1 / Double(nodeCount), count: nodeCount)
  var next = current
  let threshold = Double(nodeCount) * options.tolerance
  for _ in 0..<options.maxIterations {
    let change = graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
          current.withUnsafeBufferPointer { x in
            next.withUnsafeMutableBufferPointer { y in
              var squares = 0.0
              for v in 0..<nodeCount {
                var sum = x[v]
                if options.weighted {
                  for h in Int(offsets[v])..<Int(offsets[v + 1]) {
                    sum += weights[h] * x[Int(targets[h])]
                  }
                } else {
                  for h in Int(offsets[v])..<Int(offsets[v + 1]) { sum += x[Int(targets[h])] }
                }
                y[v] = sum
                squares += sum * sum
              }
              let norm = squares > 0 ? squares.squareRoot() : 1
              var change = 0.0
              for v in 0..<nodeCount {
                y[v] /= norm
                change += abs(y[v] - x[v])
              }
              return change
            }
          }
        }
      }
    }
    swap(&current, &next)
    if change < threshold { return current }
  }
  throw .notConverged(iterations: options.maxIterations, tolerance: options.tolerance)
}
