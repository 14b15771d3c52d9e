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

  /// Puts the iDs of `cell` on the mentions of `authors` they name (`author(named:in:)`).
  /// Returns the entries whose iD is invalid or that fit no author, or several, for a warning.
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

  /// The index of the one author `name` ("Family, Given") names: the author printed so (case
  /// and spacing aside), else the only one with its family name and given initial, else the
  /// only one whose name has its words split otherwise ("Franco Moreira, Ana Silvia" for
  /// "Moreira, Ana Silvia Franco"), else the only one with its given initial whose family name
  /// begins the entry's, or the other way round, or differs from it by a written-out umlaut
  /// ("Aranda Lastra, Manuel" for "Aranda, Manuel", "Froelicher, Thomas" for "Frolicher, Thomas
  /// L."): researchers' profiles print their names as the papers do not.
  private static func author(named name: String, in authors: [AuthorMention]) -> Int? {
    let folded = name.lowercased()
    if let exact = authors.indices.first(where: { authors[$0].printed.lowercased() == folded }) {
      return exact
    }
    let parts = name.split(separator: ",", maxSplits: 1).map {
      WhitespaceCollapsing.string(String($0)).lowercased()
    }
    guard parts.count == 2, let initial = parts[1].first else { return nil }
    func only(_ fits: (PersonName) -> Bool) -> Int? {
      let fitting = authors.indices.filter { authors[$0].name.map(fits) ?? false }
      return fitting.count == 1 ? fitting[0] : nil
    }
    if let index = only({
      $0.family.lowercased() == parts[0] && $0.given.lowercased().first == initial
    }) {
      return index
    }
    let words = foldedWords(parts[1] + " " + parts[0]).sorted()
    if let index = only({ foldedWords("\($0.given) \($0.particle) \($0.family)").sorted() == words }
    ) {
      return index
    }
    let family = foldedWords(parts[0])
    return only { name in
      name.given.lowercased().first == initial
        && familiesAgree(family, foldedWords("\(name.particle) \(name.family)"))
    }
  }

  /// The words of `text`, each folded as titles are (case and accents aside).
  private static func foldedWords(_ text: String) -> [String] {
    text.split(separator: " ").map { Publication.folded(String($0)) }.filter { !$0.isEmpty }
  }

  /// True when one folded family name begins the other ("aranda lastra", "aranda") or the two
  /// differ by umlauts written out ("froelicher", "frolicher").
  private static func familiesAgree(_ one: [String], _ other: [String]) -> Bool {
    guard !one.isEmpty, !other.isEmpty else { return false }
    if one.starts(with: other) || other.starts(with: one) { return true }
    // "ae", "oe", "ue" as "a", "o", "u": the umlaut written out, as accents are folded.
    func umlautsFolded(_ words: [String]) -> String {
      var result = ""
      for character in words.joined() {
        if character == "e", let last = result.last, "aou".contains(last) { continue }
        result.append(character)
      }
      return result
    }
    return umlautsFolded(one) == umlautsFolded(other)
  }
}
