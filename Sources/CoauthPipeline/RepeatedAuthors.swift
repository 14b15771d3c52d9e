import CoauthModel
import CoauthNames

/// Publications on which one author stands twice or more: a record that repeats a name
/// ("Alice Adams and Alice Adams"), or two people printed alike ("Bing Liu" and "Bing Liu") that
/// resolution joined. The graph counts each author once per paper; `publications.csv` keeps the
/// printed count.
public struct RepeatedAuthors: Sendable, Hashable {
  /// The number of distinct authors of each publication, in corpus order.
  public var distinctAuthorCounts: [Int]
  /// The publications that have one author twice or more, in corpus order.
  public var publications: [Int]

  public init(_ resolution: Resolution, publicationCount: Int) {
    distinctAuthorCounts = Array(repeating: 0, count: publicationCount)
    publications = []
    // The publication each author was last seen on.
    var lastSeen = [Int32](repeating: -1, count: resolution.authors.count)
    for authorship in resolution.authorships {
      let publication = Int(authorship.publication)
      guard publication < publicationCount else { continue }
      if lastSeen[Int(authorship.author)] == authorship.publication {
        if publications.last != publication { publications.append(publication) }
      } else {
        lastSeen[Int(authorship.author)] = authorship.publication
        distinctAuthorCounts[publication] += 1
      }
    }
  }
}
