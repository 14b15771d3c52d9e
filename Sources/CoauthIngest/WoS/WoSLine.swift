/// One line of a Web of Science plain-text export: a field's first line (`AU Smith, J`: a
/// two-character tag at the start of the line, then a space and the value, or the tag alone, as
/// `ER`), a continuation line (indented, three spaces in exports: more of the field before),
/// or other text.
struct WoSLine {
  enum Kind: Equatable {
    /// A tagged line: `PT`, `AU`, `C1`, `ER` ...
    case field(String)
    /// An indented line.
    case continuation
    /// Anything else, blank lines included.
    case text
  }

  var kind: Kind
  /// The value after the tag and its space, the indented text, or the whole line.
  var value: ArraySlice<UInt8>

  /// Classifies `line` (without its line end). A tag is a capital letter followed by a capital
  /// letter or a digit (`J9`, `C1`), then a space or the end of the line (a tab follows `PT` in
  /// the tab-delimited export, which is a table, not this format). RIS and MEDLINE tag lines
  /// (`PT  - Journal Article`, `AU  - Smith J`) are not WoS fields, even read as WoS.
  init(_ line: ArraySlice<UInt8>) {
    let start = line.startIndex
    let isDashedTag =
      line.count >= 5 && line[start + 2] == 0x20 && line[start + 3] == 0x20
      && line[start + 4] == UInt8(ascii: "-")
    if line.count >= 2, Self.isUpper(line[start]),
      Self.isUpper(line[start + 1]) || Self.isDigit(line[start + 1]),
      line.count == 2 || line[start + 2] == 0x20, !isDashedTag
    {
      kind = .field(String(decoding: line[start..<(start + 2)], as: UTF8.self))
      value = line.dropFirst(3)
    } else if let first = line.first, first == 0x20 || first == 0x09 {
      kind = .continuation
      value = line
    } else {
      kind = .text
      value = line
    }
  }

  /// True when the line holds nothing but white space.
  var isBlank: Bool { value.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

  private static func isUpper(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
