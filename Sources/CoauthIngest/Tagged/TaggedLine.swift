/// One line of a line-tagged export (Web of Science plain text, MEDLINE, EndNote): a field's
/// first line, a continuation line (more of the field before), or other text. Each format says
/// how its tag lines look (`init(webOfScience:)`, `init(medline:)`, `init(endNote:)`).
struct TaggedLine {
  enum Kind: Equatable {
    /// A tagged line: `PT`, `AU`, `PMID`, `FAU` ...
    case field(String)
    /// An indented line.
    case continuation
    /// Anything else, blank lines included.
    case text
  }

  var kind: Kind
  /// The value after the tag, the indented text, or the whole line.
  var value: ArraySlice<UInt8>

  /// A field line with the tag at `tag` of `line` and the value from `valueStart` on.
  init(_ line: ArraySlice<UInt8>, tag: Range<Int>, valueStart: Int) {
    kind = .field(String(decoding: line[tag], as: UTF8.self))
    value = line[min(valueStart, line.endIndex)...]
  }

  /// A continuation line when `line` is indented, else text.
  init(untagged line: ArraySlice<UInt8>) {
    if let first = line.first, first == 0x20 || first == 0x09 {
      kind = .continuation
    } else {
      kind = .text
    }
    value = line
  }

  /// A continuation line whatever its indentation (EndNote's continued fields start at the
  /// margin).
  init(continuing line: ArraySlice<UInt8>) {
    kind = .continuation
    value = line
  }

  /// True when the line holds nothing but white space.
  var isBlank: Bool { value.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

  static func isUpper(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
