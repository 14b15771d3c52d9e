/// Numeric character references of XML: `&#252;` and `&#xFC;`.
package enum XMLCharacterReference {
  /// The scalar a reference body (between `&` and `;`, starting with `#`) stands for, or nil
  /// when it is malformed or names a code point XML does not allow (NUL, surrogates, above
  /// U+10FFFF).
  package static func scalar(_ body: some Collection<UInt8>) -> Unicode.Scalar? {
    var bytes = body.makeIterator()
    guard bytes.next() == UInt8(ascii: "#") else { return nil }
    var radix: UInt32 = 10
    var digits = Array(body.dropFirst())
    if let first = digits.first, first == UInt8(ascii: "x") || first == UInt8(ascii: "X") {
      radix = 16
      digits.removeFirst()
    }
    guard !digits.isEmpty, digits.count <= 8 else { return nil }
    var value: UInt32 = 0
    for digit in digits {
      guard let digitValue = Self.digitValue(digit), digitValue < radix else { return nil }
      value = value * radix + digitValue
    }
    guard value != 0, value <= 0x10FFFF else { return nil }
    return Unicode.Scalar(value)
  }

  private static func digitValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
