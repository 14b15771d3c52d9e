extension TaggedLine {
  /// Classifies a line of an EndNote tagged (Refer) export (`.enw`, without its line end): `%`,
  /// a one-character tag (a capital, a digit or one of `@!#$&()*+^~<>[]`) and a space or the end
  /// of the line, then the value (`%A Doe, Jane`); any other non-blank line continues the field
  /// before it (an abstract over lines); or a blank line (text).
  init(endNote line: ArraySlice<UInt8>) {
    let start = line.startIndex
    if line.count >= 2, line[start] == UInt8(ascii: "%"), Self.isEndNoteTag(line[start + 1]),
      line.count == 2 || line[start + 2] == 0x20
    {
      self.init(line, tag: (start + 1)..<(start + 2), valueStart: start + 3)
    } else if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      self.init(untagged: line)
    } else {
      self.init(continuing: line)
    }
  }

  private static func isEndNoteTag(_ byte: UInt8) -> Bool {
    isUpper(byte) || isDigit(byte) || "@!#$&()*+^~<>[]?".utf8.contains(byte)
  }
}
