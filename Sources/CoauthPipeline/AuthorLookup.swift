import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// Finds authors by what a user types: an author id, a display name or any printed variant,
/// compared after name normalisation and regardless of word order ("muller, thomas" finds
/// "Thomas Müller"), with umlauts written out or not ("Mueller" finds "Müller") and initials for
/// given names ("T. Muller" finds "Thomas Müller").
public struct AuthorLookup: Sendable {
  private let authors: AuthorTable

  public init(_ authors: AuthorTable) {
    self.authors = authors
  }

  /// The authors `query` names: an exact id match first, else every author whose display name
  /// or a variant matches after normalisation, else those whose normalised name contains it, all
  /// its words ("Pawan Kumar" finds "M. Pawan Kumar"), or its words with its initials standing
  /// for words of the name ("C. Manning" finds "Christopher D. Manning").
  public func matches(_ query: String) -> [AuthorIndex] {
    if let index = authors.ids.firstIndex(of: query) { return [AuthorIndex(index)] }
    let wanted = Self.keys(query)
    guard !wanted.isEmpty else { return [] }
    let wantedWords = wanted.map { $0.split(separator: " ") }
    var exact: [AuthorIndex] = []
    var partial: [AuthorIndex] = []
    for index in 0..<authors.count {
      let keys = ([authors.names[index]] + authors.variants[index]).flatMap(Self.keys)
      if keys.contains(where: wanted.contains) {
        exact.append(AuthorIndex(index))
      } else if keys.contains(where: { key in
        let words = key.split(separator: " ")
        return wanted.contains(where: key.contains)
          || wantedWords.contains { Self.containsWords($0, in: words) }
      }) {
        partial.append(AuthorIndex(index))
      }
    }
    return exact.isEmpty ? partial : exact
  }

  /// True when every word of `words` occurs in `key`, repeats counted, and a one-letter word
  /// that does not may stand for another word of `key` that it begins (an initial).
  private static func containsWords(_ words: [Substring], in key: [Substring]) -> Bool {
    var unmatched = key
    var initials: [Character] = []
    for word in words {
      if let found = unmatched.firstIndex(of: word) {
        unmatched.remove(at: found)
      } else if word.count == 1, let initial = word.first {
        initials.append(initial)
      } else {
        return false
      }
    }
    for initial in initials {
      guard let found = unmatched.firstIndex(where: { $0.first == initial }) else { return false }
      unmatched.remove(at: found)
    }
    return true
  }

  /// The comparison keys of a name: its normalised words in sorted order, so that word order does
  /// not matter, and the same with German umlauts written out when it has any.
  private static func keys(_ name: String) -> [String] {
    let key = NameNormalizer.key(name).split(separator: " ").sorted().joined(separator: " ")
    guard !key.isEmpty else { return [] }
    guard let expanded = NameNormalizer.expandingUmlauts(name) else { return [key] }
    return [key, NameNormalizer.key(expanded).split(separator: " ").sorted().joined(separator: " ")]
  }
}
