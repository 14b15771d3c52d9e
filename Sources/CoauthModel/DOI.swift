/// Digital Object Identifiers as the readers find them in exports ("10.1000/xyz").
public enum DOI {
  /// The DOI in `text` ("10.1000/XYZ", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz",
  /// "10.1000/xyz [doi]", "urn:doi:10.1000/xyz", "info:doi/10.1000/xyz"), lowercased (DOIs are case-insensitive) and without prefix or mark,
  /// the percent escapes of a doi.org address decoded; nil when `text` holds none.
  ///
  /// Every record of a large export may have one, so the text is read as bytes, without the
  /// grapheme-aware comparisons of `String`.
  public static func normalized(from text: String) -> String? {
    normalized(utf8: Array(text.utf8))
  }

  /// `normalized(from:)` of the UTF-8 text `bytes`.
  public static func normalized(utf8 bytes: consuming [UInt8]) -> String? {
    var rest = lowercased(bytes)[...]
    func trim() {
      while let first = rest.first, isSpace(first) { rest = rest.dropFirst() }
      while let last = rest.last, isSpace(last) { rest = rest.dropLast() }
    }
    trim()
    // An address in angle brackets, as in plain-text mail and some exports.
    if rest.first == UInt8(ascii: "<"), rest.last == UInt8(ascii: ">") {
      rest = rest.dropFirst().dropLast()
      trim()
    }
    var isAddress = false
    for prefix in prefixes where rest.starts(with: prefix.utf8) {
      isAddress = isAddress || prefix.hasSuffix(".org/")
      rest = rest.dropFirst(prefix.utf8.count)
      trim()
    }
    // An address ends before its query or fragment ("...?via=ihub", "...#sec1"), which a DOI
    // in an address would have escaped.
    if isAddress, let end = rest.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
      rest = rest[..<end]
    }
    // An address escapes the characters URLs reserve ("10.1002/%28SICI%29..." is "(SICI)").
    if isAddress, rest.contains(UInt8(ascii: "%")) {
      rest = lowercased(percentDecoded(rest))[...]
    }
    while rest.count >= 5, rest.suffix(5).elementsEqual("[doi]".utf8) {
      rest = rest.dropLast(5)
      trim()
    }
    guard rest.starts(with: "10.".utf8), let slash = rest.firstIndex(of: UInt8(ascii: "/")),
      slash + 1 < rest.endIndex, !rest.contains(where: isSpace)
    else { return nil }
    return String(decoding: rest, as: UTF8.self)
  }

  /// What a DOI may be written after, in the order they are taken off.
  private static let prefixes = [
    "https://", "http://", "www.doi.org/", "dx.doi.org/", "doi.org/", "urn:doi:", "info:doi/",
    "doi:",
  ]

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// The UTF-8 `bytes` lowercased: ASCII in place, other text through `String` (rare in DOIs).
  private static func lowercased(_ bytes: consuming [UInt8]) -> [UInt8] {
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }
    for index in bytes.indices where (0x41...0x5A).contains(bytes[index]) {
      bytes[index] |= 0x20
    }
    return bytes
  }

  /// `bytes` with each `%` and two hexadecimal digits replaced by the byte they name (a `%`
  /// without them stays).
  private static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    func hexValue(_ byte: UInt8) -> UInt8? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
      default: nil
      }
    }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        decoded.append(high << 4 | low)
        index += 3
      } else {
        decoded.append(bytes[index])
        index += 1
      }
    }
    return decoded
  }
}
