extension TaggedLine {
  /// Classifies a line of a MEDLINE export (PubMed's `.nbib` and `pubmed-*.txt`, without its
  /// line end): a tag of two to four capitals or digits at the start of the line, padded with
  /// spaces, then `- ` and the value (`AU  - Smith J`; the hyphen may stand right after the tag
  /// or after spaces, up to the fifth column, and a space or the end of the line follows it);
  /// an indented continuation line (six spaces in exports); or other text.
  init(medline line: ArraySlice<UInt8>) {
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
      self.init(line, tag: start..<tagEnd, valueStart: index + 2)
    } else {
      self.init(untagged: line)
    }
  }
}
