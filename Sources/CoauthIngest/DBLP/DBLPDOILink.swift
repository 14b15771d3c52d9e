import CoauthModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The DOI of a DBLP `<ee>` link ("https://doi.org/10.18653/v1/2020.acl-main.1"): dblp links a
/// record's electronic editions, and those at doi.org name its DOI. Links elsewhere (publisher
/// pages, arXiv, the anthology) give none.
enum DBLPDOILink {
  /// The normalized DOI (`DOI.normalized(from:)`) of the link `text`, or nil.
  static func doi(_ text: UnsafeBufferPointer<UInt8>) -> String? {
    if let doi = plainDOI(text) { return doi }
    guard containsDOIHost(text) else { return nil }
    return DOI.normalized(utf8: Array(text))
  }

  /// dblp's own spelling, an https doi.org address of plain ASCII without escapes, query or
  /// fragment, lowercased in one copy; nil for anything else.
  private static func plainDOI(_ text: UnsafeBufferPointer<UInt8>) -> String? {
    let prefix = plainPrefix
    guard text.count > prefix.count + 3,
      memcmp(text.baseAddress!, prefix, prefix.count) == 0
    else { return nil }
    let rest = UnsafeBufferPointer(rebasing: text[prefix.count...])
    guard rest.starts(with: "10.".utf8), rest.contains(UInt8(ascii: "/")),
      rest.last != UInt8(ascii: "/"),
      rest.allSatisfy({ $0 > 0x20 && $0 < 0x80 && !escapeBytes.contains($0) })
    else { return nil }
    return String(unsafeUninitializedCapacity: rest.count) { buffer in
      for (index, byte) in rest.enumerated() {
        buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      }
      return rest.count
    }
  }

  private static let plainPrefix = Array("https://doi.org/".utf8)
  /// Bytes after which `DOI.normalized(from:)` does more than lowercase.
  private static let escapeBytes: [UInt8] = [
    UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: ">"),
  ]

  /// True when `text` holds "doi.org/" (any other spelling of a doi.org address).
  private static func containsDOIHost(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let host = Array("doi.org/".utf8)
    guard text.count >= host.count else { return false }
    for start in 0...(text.count - host.count)
    where text[start] == host[0] && text[start..<(start + host.count)].elementsEqual(host) {
      return true
    }
    return false
  }
}
