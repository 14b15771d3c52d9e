import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// Finds authors by what a user types: an author id, a display name or any printed variant,
/// compared after name normalisation and regardless of word order ("muller, thomas" finds
/// "Thomas Müller").
public struct AuthorLookup: Sendable {
  private let authors: AuthorTable

  public init(_ authors: AuthorTable) {
    self.authors = authors
  }

  /// The authors `query` names: an exact id match first, else every author whose display name
  /// or a variant matches after normalisation, else those whose normalised name contains it or
  /// all its words ("Pawan Kumar" finds "M. Pawan Kumar").
  public func matches(_ query: String) -> [AuthorIndex] {
    if let index = authors.ids.firstIndex(of: query) { return [AuthorIndex(index)] }
    let wanted = Self.key(query)
    guard !wanted.isEmpty else { return [] }
    let wantedWords = wanted.split(separator: " ")
    var exact: [AuthorIndex] = []
    var partial: [AuthorIndex] = []
    for index in 0..<authors.count {
      let keys = ([authors.names[index]] + authors.variants[index]).map(Self.key)
      if keys.contains(wanted) {
        exact.append(AuthorIndex(index))
      } else if keys.contains(where: { key in
        key.contains(wanted) || Self.containsWords(wantedWords, in: key.split(separator: " "))
      }) {
        partial.append(AuthorIndex(index))
      }
    }
    return exact.isEmpty ? partial : exact
  }

  /// True when every word of `words` (sorted) occurs in `key` (sorted), repeats counted.
  private static func containsWords(_ words: [Substring], in key: [Substring]) -> Bool {
    var index = key.startIndex
    for word in words {
      while index < key.endIndex, key[index] < word { index += 1 }
      guard index < key.endIndex, key[index] == word else { return false }
      index += 1
    }
    return true
  }

  /// The normalised words of a name in sorted order, so that word order does not matter.
  private static func key(_ name: String) -> String {
    NameNormalizer.key(name).split(separator: " ").sorted().joined(separator: " ")
  }
}
