/// Byte classes of ASCII that the byte-level scanners share (HTML tags and `<meta>` charsets,
/// BibTeX field names, the quick byte searches before Unicode-aware ones).
enum ASCIIByte {
  /// `byte` with a capital A-Z made small; any other byte as it is.
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  /// True for A-Z and a-z.
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
  }

  /// True for HTML's white space: space, tab, LF, FF and CR.
  @inline(__always) static func isHTMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
  }
}
