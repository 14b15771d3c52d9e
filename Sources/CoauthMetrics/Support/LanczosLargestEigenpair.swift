/// The largest eigenvalue of a symmetric matrix and its eigenvector, by the Lanczos method with
/// full reorthogonalisation, from a given start vector.
///
/// The Krylov space of a start vector `x` holds, for each eigenvalue, only `x`'s projection on
/// its eigenspace, so the Ritz vector of the largest eigenvalue converges to that projection,
/// normalised: the limit a power iteration from `x` would reach. `run` builds up to `basisSize`
/// orthonormal vectors (each new one orthogonalised twice against all before it, so no ghost
/// eigenvalues appear) and stops early when the Ritz residual `beta_k |s_k|` meets the
/// tolerance or the space becomes invariant; the caller restarts from the Ritz vector if needed.
struct LanczosLargestEigenpair {
  /// Dimension of the matrix.
  let size: Int
  /// Most basis vectors kept (memory: `basisSize * size` doubles).
  let basisSize: Int
  private var basis: [Double]

  init(size: Int, basisSize: Int) {
    self.size = size
    self.basisSize = max(1, basisSize)
    basis = [Double](repeating: 0, count: self.basisSize * size)
  }

  /// One Lanczos cycle from `start` (any non-zero vector) with at most `maximumProducts`
  /// products `multiply(x, y)` (`y = A x`). Returns the Ritz vector of the largest Ritz value
  /// (unit norm), that value, the products used, and whether the residual
  /// `|A v - value v|` is at most `tolerance * max(|value|, 1)`.
  mutating func run(
    from start: [Double], maximumProducts: Int, tolerance: Double,
    multiply: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
  ) -> (vector: [Double], value: Double, products: Int, converged: Bool) {
    let n = size
    var alpha: [Double] = []
    var beta: [Double] = []
    var products = 0
    var converged = false
    var normEstimate = 0.0
    var w = [Double](repeating: 0, count: n)
    let startNorm = start.reduce(0) { $0 + $1 * $1 }.squareRoot()
    basis.withUnsafeMutableBufferPointer { basis in
      for i in 0..<n { basis[i] = start[i] / startNorm }
    }
    var ritz = (value: 0.0, coordinates: [1.0])
    while alpha.count < basisSize, products < maximumProducts {
      let j = alpha.count
      let (a, b) = basis.withUnsafeMutableBufferPointer { basis in
        w.withUnsafeMutableBufferPointer { w in
          let v = UnsafeMutableBufferPointer(rebasing: basis[(j * n)..<((j + 1) * n)])
          multiply(UnsafeBufferPointer(v), w)
          let base = basis.baseAddress!
          let out = w.baseAddress!
          let a = DenseVector.dot(out, base + j * n, count: n)
          DenseVector.addScaled(-a, base + j * n, to: out, count: n)
          if j > 0 { DenseVector.addScaled(-beta[j - 1], base + (j - 1) * n, to: out, count: n) }
          // Full reorthogonalisation against every earlier vector.
          for k in 0...j {
            let c = DenseVector.dot(out, base + k * n, count: n)
            DenseVector.addScaled(-c, base + k * n, to: out, count: n)
          }
          return (a, DenseVector.dot(out, out, count: n).squareRoot())
        }
      }
      products += 1
      alpha.append(a)
      normEstimate = max(normEstimate, abs(a) + b + (j > 0 ? beta[j - 1] : 0))
      // An invariant subspace: the Ritz pairs are exact.
      let invariant = b <= 1e-14 * max(normEstimate, 1)
      let last = invariant || alpha.count == basisSize || products == maximumProducts
      if last || alpha.count % 5 == 0 {
        ritz = Self.largestEigenpair(alpha: alpha, beta: beta)
        let residual = invariant ? 0 : b * abs(ritz.coordinates[j])
        if residual <= tolerance * max(abs(ritz.value), 1) {
          converged = true
          break
        }
      }
      if last { break }
      beta.append(b)
      basis.withUnsafeMutableBufferPointer { basis in
        for i in 0..<n { basis[(j + 1) * n + i] = w[i] / b }
      }
    }
    var vector = [Double](repeating: 0, count: n)
    basis.withUnsafeBufferPointer { basis in
      for (k, coordinate) in ritz.coordinates.enumerated() {
        for i in 0..<n { vector[i] += coordinate * basis[k * n + i] }
      }
    }
    return (vector, ritz.value, products, converged)
  }

  /// The largest eigenvalue of the symmetric tridiagonal matrix with diagonal `alpha` and
  /// off-diagonal `beta` (one shorter, or as long: extra entries are ignored), and its unit
  /// eigenvector.
  static func largestEigenpair(alpha: [Double], beta: [Double]) -> (
    value: Double, coordinates: [Double]
  ) {
    let k = alpha.count
    var matrix = [Double](repeating: 0, count: k * k)
    for i in 0..<k {
      matrix[i * k + i] = alpha[i]
      if i + 1 < k {
        matrix[i * k + i + 1] = beta[i]
        matrix[(i + 1) * k + i] = beta[i]
      }
    }
    let (values, vectors) = SymmetricEigen.decompose(matrix, size: k)
    var best = 0
    for i in 1..<k where values[i] > values[best] { best = i }
    return (values[best], (0..<k).map { vectors[$0 * k + best] })
  }
}
