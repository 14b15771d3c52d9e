import CoauthModel

/// One publication as mentorship inference sees it: resolved authors in printed order, the year,
/// and whether the order carries meaning.
public struct AuthoredPaper: Sendable, Hashable {
  /// Resolved authors in author-list order, without repeats.
  public var authors: [AuthorIndex]
  /// Publication year, when known. Papers without a year are ignored by inference.
  public var year: Int?
  /// The list is alphabetical (declared, or detected), so first/last positions say nothing.
  public var isAlphabetical: Bool

  public init(authors: [AuthorIndex], year: Int?, isAlphabetical: Bool) {
    self.authors = authors
    self.year = year
    self.isAlphabetical = isAlphabetical
  }
}
