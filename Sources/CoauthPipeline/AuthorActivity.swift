import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// How much and when each author published, indexed by `AuthorIndex`.
public struct AuthorActivity: Sendable, Hashable {
  /// Distinct publications of each author.
  public var papers: [Int32]
  /// Year of the first publication with a known year; nil when none has one.
  public var firstYear: [Int?]
  /// Year of the last publication with a known year; nil when none has one.
  public var lastYear: [Int?]

  /// Tallies `authorships` (which may name an author twice on one publication) against the
  /// years of `publications`.
  /// - Complexity: O(authors + authorships).
  public init(authorCount: Int, authorships: [Authorship], publications: [Publication]) {
    papers = [Int32](repeating: 0, count: authorCount)
    firstYear = [Int?](repeating: nil, count: authorCount)
    lastYear = [Int?](repeating: nil, count: authorCount)
    var lastCountedPublication = [Int32](repeating: -1, count: authorCount)
    for authorship in authorships {
      let author = Int(authorship.author)
      guard lastCountedPublication[author] != authorship.publication else { continue }
      lastCountedPublication[author] = authorship.publication
      papers[author] += 1
      guard let year = publications[Int(authorship.publication)].year else { continue }
      firstYear[author] = min(firstYear[author] ?? year, year)
      lastYear[author] = max(lastYear[author] ?? year, year)
    }
  }
}
