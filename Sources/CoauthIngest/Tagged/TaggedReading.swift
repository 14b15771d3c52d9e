import CoauthModel

/// The record being read from a line-tagged export (Web of Science plain text, MEDLINE) and the
/// stray lines around it: what both readers do alike with a field, a continuation line and
/// other text. Each reader starts and ends records in its own way.
struct TaggedReading {
  var record: TaggedRecord?
  var stray: StrayLines

  /// A field line of `tag` (`raw` is the line, number `number`): added to the open record
  /// (its text kept when `kept`), else stray, as part of a record that lost its first line.
  mutating func field(
    _ tag: String, _ line: TaggedLine, raw: ArraySlice<UInt8>, number: Int, kept: Bool,
    _ input: InputSource, _ diagnostics: DiagnosticHandler
  ) {
    if record != nil {
      stray.flush(input, diagnostics)
      record?.add(tag, value: line.value, line: number, kept: kept)
    } else {
      stray.add(raw, number: number, isField: true, input, diagnostics)
    }
  }

  /// An indented line: more of the open record's last field, else stray.
  mutating func continuation(
    _ line: TaggedLine, raw: ArraySlice<UInt8>, number: Int, _ input: InputSource,
    _ diagnostics: DiagnosticHandler
  ) {
    if record != nil {
      stray.flush(input, diagnostics)
      record?.continue(line.value, line: number)
    } else {
      stray.add(raw, number: number, isField: false, input, diagnostics)
    }
  }

  /// Other text: stray, inside the open record if there is one (whose end then moves to it
  /// when `extendsRecord`).
  mutating func text(
    raw: ArraySlice<UInt8>, number: Int, extendsRecord: Bool, _ input: InputSource,
    _ diagnostics: DiagnosticHandler
  ) {
    if let open = record {
      if extendsRecord { record?.end = number }
      stray.add(
        raw, number: number, isField: false, insideRecordAt: open.start, input, diagnostics)
    } else {
      stray.add(raw, number: number, isField: false, input, diagnostics)
    }
  }
}
