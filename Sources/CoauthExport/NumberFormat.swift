/// Prints numbers for CSV and DOT output: deterministic, locale-free, and readable by pandas
/// (`read_csv`) and R (`read.csv`, `as.numeric`).
///
/// Rules, in order:
/// 1. NaN prints `nan`, +∞ `inf`, −∞ `-inf`.
/// 2. Zero, including −0, prints `0`.
/// 3. A whole number with magnitude below 2^53 prints as an integer with all its digits and no
///    decimal point (`3`, `-12`, `1048576`): whole numbers are counts, years and ids, and
///    rounding them would lose information.
/// 4. Any other value is rounded to ``significantDigits`` significant digits (default 6) and
///    printed without trailing zeros, like C's `%.6g` except that fixed notation is used for every
///    decimal exponent from -5 to 14: `1234567.89` prints `1234570` (not `1.23457e+06`) and
///    `0.0000123456` prints `0.0000123456`. Magnitudes outside that range use C's exponent form,
///    `1.5e-07` or `1.23457e+15`, which both pandas and R read.
///
/// Rounding is correct rounding of the binary value, ties to even: the same digits as glibc's
/// `printf("%.6g")` whenever the scaling power of ten is at most 10^22 (for 6 digits, magnitudes
/// from about 1e-17 to 1e27). Outside that range scaling takes several steps and the last digit
/// may differ from printf. Only IEEE arithmetic is used, so the output is the same on every
/// platform. Last-bit noise is absorbed: `0.1 + 0.2` prints `0.3`.
public struct NumberFormat: Sendable, Hashable {
  /// The largest supported number of significant digits (the integer scratch is exact to 10^15).
  public static let maximumSignificantDigits = 15

  /// Significant digits kept for values that are not whole numbers, 1 through 15.
  public let significantDigits: Int

  /// A format keeping `significantDigits` digits, clamped to 1...15.
  public init(significantDigits: Int = 6) {
    self.significantDigits = min(max(significantDigits, 1), Self.maximumSignificantDigits)
  }

  /// `value` formatted by the rules above.
  public func string(_ value: Double) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// An integer in plain decimal.
  public func string(_ value: some BinaryInteger) -> String {
    var bytes: [UInt8] = []
    Self.appendInteger(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `value`, formatted by the rules above, as ASCII bytes.
  public func append(_ value: Double, to bytes: inout [UInt8]) {
    if value.isNaN {
      bytes.append(contentsOf: [0x6E, 0x61, 0x6E])  // nan
      return
    }
    if value.isInfinite {
      if value < 0 { bytes.append(0x2D) }
      bytes.append(contentsOf: [0x69, 0x6E, 0x66])  // inf
      return
    }
    if value == 0 {
      bytes.append(0x30)
      return
    }
    let magnitude = value.magnitude
    if magnitude < Self.twoToThe53, value == value.rounded(.towardZero) {
      Self.appendInteger(Int64(value), to: &bytes)
      return
    }
    if value < 0 { bytes.append(0x2D) }
    let (digits, exponent) = roundedDigits(magnitude)
    appendDecimal(digits: digits, exponent: exponent, to: &bytes)
  }

  /// Appends an integer in plain decimal as ASCII bytes.
  public static func appendInteger(_ value: some BinaryInteger, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(0x2D) }
    var remaining = value.magnitude
    if remaining == 0 {
      bytes.append(0x30)
      return
    }
    // 40 digits hold any 128-bit magnitude.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { scratch in
      var start = scratch.count
      while remaining != 0 {
        let (quotient, digit) = remaining.quotientAndRemainder(dividingBy: 10)
        start -= 1
        scratch[start] = 0x30 &+ UInt8(truncatingIfNeeded: digit)
        remaining = quotient
        if start == 0 { break }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[start...]))
    }
  }

  // MARK: - Helpers

  private static let twoToThe53: Double = 9_007_199_254_740_992
  /// 10^0 ... 10^22, all exactly representable as doubles.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]
  private static let integerPowersOfTen: [UInt64] = (0...18).map { exponent in
    (0..<exponent).reduce(UInt64(1)) { power, _ in power * 10 }
  }

  /// `magnitude` rounded to `significantDigits` digits: an integer with exactly that many digits
  /// and the decimal exponent of its first digit (`magnitude ≈ digits × 10^(exponent - p + 1)`).
  private func roundedDigits(_ magnitude: Double) -> (digits: UInt64, exponent: Int) {
    let precision = significantDigits
    let lowest = Self.integerPowersOfTen[precision - 1]
    let highest = Self.integerPowersOfTen[precision]
    // floor(log10(m)) is floor(binaryExponent × log10 2) or one more; the loop corrects it.
    var exponent = Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
    var digits: UInt64 = lowest
    for _ in 0..<4 {
      let scaled = Self.roundedScaled(magnitude, byPowerOfTen: precision - 1 - exponent)
      guard scaled.isFinite, scaled < 1e18 else {
        exponent += 1
        continue
      }
      digits = UInt64(scaled)
      if digits >= highest {
        exponent += 1
      } else if digits < lowest {
        exponent -= 1
      } else {
        break
      }
    }
    return (min(max(digits, lowest), highest - 1), exponent)
  }

  /// `value × 10^power` rounded to an integer, ties to even. Exact when |power| ≤ 22: the
  /// power is then an exact double and a fused multiply-add recovers the rounding error of the
  /// product or quotient, which decides halfway cases. Larger powers take several steps.
  private static func roundedScaled(_ value: Double, byPowerOfTen power: Int) -> Double {
    var base = value
    var remaining = power
    while remaining > 22 {
      base *= 1e22
      remaining -= 22
    }
    while remaining < -22 {
      base /= 1e22
      remaining += 22
    }
    let factor = exactPowersOfTen[abs(remaining)]
    let approximation: Double
    let residual: Double  // the exact result is approximation + (a value with this sign)
    if remaining >= 0 {
      approximation = base * factor
      residual = (-approximation).addingProduct(base, factor)
    } else {
      approximation = base / factor
      residual = base.addingProduct(-approximation, factor)
    }
    let floor = approximation.rounded(.down)
    let fraction = approximation - floor
    if fraction > 0.5 || (fraction == 0.5 && residual > 0) { return floor + 1 }
    if fraction < 0.5 || residual < 0 { return floor }
    return floor.truncatingRemainder(dividingBy: 2) == 0 ? floor : floor + 1
  }

  /// Writes `digits` (exactly `significantDigits` long) with its decimal point placed by
  /// `exponent`, dropping trailing zeros.
  private func appendDecimal(digits: UInt64, exponent: Int, to bytes: inout [UInt8]) {
    var significant = digits
    var count = significantDigits
    while count > 1, significant % 10 == 0 {
      significant /= 10
      count -= 1
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumSignificantDigits) {
      text in
      var value = significant
      for index in stride(from: count - 1, through: 0, by: -1) {
        text[index] = 0x30 &+ UInt8(truncatingIfNeeded: value % 10)
        value /= 10
      }
      let digitText = UnsafeBufferPointer(rebasing: text[0..<count])
      if (-5...14).contains(exponent) {
        if exponent < 0 {
          bytes.append(contentsOf: [0x30, 0x2E])  // "0."
          for _ in 0..<(-exponent - 1) { bytes.append(0x30) }
          bytes.append(contentsOf: digitText)
        } else if count <= exponent + 1 {
          bytes.append(contentsOf: digitText)
          for _ in 0..<(exponent + 1 - count) { bytes.append(0x30) }
        } else {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digitText[0...exponent]))
          bytes.append(0x2E)
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digitText[(exponent + 1)...]))
        }
      } else {
        bytes.append(digitText[0])
        if count > 1 {
          bytes.append(0x2E)
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digitText[1...]))
        }
        bytes.append(0x65)  // e
        bytes.append(exponent < 0 ? 0x2D : 0x2B)
        if exponent.magnitude < 10 { bytes.append(0x30) }
        Self.appendInteger(exponent.magnitude, to: &bytes)
      }
    }
  }
}
