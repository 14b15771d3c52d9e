/// Eigenvalues and eigenvectors of a small dense symmetric matrix by cyclic Jacobi rotations
/// (Golub and Van Loan, Matrix Computations, 8.5): accurate to rounding, O(k^3) per sweep, for
/// the tridiagonal matrices of `LanczosLargestEigenpair` (k of a few dozen).
enum SymmetricEigen {
  /// `matrix` is `size x size`, row-major and symmetric. Returns the eigenvalues and the
  /// eigenvectors as the columns of a row-major matrix (`vectors[i * size + j]` is entry `i` of
  /// eigenvector `j`).
  static func decompose(_ matrix: [Double], size k: Int) -> (values: [Double], vectors: [Double])
  {
    var a = matrix
    var v = [Double](repeating: 0, count: k * k)
    for i in 0..<k { v[i * k + i] = 1 }
    let scale = a.reduce(0) { $0 + $1 * $1 }
    for _ in 0..<100 {
      var off = 0.0
      for p in 0..<k { for q in (p + 1)..<max(p + 1, k) { off += a[p * k + q] * a[p * k + q] } }
      if off <= 1e-32 * scale || off == 0 { break }
      for p in 0..<k {
        for q in (p + 1)..<max(p + 1, k) where a[p * k + q] != 0 {
          // The rotation in the (p, q) plane that zeroes a[p][q]: A <- J^T A J, V <- V J.
          let apq = a[p * k + q]
          let theta = (a[q * k + q] - a[p * k + p]) / (2 * apq)
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for r in 0..<k {
            let arp = a[r * k + p]
            let arq = a[r * k + q]
            a[r * k + p] = c * arp - s * arq
            a[r * k + q] = s * arp + c * arq
          }
          for r in 0..<k {
            let apr = a[p * k + r]
            let aqr = a[q * k + r]
            a[p * k + r] = c * apr - s * aqr
            a[q * k + r] = s * apr + c * aqr
          }
          for r in 0..<k {
            let vrp = v[r * k + p]
            let vrq = v[r * k + q]
            v[r * k + p] = c * vrp - s * vrq
            v[r * k + q] = s * vrp + c * vrq
          }
        }
      }
    }
    return ((0..<k).map { a[$0 * k + $0] }, v)
  }
}
