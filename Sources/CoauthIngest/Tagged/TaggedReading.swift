import CoauthModel

/// The record being read from a line-tagged export (Web of Science plain text, MEDLINE) and the
/// stray lines around it: what both readers do alike with a field, a continuation line and
/// other text. Each reader starts and ends records in its own way.
struct TaggedReading {
  var record: TaggedRecord?
  var stray: StrayLines

  /// Starts a record at the line `number`, its first field `line` of `tag` (`PT`, `PMID`); the
  /// record open before must have been taken (`take`).
  mutating func start(
    _ tag: String, _ line: TaggedLine, number: Int, _ input: InputSource,
    _ diagnostics: DiagnosticHandler
  ) {
    stray.flush(input, diagnostics)
    record = TaggedRecord(start: number)
    record?.add(tag, value: line.value, line: number, kept: true)
  }

  /// The open record, now closed, after the stray lines before its end are reported; nil when
  /// none is open.
  mutating func take(_ input: InputSource, _ diagnostics: DiagnosticHandler) -> TaggedRecord? {
    guard let open = record else { return nil }
    stray.flush(input, diagnostics)
    record = nil
    return open
  }

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

  /// Ends the reading: reports the stray lines left, and `<format>.no-records` at line 1 when
  /// `text` held more than white space but gave no record (`expected` says what records look
  /// like: "Web of Science records ('PT J' ... 'ER')").
  mutating func finish(
    _ corpus: Corpus, of text: [UInt8], expected: String, _ input: InputSource,
    _ diagnostics: DiagnosticHandler
  ) {
    stray.flush(input, diagnostics)
    guard corpus.publications.isEmpty, text.contains(where: { $0 > 0x20 }) else { return }
    diagnostics(
      Diagnostic(
        .warning, "\(stray.format).no-records", "expected \(expected), found none",
        at: input.location(line: 1)))
  }
}
