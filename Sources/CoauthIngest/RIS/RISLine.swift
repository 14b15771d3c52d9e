/// One line of a RIS file: `TG  - value` (a two-character tag, spaces, a hyphen, the value),
/// or any other text.
struct RISLine: Sendable, Hashable {
  /// The tag (`TY`, `AU`, `ER` ...), or nil when the line is not a tagged line.
  var tag: String?
  /// The value after `- `, or the whole trimmed line when it has no tag.
  var value: String
  /// 1-based line number.
  var number: Int

  /// Splits `text` (one line without its line end). The tag is a capital letter followed by a
  /// capital letter or digit; the spec's two spaces before the hyphen may be one or more.
  init(_ text: Substring, number: Int) {
    self.number = number
    let bytes = Array(text.utf8)
    var index = 2
    if bytes.count >= 4, Self.isUpper(bytes[0]), Self.isUpper(bytes[1]) || Self.isDigit(bytes[1]) {
      while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
      if index > 2, index < bytes.count, bytes[index] == UInt8(ascii: "-"),
        index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ")
      {
        tag = String(decoding: bytes[0..<2], as: UTF8.self)
        value = WhitespaceCollapsing.string(bytes[min(bytes.count, index + 1)...])
        return
      }
    }
    tag = nil
    value = WhitespaceCollapsing.string(bytes)
  }

  private static func isUpper(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
