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
  /// or a variant matches after normalisation, else those whose normalised name contains it.
  public func matches(_ query: String) -> [AuthorIndex] {
    if let index = authors.ids.firstIndex(of: query) { return [AuthorIndex(index)] }
    let wanted = Self.key(query)
    guard !wanted.isEmpty else { return [] }
    var exact: [AuthorIndex] = []
    var partial: [AuthorIndex] = []
    for index in 0..<authors.count {
      let keys = ([authors.names[index]] + authors.variants[index]).map(Self.key)
      if keys.contains(wanted) {
        exact.append(AuthorIndex(index))
      } else if keys.contains(where: { $0.contains(wanted) }) {
        partial.append(AuthorIndex(index))
      }
    }
    return exact.isEmpty ? partial : exact
  }

  /// The normalised words of a name in sorted order, so that word order does not matter.
  private static func key(_ name: String) -> String {
    NameNormalizer.key(name).split(separator: " ").sorted().joined(separator: " ")
  }
}
