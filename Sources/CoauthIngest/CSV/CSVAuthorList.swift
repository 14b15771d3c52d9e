import CoauthModel

/// The authors cell of a table: names separated by `;`, `|` or ` and `, each "Last, First" or
/// "First Last". A cell with neither separator but commas between several multi-word names
/// ("Jane Doe, John Roe") is read as a comma-separated list.
enum CSVAuthorList {
  /// The printed names of `cell` in order, with parts for "Last, First" names.
  static func names(_ cell: String) -> [(printed: String, name: PersonName?)] {
    var parts: [String] = []
    for piece in cell.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
      parts.append(contentsOf: splitOnAnd(String(piece)))
    }
    parts = parts.map(WhitespaceCollapsing.string).filter { !$0.isEmpty }
    if parts.count == 1, let only = parts.first, isCommaSeparatedList(only) {
      parts = only.split(separator: ",").map { WhitespaceCollapsing.string(String($0)) }
        .filter { !$0.isEmpty }
    }
    return parts.map { printed in
      let pieces = printed.split(separator: ",", omittingEmptySubsequences: false)
        .map { WhitespaceCollapsing.string(String($0)) }
      guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else { return (printed, nil) }
      return (printed, LastFirstName.name(last: pieces[0], first: pieces[1]))
    }
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

  /// "Jane Doe, John Roe" (every comma-separated piece has several words, or there are more than
  /// two pieces) rather than "Doe, Jane".
  private static func isCommaSeparatedList(_ text: String) -> Bool {
    let pieces = text.split(separator: ",").map { $0.split(separator: " ").count }
    guard pieces.count >= 2 else { return false }
    return pieces.count > 2 || pieces.allSatisfy { $0 >= 2 }
  }
}
