import CoauthModel

/// The result of author resolution: who is who.
public struct Resolution: Sendable {
  /// The resolved authors, indexed by `AuthorIndex` in first-seen order.
  public var authors: AuthorTable
  /// One per mention, in corpus order (publication order, then position); `author` indexes
  /// `authors`.
  public var authorships: [Authorship]
  /// The evidence behind the merges and splits, for `coauth names`.
  public var decisions: ResolutionDecisions

  public init(authors: AuthorTable, authorships: [Authorship], decisions: ResolutionDecisions) {
    self.authors = authors
    self.authorships = authorships
    self.decisions = decisions
  }
}
