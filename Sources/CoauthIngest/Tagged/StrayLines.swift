import CoauthModel

/// Lines of a line-tagged export (Web of Science plain text, MEDLINE) that fit where they
/// stand in no record, reported once per stretch: text between records or inside one
/// (`<format>.stray-text`, ignored), and fields outside any record, which are a record that
/// lost its first line (`<format>.missing-<tag>`, skipped and counted as a skipped record).
struct StrayLines {
  /// `wos`, `medline`: the start of the codes.
  let format: String
  /// The tag that starts a record (`PT`, `PMID`), for the codes, and how its line is written
  /// (`PT `, `PMID- `), for the messages.
  let startTag: String
  let startLine: String
  /// How a field's line is written (`AU value`, `AU  - value`), for the messages.
  let fieldLine: String

  private var first: (text: String, number: Int, insideRecordAt: Int?)?
  private var last = 0
  private var holdsFields = false

  init(format: String, startTag: String, startLine: String, fieldLine: String) {
    self.format = format
    self.startTag = startTag
    self.startLine = startLine
    self.fieldLine = fieldLine
  }

  /// True when the stretch so far holds a field line.
  var isRecordWithoutStart: Bool { first != nil && holdsFields }

  /// Adds `line` (number `number`) to the stretch: a field line (`isField`), or other text;
  /// `insideRecordAt` is the start of the open record it stands in, if any. The first field
  /// after other text between records starts a stretch of its own, so that text and the
  /// record without its first line are reported apart.
  mutating func add(
    _ line: ArraySlice<UInt8>, number: Int, isField: Bool, insideRecordAt: Int? = nil,
    _ input: InputSource, _ diagnostics: DiagnosticHandler
  ) {
    if isField, !holdsFields, first != nil { flush(input, diagnostics) }
    if first == nil {
      first = (WhitespaceCollapsing.string(line.prefix(160)), number, insideRecordAt)
    }
    last = number
    holdsFields = holdsFields || isField
  }

  /// Reports the stretch, if any, and starts a new one.
  mutating func flush(_ input: InputSource, _ diagnostics: DiagnosticHandler) {
    guard let first else { return }
    let lines = first.number == last ? "line \(first.number)" : "lines \(first.number)-\(last)"
    let found = "found '\(first.text.prefix(40))'"
    if let recordStart = first.insideRecordAt {
      diagnostics(
        Diagnostic(
          .warning, "\(format).stray-text",
          "expected a field ('\(fieldLine)') or an indented continuation line in the record that "
            + "starts at line \(recordStart), \(found); ignoring \(lines)",
          at: input.location(line: first.number)))
    } else if holdsFields {
      diagnostics(
        Diagnostic(
          .warning, "\(format).missing-\(startTag.lowercased())",
          "expected '\(startLine)' starting a record, \(found) (a record without its "
            + "'\(startTag)' line); skipping \(lines)",
          at: input.location(line: first.number), skippedRecords: 1))
    } else {
      diagnostics(
        Diagnostic(
          .warning, "\(format).stray-text",
          "expected '\(startLine)' starting a record, \(found); ignoring \(lines)",
          at: input.location(line: first.number)))
    }
    self.first = nil
    holdsFields = false
  }
}
