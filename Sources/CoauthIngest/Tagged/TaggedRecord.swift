/// The fields of one record of a line-tagged export (Web of Science plain text, MEDLINE), in
/// the order they were read, with where the record starts and its last line so far.
struct TaggedRecord {
  /// The line of the record's first line (`PT`, `PMID-`).
  var start: Int
  /// The last line that belonged to the record.
  var end: Int
  var fields: [TaggedField] = []
  /// False while continuation lines belong to a field that the reader does not keep.
  private var continuesLastField = false

  init(start: Int) {
    self.start = start
    end = start
  }

  /// Adds the field `tag` when the reader keeps it (`kept`); its continuation lines go with
  /// it either way.
  mutating func add(_ tag: String, value: ArraySlice<UInt8>, line: Int, kept: Bool) {
    end = line
    continuesLastField = kept
    if kept { fields.append(TaggedField(tag: tag, value: value, line: line)) }
  }

  /// Adds a continuation line to the field before it.
  mutating func `continue`(_ value: ArraySlice<UInt8>, line: Int) {
    end = line
    if continuesLastField, !fields.isEmpty { fields[fields.count - 1].lines.append((value, line)) }
  }

  /// The first field with text of the first of `tags` that has one ("TI", else "BTI").
  func first(_ tags: String...) -> TaggedField? {
    for tag in tags {
      if let field = fields.first(where: { $0.tag == tag && !$0.text.isEmpty }) { return field }
    }
    return nil
  }

  /// The text of `first(tags)`, or nil.
  func text(_ tags: String...) -> String? {
    for tag in tags {
      for field in fields where field.tag == tag {
        let text = field.text
        if !text.isEmpty { return text }
      }
    }
    return nil
  }
}
