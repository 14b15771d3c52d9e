/// Kernels on dense vectors of doubles for the iterative eigen and linear solvers.
enum DenseVector {
  /// `sum_i a[i] b[i]`, with eight partial sums in two SIMD registers (a single running sum
  /// cannot be vectorised, and its dependency chain stalls every addition).
  @inline(__always)
  static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    var low = SIMD4<Double>()
    var high = SIMD4<Double>()
    var i = 0
    while i + 8 <= count {
      let offset = i * MemoryLayout<Double>.stride
      low += rawA.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
        * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
      high += rawA.loadUnaligned(fromByteOffset: offset + 32, as: SIMD4<Double>.self)
        * rawB.loadUnaligned(fromByteOffset: offset + 32, as: SIMD4<Double>.self)
      i += 8
    }
    var sum = (low + high).sum()
    while i < count {
      sum += a[i] * b[i]
      i += 1
    }
    return sum
  }

  /// `y[i] += factor * x[i]`.
  @inline(__always)
  static func addScaled(
    _ factor: Double, _ x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, count: Int
  ) {
    for i in 0..<count { y[i] += factor * x[i] }
  }

  /// `sum_h weights[h] x[targets[h]]` over the half-edges `range` of a CSR row (`weights` nil:
  /// all 1), in four partial sums: one running sum makes every addition wait for the one before
  /// it, which costs more than the gathers on rows of co-authorship degrees.
  @inline(__always)
  static func rowSum(
    _ range: Range<Int>, targets: UnsafePointer<Int32>, weights: UnsafePointer<Double>?,
    x: UnsafePointer<Double>
  ) -> Double {
    var s0 = 0.0
    var s1 = 0.0
    var s2 = 0.0
    var s3 = 0.0
    var h = range.lowerBound
    let end = range.upperBound
    if let weights {
      while h + 4 <= end {
        s0 += weights[h] * x[Int(targets[h])]
        s1 += weights[h + 1] * x[Int(targets[h + 1])]
        s2 += weights[h + 2] * x[Int(targets[h + 2])]
        s3 += weights[h + 3] * x[Int(targets[h + 3])]
        h += 4
      }
      while h < end {
        s0 += weights[h] * x[Int(targets[h])]
        h += 1
      }
    } else {
      while h + 4 <= end {
        s0 += x[Int(targets[h])]
        s1 += x[Int(targets[h + 1])]
        s2 += x[Int(targets[h + 2])]
        s3 += x[Int(targets[h + 3])]
        h += 4
      }
      while h < end {
        s0 += x[Int(targets[h])]
        h += 1
      }
    }
    return (s0 + s1) + (s2 + s3)
  }
}
