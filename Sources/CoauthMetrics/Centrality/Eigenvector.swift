import CoauthGraph

/// Options of ``eigenvectorCentrality(_:options:)``.
public struct EigenvectorOptions: Sendable, Hashable {
  /// Use edge weights as adjacency entries (networkx `weight="weight"`); otherwise 1.
  public var weighted: Bool
  /// Stop when the residual `|A x - lambda x|` (Euclidean) is at most `tolerance * max(lambda, 1)`:
  /// the default gives networkx's converged values to about 1e-10 (networkx's own default
  /// stops near 1e-6).
  public var tolerance: Double
  /// Upper bound on products of the adjacency matrix with a vector.
  public var maxIterations: Int

  public init(weighted: Bool = false, tolerance: Double = 1e-12, maxIterations: Int = 100_000) {
    self.weighted = weighted
    self.tolerance = tolerance
    self.maxIterations = maxIterations
  }
}

/// Eigenvector centrality as networkx `eigenvector_centrality`: the limit of the power iteration
/// `x <- (A + I) x / |(A + I) x|` from the uniform vector, unit Euclidean norm.
///
/// That limit is the uniform vector's projection on the eigenspace of the largest eigenvalue of
/// `A`, normalised: on a disconnected graph, components whose largest eigenvalue is below the
/// graph's get 0 (exactly: their part of the result, rounding noise below 1e-9, is cleared);
/// components that share it keep the weights the uniform start gives them. It is
/// computed by the Lanczos method from the uniform vector (a Krylov space holds exactly that
/// projection), restarted from its Ritz vector every 16 products, with full
/// reorthogonalisation: a few dozen products where the power iteration needs hundreds.
///
/// - Returns: one non-negative value per node, Euclidean norm 1; `[]` for the null graph;
///   `1 / sqrt(n)` everywhere for a graph without edges.
/// - Throws: `MetricsError.notConverged` when `maxIterations` products do not reach the
///   tolerance, `MetricsError.invalidParameter` for a tolerance that is not positive.
/// - Complexity: O(m + 16 n) per product; O(16 n) memory.
///
/// Bonacich 1987, doi:10.1086/228631; Lanczos 1950; Golub and Van Loan, Matrix Computations,
/// ch. 10. Example: the path 0-1-2 gives `[1/2, 1/sqrt(2), 1/2]`.
public func eigenvectorCentrality(
  _ graph: CoauthorGraph, options: EigenvectorOptions = EigenvectorOptions()
) throws(MetricsError) -> [Double] {
  guard options.tolerance > 0 else {
    throw .invalidParameter(name: "tolerance", value: options.tolerance)
  }
  let nodeCount = graph.nodeCount
  guard nodeCount > 0 else { return [] }
  var start = [Double](repeating: 1 / Double(nodeCount).squareRoot(), count: nodeCount)
  var lanczos = LanczosLargestEigenpair(size: nodeCount, basisSize: min(nodeCount, 16))
  let components = connectedComponents(graph)
  var products = 0
  while products < options.maxIterations {
    let result = lanczos.run(
      from: start, maximumProducts: options.maxIterations - products,
      tolerance: options.tolerance
    ) { x, y in
      graph.multiply(x, into: y, weighted: options.weighted)
    }
    products += result.products
    // The Perron vector has one sign; rounding leaves near-zero entries of either sign.
    var vector = result.vector.map { abs($0) }
    // Components without the largest eigenvalue hold only rounding noise: their value is 0.
    var squares = [Double](repeating: 0, count: components.sizes.count)
    for v in 0..<nodeCount { squares[Int(components.componentOfNode[v])] += vector[v] * vector[v] }
    for v in 0..<nodeCount where squares[Int(components.componentOfNode[v])] < 1e-18 {
      vector[v] = 0
    }
    let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    if norm > 0 { for v in vector.indices { vector[v] /= norm } }
    if result.converged { return vector }
    start = vector
  }
  throw .notConverged(iterations: options.maxIterations, tolerance: options.tolerance)
}
