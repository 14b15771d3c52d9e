import CoauthModel

/// The authors cell of a table: names separated by `;`, `|` or ` and `, each "Last, First" or
/// "First Last" ("[Anonymous]" and "[No author name available]" are no names). Where commas
/// are the only separator, or a list ends in ` and ` ("Jane Doe, Rick Roe, and Al Zed"),
/// `CommaSeparatedNames` decides whether the pieces are full names or "Family, Given" pairs.
enum CSVAuthorList {
  /// The printed names of `cell` in order, with parts for "Last, First" names, and why the
  /// reading is a guess when it is one.
  static func names(_ cell: String) -> (authors: [(printed: String, name: PersonName?)], doubt: String?) {
    let separated = cell.split(whereSeparator: { $0 == ";" || $0 == "|" })
    var parts: [String] = []
    for piece in separated { parts.append(contentsOf: splitOnAnd(String(piece))) }
    parts = parts.map { withoutTrailingNumber(WhitespaceCollapsing.string($0)) }
      .filter { !$0.isEmpty && !AuthorPlaceholder.isPlaceholder($0) }
    let pieces = parts.map(commaPieces)
    if parts.count == 1, pieces[0].count >= 2 {
      let list = CommaSeparatedNames(pieces[0])
      return (list.authors, list.doubt)
    }
    // "Jane Doe, Rick Roe(,) and Al Zed": names before the last `and`, which has none after it.
    if separated.count == 1, parts.count >= 2, pieces.last!.count == 1,
      pieces.contains(where: { $0.count >= 2 }), CommaSeparatedNames.areFullNames(pieces.flatMap { $0 })
    {
      return (pieces.flatMap { $0 }.map { ($0, nil) }, nil)
    }
    var authors: [(printed: String, name: PersonName?)] = []
    var doubts: [String] = []
    for (printed, pieces) in zip(parts, pieces) {
      switch pieces.count {
      case 1: authors.append((pieces[0], nil))
      case 2:
        let shown = printed.count(where: { $0 == "," }) == 1 ? printed : pieces.joined(separator: ", ")
        authors.append((shown, LastFirstName.name(last: pieces[0], first: pieces[1])))
      default:
        let list = CommaSeparatedNames(pieces)
        authors.append(contentsOf: list.authors)
        if let doubt = list.doubt { doubts.append(doubt) }
      }
    }
    return (authors, doubts.isEmpty ? nil : doubts.joined(separator: "; "))
  }

  /// `name` without a number in parentheses at its end: Scopus writes its author id there
  /// ("Smith, John A. (57190000000)"), which is no part of the name.
  static func withoutTrailingNumber(_ name: String) -> String {
    guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
    let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
    guard !inside.isEmpty, inside.allSatisfy({ $0.isASCII && $0.isNumber }) else { return name }
    return WhitespaceCollapsing.string(String(name[..<open]))
  }

  /// The non-empty comma-separated pieces of `part`, whitespace collapsed.
  private static func commaPieces(_ part: String) -> [String] {
    part.split(separator: ",").map { WhitespaceCollapsing.string(String($0)) }.filter { !$0.isEmpty }
  }

  /// Splits on the word "and" between spaces (any case).
  private static func splitOnAnd(_ text: String) -> [String] {
    var parts: [String] = []
    var current: [Substring] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if word.lowercased() == "and" && !current.isEmpty {
        parts.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(word)
      }
    }
    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
    return parts
  }
}
