import CoauthModel

/// Reads declared advising relations from a CSV table, as exported from genealogy sources
/// (Mathematics Genealogy Project, Wikidata P184 "doctoral advisor", OpenReview relations):
///
/// ```
/// mentor,mentee,years,source
/// Mary Senior,Alice Student,2010-2016,MGP
/// ```
///
/// The header names the columns, in any order and case: `mentor` (or `advisor`) and `mentee`
/// (or `student`, `advisee`) are required; `years` ("2010-2016", "2010–", "2012"), or
/// `start_year` and `end_year`, and `source` are optional; other columns are ignored. Fields
/// follow RFC 4180 (quotes, doubled quotes, commas inside quotes); a tab-separated file works too.
/// A row without both names, or with years that are not years, is reported
/// (`relations.bad-row`) and skipped.
public enum RelationsCSVReader {
  /// The relations of `source`.
  ///
  /// - Throws: `IngestError.malformed` when the header has no mentor or mentee column.
  public static func read(_ source: InputSource, diagnostics: DiagnosticHandler)
    throws(IngestError) -> [DeclaredRelation]
  {
    let text = String(decoding: source.bytes, as: UTF8.self)
    let rows = CSVRows.parse(text)
    guard let header = rows.first else {
      throw .malformed(path: source.label, line: 1, expected: "a header row: mentor,mentee,years,source")
    }
    let separatorIsTab = header.fields.count == 1 && header.fields[0].contains("\t")
    let columns = (separatorIsTab ? CSVRows.parse(text, separator: "\t") : rows)
    let names = columns[0].fields.map { $0.trimmingWhitespace().lowercased() }
    func column(_ wanted: String...) -> Int? { names.firstIndex { wanted.contains($0) } }
    guard let mentorColumn = column("mentor", "advisor", "adviser", "supervisor"),
      let menteeColumn = column("mentee", "student", "advisee", "supervisee")
    else {
      throw .malformed(
        path: source.label, line: columns[0].line,
        expected: "a header with mentor and mentee columns (mentor,mentee,years,source)")
    }
    let yearsColumn = column("years", "period")
    let startColumn = column("start_year", "start", "from")
    let endColumn = column("end_year", "end", "to")
    let sourceColumn = column("source")
    var relations: [DeclaredRelation] = []
    for row in columns.dropFirst() where !row.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
      func field(_ index: Int?) -> String {
        guard let index, index < row.fields.count else { return "" }
        return row.fields[index].trimmingWhitespace()
      }
      let location = source.location(line: row.line)
      let mentor = field(mentorColumn), mentee = field(menteeColumn)
      guard !mentor.isEmpty, !mentee.isEmpty else {
        diagnostics(
          Diagnostic(
            .warning, "relations.bad-row", "expected a mentor and a mentee name; row skipped",
            at: location))
        continue
      }
      var start: Int?, end: Int?
      var problem: String?
      if mentor.lowercased() == mentee.lowercased() {
        problem = "expected two different people, found '\(mentor)' as mentor and mentee"
      }
      let years = field(yearsColumn)
      if problem == nil, !years.isEmpty {
        if let range = yearRange(years) {
          (start, end) = range
        } else {
          problem = "expected years such as 2010-2016 or 2012, found '\(years)'"
        }
      }
      for (column, isStart) in [(startColumn, true), (endColumn, false)]
      where problem == nil && !field(column).isEmpty {
        guard let year = Int(field(column)), (1000...2999).contains(year) else {
          problem = "expected a year, found '\(field(column))'"
          continue
        }
        if isStart { start = year } else { end = year }
      }
      if let problem {
        diagnostics(
          Diagnostic(.warning, "relations.bad-row", problem + "; row skipped", at: location))
        continue
      }
      relations.append(
        DeclaredRelation(
          mentor: mentor, mentee: mentee, startYear: start, endYear: end, location: location,
          source: field(sourceColumn)))
    }
    return relations
  }

  /// "2010-2016", "2010–2016", "2010-" (no end), "2012" (2012 to 2012): start and end; nil when
  /// not years.
  static func yearRange(_ text: String) -> (Int?, Int?)? {
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { "-–—/".contains($0) }
    ).map { $0.trimmingWhitespace() }
    guard (1...2).contains(parts.count) else { return nil }
    func year(_ part: String) -> Int?? {
      if part.isEmpty || ["present", "now", "today"].contains(part.lowercased()) { return .some(nil) }
      guard let value = Int(part), (1000...2999).contains(value) else { return nil }
      return .some(value)
    }
    guard let start = year(parts[0]), start != nil else { return nil }
    // A single year is that year; "2012-" is open-ended.
    guard parts.count == 2 else { return (start, start) }
    guard let end = year(parts[1]) else { return nil }
    if let start, let end, end < start { return nil }
    return (start, end)
  }
}

/// Rows of a delimited text (RFC 4180 quoting), with the line each row starts on.
enum CSVRows {
  struct Row {
    var fields: [String]
    var line: Int
  }

  static func parse(_ text: String, separator: Character = ",") -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var line = 1, rowLine = 1
    var iterator = text.makeIterator()
    var pending: Character? = nil
    func next() -> Character? {
      if let p = pending {
        pending = nil
        return p
      }
      return iterator.next()
    }
    while let character = next() {
      if inQuotes {
        if character == "\"" {
          if let following = next() {
            if following == "\"" { field.append("\"") } else {
              inQuotes = false
              pending = following
            }
          } else {
            inQuotes = false
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where field.isEmpty:
        inQuotes = true
      case separator:
        fields.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        fields.append(field)
        rows.append(Row(fields: fields, line: rowLine))
        fields = []
        field = ""
        line += 1
        rowLine = line
      default:
        field.append(character)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      rows.append(Row(fields: fields, line: rowLine))
    }
    return rows
  }
}
