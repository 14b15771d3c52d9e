import CoauthExport
import CoauthTestSupport
import Foundation
import Testing

@Suite struct NumberFormatTests {
  let format = NumberFormat()

  @Test(arguments: [
    (Double.nan, "nan"), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
    (0.0, "0"), (-0.0, "0"),
  ])
  func specialValuesAreSpelledLiterally(value: Double, expected: String) {
    #expect(format.string(value) == expected)
  }

  @Test(arguments: [
    (3.0, "3"), (-12.0, "-12"), (1_048_576.0, "1048576"), (2007.0, "2007"),
    (9_007_199_254_740_991.0, "9007199254740991"), (-1e15, "-1000000000000000"),
  ])
  func wholeNumbersPrintAllDigitsWithoutDecimals(value: Double, expected: String) {
    #expect(format.string(value) == expected)
  }

  @Test(arguments: [
    (1.0 / 3.0, "0.333333"), (2.0 / 3.0, "0.666667"), (0.1 + 0.2, "0.3"), (2.5, "2.5"),
    (-2.75, "-2.75"), (0.125, "0.125"), (123_456.789, "123457"),
    (1_234_567.89, "1234570"), (0.000123456789, "0.000123457"),
    (0.0000123456, "0.0000123456"), (9.9999996, "10"), (0.99999996, "1"),
    // 99999.95 is stored as 99999.94999…, so it rounds down, as printf does.
    (99_999.95, "99999.9"), (99_999.96, "100000"),
  ])
  func ordinaryMagnitudesUseFixedNotation(value: Double, expected: String) {
    #expect(format.string(value) == expected)
  }

  @Test(arguments: [
    (0.00000123456, "1.23456e-06"), (1.5e-7, "1.5e-07"), (1e-300, "1e-300"),
    (Double.leastNonzeroMagnitude, "4.94066e-324"),
    (Double.greatestFiniteMagnitude, "1.79769e+308"),
    (9_007_199_254_740_992.0, "9.0072e+15"), (-3.25e20, "-3.25e+20"),
  ])
  func extremeMagnitudesUseExponentNotation(value: Double, expected: String) {
    #expect(format.string(value) == expected)
  }

  @Test func precisionIsConfigurableAndClamped() {
    #expect(NumberFormat(significantDigits: 3).string(3.14159) == "3.14")
    // Exact halfway cases round to even; 0.15 is stored slightly below 0.15.
    #expect(NumberFormat(significantDigits: 1).string(2.5) == "2")
    #expect(NumberFormat(significantDigits: 1).string(-3.5) == "-4")
    #expect(NumberFormat(significantDigits: 2).string(0.125) == "0.12")
    #expect(NumberFormat(significantDigits: 1).string(0.15) == "0.1")
    #expect(NumberFormat(significantDigits: 15).string(1.0 / 3.0) == "0.333333333333333")
    #expect(NumberFormat(significantDigits: 15).string(0.1) == "0.1")
    #expect(NumberFormat(significantDigits: 0).significantDigits == 1)
    #expect(NumberFormat(significantDigits: 99).significantDigits == 15)
  }

  @Test func integersPrintInPlainDecimal() {
    #expect(format.string(Int64.min) == "-9223372036854775808")
    #expect(format.string(UInt64.max) == "18446744073709551615")
    #expect(format.string(Int32(-7)) == "-7")
    #expect(format.string(0) == "0")
  }

  /// Random values read back as the same number C's `%.{p}g` gives, wherever the scaling power
  /// of ten is exact (|p - 1 - exponent| <= 22); beyond that within one unit of the last digit.
  @Test(arguments: [1, 3, 6, 10, 15])
  func agreesNumericallyWithPrintfG(digits: Int) {
    let format = NumberFormat(significantDigits: digits)
    var generator = SeededGenerator(seed: UInt64(digits))
    for _ in 0..<5_000 {
      let mantissa = Double.random(in: 1..<10, using: &generator)
      let exponent = Int.random(in: -30...30, using: &generator)
      let sign: Double = Bool.random(using: &generator) ? -1 : 1
      let value = sign * mantissa * pow(10, Double(exponent))
      let ours = format.string(value)
      let reference = String(format: "%.\(digits)g", value)
      guard let parsed = Double(ours), let expected = Double(reference) else {
        Issue.record("unparseable output \(ours) for \(value)")
        return
      }
      if value == value.rounded(.towardZero), abs(value) < 9_007_199_254_740_992 {
        #expect(parsed == value, "whole number \(value) printed as \(ours)")
      } else if abs(digits - 1 - exponent) <= 22 {
        #expect(parsed == expected, "\(value): \(ours) vs printf \(reference)")
      } else {
        let unit = pow(10, Double(exponent - digits + 1)) * 1.5  // parsing noise on top of one unit
        #expect(abs(parsed - expected) <= unit, "\(value): \(ours) vs printf \(reference)")
      }
      #expect(!ours.contains("e") || !(-5...14).contains(Int(floor(log10(abs(expected))))))
    }
  }
}

