/// One publication record as read from an input: the unit of co-authorship.
public struct Publication: Sendable, Hashable {
  /// The record's own key (BibTeX citation key, dblp key, CSL id, RIS ID), or one made from the
  /// file name and the record's number when the source has none. Unique within one run.
  public var id: String
  public var title: String
  public var year: Int?
  /// Journal, booktitle or series as printed.
  public var venue: String
  /// The entry type as the source names it (`inproceedings`, `article`, `JOUR` ...), lowercased.
  public var type: String
  public var authors: [AuthorMention]
  /// The source says the author list is alphabetical (the "(#)" note of CVs), so positions carry
  /// no information about roles.
  public var isAlphabetical: Bool
  /// The printed author list was shortened (`...`, "et al.", `and others`): some authors are unknown.
  public var isTruncated: Bool
  /// Where the record starts.
  public var location: SourceLocation

  public init(
    id: String, title: String = "", year: Int? = nil, venue: String = "", type: String = "",
    authors: [AuthorMention] = [], isAlphabetical: Bool = false, isTruncated: Bool = false,
    location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.year = year
    self.venue = venue
    self.type = type
    self.authors = authors
    self.isAlphabetical = isAlphabetical
    self.isTruncated = isTruncated
    self.location = location
  }
}
