import CoauthModel

extension ResolutionOverrides {
  /// Reads an overrides file: CSV with the header `action,author,value`, one correction per
  /// row (`\n` or `\r\n` line ends), `#` lines and blank lines ignored, fields quoted as in
  /// RFC 4180 when they hold commas.
  ///
  /// ```
  /// action,author,value
  /// merge,Harkirat Behl,Harkirat Singh Behl      # value: another author (or several, |-separated)
  /// split,Wei Wang,papers:acl2020-12|acl2021-7   # the mentions on these papers become a new author
  /// split,Wei Wang,years:2015-2019               # ... on papers of these years
  /// split,Wei Wang,coauthor:Jiawei Han           # ... on papers with this co-author
  /// name,harkirat-singh-behl,Harkirat S. Behl    # display name
  /// id,Harkirat Singh Behl,behl                  # author_id
  /// ```
  ///
  /// A row that cannot be read is reported (file, line, what was expected) and skipped.
  public init(csv text: String, path: String, diagnostics: DiagnosticHandler) {
    self.init()
    var sawHeader = false
    // Split at any line end: in a Swift string "\r\n" is one character, never equal to "\n".
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (index, rawLine) in lines.enumerated() {
      let location = SourceLocation(path: path, line: index + 1)
      var line = Substring(rawLine)
      if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      let trimmed = String(line).trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let fields = Self.fields(of: line) else {
        diagnostics(
          Diagnostic(
            .warning, "overrides.bad-row", "expected a closing quote in this row; row skipped",
            at: location, skippedRecords: 1))
        continue
      }
      if !sawHeader {
        sawHeader = true
        if fields.map({ $0.lowercased() }) == ["action", "author", "value"] { continue }
      }
      guard fields.count == 3 else {
        diagnostics(
          Diagnostic(
            .warning, "overrides.bad-row",
            "expected three fields 'action,author,value', found \(fields.count); row skipped",
            at: location, skippedRecords: 1))
        continue
      }
      if let empty = fields.indices.dropFirst().first(where: { fields[$0].isEmpty }) {
        diagnostics(
          Diagnostic(
            .warning, "overrides.bad-row",
            "expected \(empty == 1 ? "an author" : "a value") in field \(empty + 1) of "
              + "'action,author,value', found nothing; row skipped",
            at: location, skippedRecords: 1))
        continue
      }
      let (action, author, value) = (fields[0].lowercased(), fields[1], fields[2])
      switch action {
      case "merge":
        let others = value.split(separator: "|").map { String($0).trimmingSpaces() }
          .filter { !$0.isEmpty }
        merges.append(Merge(authors: [author] + others, location: location))
      case "split":
        guard let selector = Self.selector(value) else {
          diagnostics(
            Diagnostic(
              .warning, "overrides.bad-row",
              "expected 'papers:ID|ID', 'years:FROM-TO' or 'coauthor:NAME', found '\(value)'; row skipped",
              at: location, skippedRecords: 1))
          continue
        }
        splits.append(Split(author: author, selector: selector, location: location))
      case "name", "id":
        pins.append(
          Pin(author: author, field: action == "name" ? .name : .id, value: value, location: location))
      default:
        diagnostics(
          Diagnostic(
            .warning, "overrides.bad-row",
            "expected the action merge, split, name or id, found '\(fields[0])'; row skipped",
            at: location, skippedRecords: 1))
      }
    }
  }

  /// The split selector written as `papers:...`, `years:...` or `coauthor:...`.
  private static func selector(_ text: String) -> Selector? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let kind = String(text[..<colon]).trimmingSpaces().lowercased()
    let rest = String(text[text.index(after: colon)...]).trimmingSpaces()
    guard !rest.isEmpty else { return nil }
    switch kind {
    case "papers", "paper":
      return .publications(Set(rest.split(separator: "|").map { String($0).trimmingSpaces() }))
    case "years", "year":
      let bounds = rest.split(separator: "-", maxSplits: 1).map { Int(String($0).trimmingSpaces()) }
      guard let low = bounds.first ?? nil else { return nil }
      let high = bounds.count > 1 ? bounds[1] : low
      guard let high, low <= high else { return nil }
      return .years(low...high)
    case "coauthor":
      return .coauthor(rest)
    default:
      return nil
    }
  }

  /// The fields of one CSV row, trimmed, or nil when a quote is not closed. A `#` outside
  /// quotes starts a comment.
  static func fields(of line: Substring) -> [String]? {
    var fields: [String] = []
    var current = ""
    var inQuotes = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      index = line.index(after: index)
      if inQuotes {
        if character == "\"" {
          if index < line.endIndex, line[index] == "\"" {
            current.append("\"")
            index = line.index(after: index)
          } else {
            inQuotes = false
          }
        } else {
          current.append(character)
        }
      } else if character == "\"" {
        inQuotes = true
      } else if character == "," {
        fields.append(current.trimmingSpaces())
        current = ""
      } else if character == "#" {
        break
      } else {
        current.append(character)
      }
    }
    if inQuotes { return nil }
    fields.append(current.trimmingSpaces())
    return fields
  }
}
