/// One field of a record of a line-tagged export (Web of Science plain text, MEDLINE): its tag
/// and the lines of its value, the tagged line's first, then each continuation line's, with
/// their line numbers. Values stay bytes until a reader asks for them, so the fields a reader
/// keeps but reads only in part cost no strings.
struct TaggedField {
  var tag: String
  var lines: [(value: ArraySlice<UInt8>, number: Int)]

  init(tag: String, value: ArraySlice<UInt8>, line: Int) {
    self.tag = tag
    lines = [(value, line)]
  }

  /// The line of the tag.
  var line: Int { lines[0].number }

  /// The value's lines joined by one space, white space collapsed: a title over two lines
  /// reads as one.
  var text: String {
    if lines.count == 1 { return WhitespaceCollapsing.string(lines[0].value) }
    var joined: [UInt8] = []
    for line in lines {
      joined.append(contentsOf: line.value)
      joined.append(0x20)
    }
    return WhitespaceCollapsing.string(joined)
  }

  /// Each line as an item, white space collapsed and empty lines left out: list fields hold
  /// one author per line.
  var items: [(text: String, line: Int)] {
    lines.compactMap { line in
      let text = WhitespaceCollapsing.string(line.value)
      return text.isEmpty ? nil : (text, line.number)
    }
  }
}
