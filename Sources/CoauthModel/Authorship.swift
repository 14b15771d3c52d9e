/// Dense integer id of a resolved author (person or group), assigned in first-seen order.
/// Indexes every per-author array and is the node id of the co-authorship graph.
public typealias AuthorIndex = Int32

/// The resolved author of one mention: the link from publications to persons.
public struct Authorship: Sendable, Hashable {
  /// Index of the publication in `Corpus.publications`.
  public var publication: Int32
  /// 1-based position in the publication's author list.
  public var position: Int32
  /// The person (or group) the mention was resolved to.
  public var author: AuthorIndex

  public init(publication: Int32, position: Int32, author: AuthorIndex) {
    self.publication = publication
    self.position = position
    self.author = author
  }
}
