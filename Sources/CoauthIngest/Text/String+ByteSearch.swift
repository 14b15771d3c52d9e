extension StringProtocol {
  /// True when the text holds `needle` byte for byte (ASCII letters in either case with
  /// `ignoringASCIICase`). A quick test before the Unicode-aware searches of the standard
  /// library (`firstRange(of:)`, `lowercased()`), which cost far more and which most lines of a
  /// publication list never need.
  func holdsBytes(of needle: String, ignoringASCIICase: Bool = false) -> Bool {
    let pattern = needle.utf8.map { ignoringASCIICase ? ASCIIByte.lowercased($0) : $0 }
    guard !pattern.isEmpty else { return true }
    func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard bytes.count >= pattern.count else { return false }
      for start in 0...(bytes.count - pattern.count) {
        var offset = 0
        while offset < pattern.count {
          let byte = bytes[start + offset]
          guard (ignoringASCIICase ? ASCIIByte.lowercased(byte) : byte) == pattern[offset] else {
            break
          }
          offset += 1
        }
        if offset == pattern.count { return true }
      }
      return false
    }
    if let found = utf8.withContiguousStorageIfAvailable({ search($0) }) { return found }
    return Array(utf8).withUnsafeBufferPointer { search($0) }
  }
}
