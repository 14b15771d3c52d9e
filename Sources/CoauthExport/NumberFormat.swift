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
    // The longest output is 23 bytes: "-1.23456789012345e-308".
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
      var text = ASCIIScratch(scratch)
      format(value, into: &text)
      bytes.append(contentsOf: text.written)
    }
  }

  /// Appends an integer in plain decimal as ASCII bytes.
  public static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
    // 19 digits and a sign hold any 64-bit integer.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { scratch in
      var text = ASCIIScratch(scratch)
      if value < 0 { text.append(UInt8(ascii: "-")) }
      text.appendDigits(value.magnitude)
      bytes.append(contentsOf: text.written)
    }
  }

  /// Appends `value` in plain decimal (any integer type; 64-bit ones take the overload above,
  /// which needs no generic code at run time).
  public static func appendInteger(_ value: some BinaryInteger, to bytes: inout [UInt8]) {
    if let small = Int64(exactly: value) {
      appendInteger(small, to: &bytes)
      return
    }
    // 40 digits and a sign hold any 128-bit integer.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { scratch in
      var text = ASCIIScratch(scratch)
      if value < 0 { text.append(UInt8(ascii: "-")) }
      var remaining = value.magnitude
      var digits: [UInt8] = []
      while remaining != 0 {
        let (quotient, digit) = remaining.quotientAndRemainder(dividingBy: 10)
        digits.append(0x30 &+ UInt8(truncatingIfNeeded: digit))
        remaining = quotient
      }
      for digit in digits.reversed() { text.append(digit) }
      bytes.append(contentsOf: text.written)
    }
  }

  // MARK: - Helpers

  /// Writes bytes into caller-provided scratch memory; the callers size it for the longest
  /// possible output.
  private struct ASCIIScratch {
    let base: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    init(_ base: UnsafeMutableBufferPointer<UInt8>) { self.base = base }

    var written: UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: base[0..<count])
    }

    mutating func append(_ byte: UInt8) {
      base[count] = byte
      count += 1
    }

    mutating func append(zeros: Int) {
      for _ in 0..<max(zeros, 0) { append(UInt8(ascii: "0")) }
    }

    /// All decimal digits of `value`.
    mutating func appendDigits(_ value: UInt64) {
      appendDigits(value, count: NumberFormat.decimalDigitCount(value))
    }

    /// The lowest `digitCount` decimal digits of `value`, with leading zeros.
    mutating func appendDigits(_ value: UInt64, count digitCount: Int) {
      var remaining = value
      var index = count + digitCount - 1
      while index >= count {
        base[index] = 0x30 &+ UInt8(truncatingIfNeeded: remaining % 10)
        remaining /= 10
        index -= 1
      }
      count += digitCount
    }
  }

  private func format(_ value: Double, into text: inout ASCIIScratch) {
    if value.isNaN {
      for byte in "nan".utf8 { text.append(byte) }
      return
    }
    if value < 0 { text.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    if magnitude.isInfinite {
      for byte in "inf".utf8 { text.append(byte) }
    } else if magnitude == 0 {
      text.count = 0  // -0 prints as 0
      text.append(UInt8(ascii: "0"))
    } else if magnitude < Self.twoToThe53, Double(UInt64(magnitude)) == magnitude {
      text.appendDigits(UInt64(magnitude))
    } else {
      let (digits, exponent) = roundedDigits(magnitude)
      appendDecimal(digits: digits, exponent: exponent, to: &text)
    }
  }

  private static let twoToThe53: Double = 9_007_199_254_740_992

  // The power tables are switches rather than static arrays: LLVM turns them into constant
  // lookup tables, without the lazy-initialisation check a static array costs on every access.

  /// 10^k for k in 0...22, all exactly representable as doubles.
  private static func exactPowerOfTen(_ k: Int) -> Double {
    switch k {
    case 0: 1e0
    case 1: 1e1
    case 2: 1e2
    case 3: 1e3
    case 4: 1e4
    case 5: 1e5
    case 6: 1e6
    case 7: 1e7
    case 8: 1e8
    case 9: 1e9
    case 10: 1e10
    case 11: 1e11
    case 12: 1e12
    case 13: 1e13
    case 14: 1e14
    case 15: 1e15
    case 16: 1e16
    case 17: 1e17
    case 18: 1e18
    case 19: 1e19
    case 20: 1e20
    case 21: 1e21
    default: 1e22
    }
  }

  /// 10^k for k in 0...19.
  private static func integerPowerOfTen(_ k: Int) -> UInt64 {
    switch k {
    case 0: 1
    case 1: 10
    case 2: 100
    case 3: 1_000
    case 4: 10_000
    case 5: 100_000
    case 6: 1_000_000
    case 7: 10_000_000
    case 8: 100_000_000
    case 9: 1_000_000_000
    case 10: 10_000_000_000
    case 11: 100_000_000_000
    case 12: 1_000_000_000_000
    case 13: 10_000_000_000_000
    case 14: 100_000_000_000_000
    case 15: 1_000_000_000_000_000
    case 16: 10_000_000_000_000_000
    case 17: 100_000_000_000_000_000
    case 18: 1_000_000_000_000_000_000
    default: 10_000_000_000_000_000_000
    }
  }

  static func decimalDigitCount(_ value: UInt64) -> Int {
    var count = 1
    while count < 20, value >= integerPowerOfTen(count) { count += 1 }
    return count
  }

  /// `magnitude` rounded to `significantDigits` digits: an integer with exactly that many digits
  /// and the decimal exponent of its first digit (`magnitude ≈ digits × 10^(exponent - p + 1)`).
  private func roundedDigits(_ magnitude: Double) -> (digits: UInt64, exponent: Int) {
    let precision = significantDigits
    let lowest = Self.integerPowerOfTen(precision - 1)
    let highest = Self.integerPowerOfTen(precision)
    // floor(log10(m)) is floor(binaryExponent × log10 2) or one more; compare with the power
    // when it is exact, else let the loop below correct the guess.
    let binaryExponent =
      magnitude.isNormal ? Int(magnitude.exponentBitPattern) - 1023 : Int(magnitude.exponent)
    var exponent = (binaryExponent * 78_913) >> 18  // floor(e × log10 2) for |e| < 2^13
    if (-1...21).contains(exponent), magnitude >= Self.exactPowerOfTen(exponent + 1) {
      exponent += 1
    }
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
    let factor = exactPowerOfTen(abs(remaining))
    let approximation: Double
    let residual: Double  // the exact result is approximation + (a value with this sign)
    if remaining >= 0 {
      approximation = base * factor
      residual = (-approximation).addingProduct(base, factor)
    } else {
      approximation = base / factor
      residual = base.addingProduct(-approximation, factor)
    }
    // Truncation is floor for these non-negative values; callers reject results >= 1e18.
    guard approximation < 1e18 else { return approximation }
    let floor = Double(UInt64(approximation))
    let fraction = approximation - floor
    if fraction > 0.5 || (fraction == 0.5 && residual > 0) { return floor + 1 }
    if fraction < 0.5 || residual < 0 { return floor }
    let half = floor * 0.5
    return half == half.rounded(.down) ? floor : floor + 1  // exact tie: to even
  }

  /// Writes `digits` (exactly `significantDigits` long) with its decimal point placed by
  /// `exponent`, dropping trailing zeros.
  private func appendDecimal(digits: UInt64, exponent: Int, to text: inout ASCIIScratch) {
    var significant = digits
    var count = significantDigits
    while count > 1, significant % 10 == 0 {
      significant /= 10
      count -= 1
    }
    if (-5...14).contains(exponent) {
      if exponent < 0 {
        text.append(UInt8(ascii: "0"))
        text.append(UInt8(ascii: "."))
        text.append(zeros: -exponent - 1)
        text.appendDigits(significant, count: count)
      } else if count <= exponent + 1 {
        text.appendDigits(significant, count: count)
        text.append(zeros: exponent + 1 - count)
      } else {
        let fractionDigits = count - exponent - 1
        let scale = Self.integerPowerOfTen(fractionDigits)
        text.appendDigits(significant / scale, count: exponent + 1)
        text.append(UInt8(ascii: "."))
        text.appendDigits(significant % scale, count: fractionDigits)
      }
    } else {
      let scale = Self.integerPowerOfTen(count - 1)
      text.appendDigits(significant / scale, count: 1)
      if count > 1 {
        text.append(UInt8(ascii: "."))
        text.appendDigits(significant % scale, count: count - 1)
      }
      text.append(UInt8(ascii: "e"))
      text.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      let exponentMagnitude = UInt64(exponent.magnitude)
      text.appendDigits(exponentMagnitude, count: max(2, Self.decimalDigitCount(exponentMagnitude)))
    }
  }
}
