extension TaggedLine {
  /// Classifies a line of a Web of Science plain-text export (without its line end): a
  /// two-character tag at the start of the line (a capital letter followed by a capital letter
  /// or a digit: `AU`, `J9`, `C1`), then a space and the value, or the tag alone (`ER`); an
  /// indented continuation line (three spaces in exports); or other text. A tab after `PT` is
  /// the tab-delimited export, a table, not this format; RIS and MEDLINE tag lines
  /// (`PT  - Journal Article`, `AU  - Smith J`) are not WoS fields, even read as WoS.
  init(webOfScience line: ArraySlice<UInt8>) {
    let start = line.startIndex
    let isDashedTag =
      line.count >= 5 && line[start + 2] == 0x20 && line[start + 3] == 0x20
      && line[start + 4] == UInt8(ascii: "-")
    if line.count >= 2, Self.isUpper(line[start]),
      Self.isUpper(line[start + 1]) || Self.isDigit(line[start + 1]),
      line.count == 2 || line[start + 2] == 0x20, !isDashedTag
    {
      self.init(line, tag: start..<(start + 2), valueStart: start + 3)
    } else {
      self.init(untagged: line)
    }
  }
}
