import CoauthModel

/// One publication as mentorship inference sees it: resolved authors in printed order, the year,
/// and what the order of the list can say.
public struct AuthoredPaper: Sendable, Hashable {
  /// Resolved authors in author-list order, without repeats.
  public var authors: [AuthorIndex]
  /// Publication year, when known. Papers without a year are ignored by inference.
  public var year: Int?
  /// The source declares the list alphabetical ("(#) alphabetical ordering"), so first and last
  /// positions say nothing.
  public var isAlphabetical: Bool
  /// The printed list happens to be in order of family names. On its own this may be chance (half
  /// of all two-author lists are); inference treats such a list as alphabetical only where the
  /// authors' papers are in that order far more often than chance (a field that lists authors
  /// alphabetically).
  public var isInFamilyNameOrder: Bool

  public init(
    authors: [AuthorIndex], year: Int?, isAlphabetical: Bool, isInFamilyNameOrder: Bool = false
  ) {
    self.authors = authors
    self.year = year
    self.isAlphabetical = isAlphabetical
    self.isInFamilyNameOrder = isInFamilyNameOrder
  }
}
