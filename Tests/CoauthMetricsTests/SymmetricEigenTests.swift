@testable import CoauthMetrics
import Testing

/// The small dense eigen-solver and the Lanczos cycle behind eigenvector centrality.
@Suite struct SymmetricEigenTests {
  /// The second-difference matrix of size 3 has eigenvalues 2 - sqrt 2, 2, 2 + sqrt 2.
  @Test func secondDifferenceMatrix() {
    let (values, vectors) = SymmetricEigen.decompose([2, -1, 0, -1, 2, -1, 0, -1, 2], size: 3)
    let expected = [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()]
    for (value, target) in zip(values.sorted(), expected) { #expect(abs(value - target) < 1e-14) }
    // Columns are orthonormal eigenvectors: A v = lambda v.
    let matrix: [Double] = [2, -1, 0, -1, 2, -1, 0, -1, 2]
    for j in 0..<3 {
      for i in 0..<3 {
        let product = (0..<3).reduce(0.0) { $0 + matrix[i * 3 + $1] * vectors[$1 * 3 + j] }
        #expect(abs(product - values[j] * vectors[i * 3 + j]) < 1e-14)
      }
    }
  }

  @Test func largestEigenpairOfATridiagonalMatrix() {
    let (value, coordinates) = LanczosLargestEigenpair.largestEigenpair(
      alpha: [2, 2, 2], beta: [-1, -1])
    #expect(abs(value - (2 + 2.0.squareRoot())) < 1e-14)
    let norm = coordinates.reduce(0) { $0 + $1 * $1 }
    #expect(abs(norm - 1) < 1e-14)
    #expect(abs(abs(coordinates[0]) - 0.5) < 1e-14 && abs(abs(coordinates[1]) - 0.5.squareRoot()) < 1e-14)
  }

  /// On a diagonal matrix the Lanczos cycle finds the largest entry's axis, starting from the
  /// all-ones vector.
  @Test func lanczosOnADiagonalMatrix() {
    let diagonal: [Double] = [1, 5, 3, 4, 2]
    var lanczos = LanczosLargestEigenpair(size: 5, basisSize: 5)
    let result = lanczos.run(
      from: [1, 1, 1, 1, 1], maximumProducts: 10, tolerance: 1e-12
    ) { x, y in
      for i in 0..<5 { y[i] = diagonal[i] * x[i] }
    }
    #expect(result.converged)
    #expect(abs(result.value - 5) < 1e-12)
    #expect(abs(abs(result.vector[1]) - 1) < 1e-12)
  }
}
