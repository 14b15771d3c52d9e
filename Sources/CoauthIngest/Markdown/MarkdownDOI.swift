import CoauthModel

/// The DOI a homepage or CV entry links to or prints: `https://doi.org/10...`, `doi:10...`,
/// `DOI: 10...`, or a publisher's address that carries it (`dl.acm.org/doi/10...`,
/// `.../doi/abs/10...`).
enum MarkdownDOI {
  /// The first DOI in `text`, normalized (`DOI.normalized(from:)`); nil when it names none.
  static func first(in text: String) -> String? {
    let bytes = Array(text.utf8)
    var start = 0
    while let found = firstIndex(of: Array("10.".utf8), in: bytes, from: start) {
      start = found + 3
      guard followsDOIMarker(bytes, at: found) else { continue }
      let doi = extent(bytes, from: found)
      if let normalized = DOI.normalized(utf8: Array(bytes[doi])) { return normalized }
    }
    return nil
  }

  /// What may stand right before a DOI, lowercased.
  private static let markers = [
    "doi.org/", "doi:", "doi: ", "/doi/", "/doi/abs/", "/doi/full/", "/doi/pdf/", "/doi/epdf/",
  ].map { Array($0.utf8) }

  private static func followsDOIMarker(_ bytes: [UInt8], at index: Int) -> Bool {
    markers.contains { marker in
      guard index >= marker.count else { return false }
      return zip(bytes[(index - marker.count)..<index], marker).allSatisfy { byte, expected in
        (0x41...0x5A).contains(byte) ? byte | 0x20 == expected : byte == expected
      }
    }
  }

  /// The DOI that starts at `start`: up to white space, a quote, an angle bracket or a closing
  /// bracket it did not open, without the punctuation that ends a sentence.
  private static func extent(_ bytes: [UInt8], from start: Int) -> Range<Int> {
    var end = start
    var openParentheses = 0
    scan: while end < bytes.count {
      switch bytes[end] {
      case 0x00...0x20, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "]"), UInt8(ascii: "`"):
        break scan
      case UInt8(ascii: "("):
        openParentheses += 1
      case UInt8(ascii: ")"):
        if openParentheses == 0 { break scan }
        openParentheses -= 1
      default:
        break
      }
      end += 1
    }
    while end > start, ".,;:".utf8.contains(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
    for index in start...(bytes.count - needle.count)
    where bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) {
      return index
    }
    return nil
  }
}
