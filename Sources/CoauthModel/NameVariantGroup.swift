/// Names that a source declares to be one person: the `<author>` list of a dblp `<www>` person
/// record ("Wei Wang 0001", "W. Wang 0001"), which names variants of one person, not co-authors.
/// Resolution joins the mentions printed with any of these names (and the same identifiers).
public struct NameVariantGroup: Sendable, Hashable {
  /// The record's own key (`homepages/12/345`).
  public var id: String
  /// The variants, as mentions would print them (homonym number and identifiers split off).
  public var names: [AuthorMention]
  /// Where the record starts.
  public var location: SourceLocation

  public init(id: String, names: [AuthorMention], location: SourceLocation) {
    self.id = id
    self.names = names
    self.location = location
  }
}
