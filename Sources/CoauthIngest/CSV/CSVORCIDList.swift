import CoauthModel

/// The ORCID column of a table, as Web of Science exports it (`OI`): `Family, Given/ORCID`
/// entries separated by `;`, in no particular order and not for every author. Each iD goes to
/// the one author of the row whose name it names.
enum CSVORCIDList {
  /// An entry left out, and why ("its check digit does not match: ...").
  struct Unplaced: Equatable {
    var entry: String
    var reason: String
  }

  /// The warning `code` for the entries `unplaced` left out of the iDs of a `unit` ("row",
  /// "record") at `location`.
  static func warning(
    _ code: String, _ unplaced: [Unplaced], unit: String, at location: SourceLocation
  ) -> Diagnostic {
    Diagnostic(
      .warning, code,
      "expected 'Family, Given/ORCID iD' naming one author of the \(unit), found "
        + unplaced.map { "'\($0.entry)' (\($0.reason))" }.joined(separator: ", ") + "; left out",
      at: location)
  }

  /// Puts the iDs of `cell` on the mentions of `authors` they name: the author whose printed
  /// name is the entry's name (case and spacing aside), else the only author with its family
  /// name and given initial. Returns the entries whose iD is invalid or that fit no author, or
  /// several, for a warning.
  static func assign(_ cell: String, to authors: inout [AuthorMention]) -> [Unplaced] {
    var unplaced: [Unplaced] = []
    for entry in cell.split(separator: ";") {
      let text = WhitespaceCollapsing.string(String(entry))
      guard !text.isEmpty else { continue }
      guard let slash = text.lastIndex(of: "/") else {
        unplaced.append(Unplaced(entry: text, reason: "no '/' before an iD"))
        continue
      }
      let orcid: String
      switch AuthorIdentifiers.checkedORCID(String(text[text.index(after: slash)...])) {
      case .success(let checked): orcid = checked
      case .failure(let problem):
        unplaced.append(Unplaced(entry: text, reason: problem.description))
        continue
      }
      let name = WhitespaceCollapsing.string(String(text[..<slash]))
      guard let index = author(named: name, in: authors) else {
        unplaced.append(Unplaced(entry: text, reason: "names no one author of the row"))
        continue
      }
      authors[index].identifiers.orcid = orcid
    }
    return unplaced
  }

  /// The index of the one author `name` ("Family, Given") names.
  private static func author(named name: String, in authors: [AuthorMention]) -> Int? {
    let folded = name.lowercased()
    if let exact = authors.indices.first(where: { authors[$0].printed.lowercased() == folded }) {
      return exact
    }
    let parts = name.split(separator: ",", maxSplits: 1).map {
      WhitespaceCollapsing.string(String($0)).lowercased()
    }
    guard parts.count == 2, let initial = parts[1].first else { return nil }
    let fitting = authors.indices.filter { index in
      guard let parsed = authors[index].name else { return false }
      return parsed.family.lowercased() == parts[0] && parsed.given.lowercased().first == initial
    }
    return fitting.count == 1 ? fitting[0] : nil
  }
}
