/// One line of a MEDLINE export (PubMed's `.nbib` and `pubmed-*.txt`): a field's first line
/// (`AU  - Smith J`: a tag of two to four capitals or digits at the start of the line, padded
/// with spaces to four characters, then `- ` and the value), a continuation line (indented, six
/// spaces in exports: more of the field before), or other text.
struct MEDLINELine {
  enum Kind: Equatable {
    /// A tagged line: `PMID`, `FAU`, `AU`, `AUID` ...
    case field(String)
    /// An indented line.
    case continuation
    /// Anything else, blank lines included.
    case text
  }

  var kind: Kind
  /// The value after `- `, the indented text, or the whole line.
  var value: ArraySlice<UInt8>

  /// Classifies `line` (without its line end). The hyphen may stand right after the tag or
  /// after spaces, up to the fifth column; a space or the end of the line follows it.
  init(_ line: ArraySlice<UInt8>) {
    let start = line.startIndex
    var index = start
    while index < line.endIndex, index - start < 4,
      Self.isUpper(line[index]) || (index > start && Self.isDigit(line[index]))
    {
      index += 1
    }
    let tagEnd = index
    while index < line.endIndex, index - start < 4, line[index] == 0x20 { index += 1 }
    if tagEnd - start >= 2, index < line.endIndex, line[index] == UInt8(ascii: "-"),
      index + 1 == line.endIndex || line[index + 1] == 0x20
    {
      kind = .field(String(decoding: line[start..<tagEnd], as: UTF8.self))
      value = line[min(index + 2, line.endIndex)...]
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
