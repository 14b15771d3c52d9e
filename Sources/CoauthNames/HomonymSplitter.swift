import CoauthModel

/// A strategy that separates people who print the same name: one author after name resolution
/// whose co-author neighbourhoods, venues and years do not meet. The resolver calls it once per
/// person author with at least `minimumMentions` mentions, after all merges.
public protocol HomonymSplitter: Sendable {
  /// Authors with fewer mentions are never offered for splitting.
  var minimumMentions: Int { get }

  /// One label per mention of `candidate` (same order); mentions with equal labels stay one
  /// person. Nil (or a single label) keeps the author whole.
  func split(_ candidate: HomonymCandidate) -> [Int]?
}

/// One resolved author offered to a `HomonymSplitter`.
public struct HomonymCandidate: Sendable {
  /// One mention of the author with the context a splitter compares.
  public struct Mention: Sendable, Hashable {
    /// Index into `Corpus.publications`.
    public var publication: Int32
    public var year: Int?
    public var venue: String
    /// Other authors of the publication, as resolver-internal cluster numbers: equal numbers
    /// are the same co-author.
    public var coauthors: [Int32]
  }

  /// The author's display name.
  public var name: String
  /// The mentions, in corpus order.
  public var mentions: [Mention]
}
