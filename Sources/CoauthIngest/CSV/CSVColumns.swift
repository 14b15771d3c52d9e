/// Which columns of a table hold the fields of a publication.
///
/// Without explicit names, common header names are recognised case-insensitively (first match
/// in the order listed wins).
public struct CSVColumns: Sendable, Hashable {
  /// Header names to use instead of the recognised ones; nil keeps recognition.
  public var title: String?
  public var year: String?
  public var authors: String?
  public var id: String?
  public var venue: String?

  public init(
    title: String? = nil, year: String? = nil, authors: String? = nil, id: String? = nil,
    venue: String? = nil
  ) {
    self.title = title
    self.year = year
    self.authors = authors
    self.id = id
    self.venue = venue
  }

  static let titleNames = ["title", "document title", "article title", "paper title"]
  static let yearNames = [
    "year", "publication year", "pub year", "date", "publication date", "issued", "py",
  ]
  static let authorNames = [
    "authors", "author", "author(s)", "creators", "creator", "author full names", "au",
  ]
  static let idNames = ["id", "key", "pub_id", "citation key", "bibtex key", "doi", "eid"]
  static let venueNames = [
    "venue", "journal", "booktitle", "source title", "publication title", "source",
    "container-title", "conference", "journal/book",
  ]

  /// The column indexes of `header` for each field.
  struct Indexes: Sendable, Hashable {
    var title: Int?
    var year: Int?
    var authors: Int?
    var id: Int?
    var venue: Int?
  }

  /// Finds the columns in a header row.
  func indexes(in header: [String]) -> Indexes {
    let names = header.map { WhitespaceCollapsing.string($0).lowercased() }
    func find(_ override: String?, _ candidates: [String]) -> Int? {
      if let override { return names.firstIndex(of: override.lowercased()) }
      for candidate in candidates {
        if let index = names.firstIndex(of: candidate) { return index }
      }
      return nil
    }
    return Indexes(
      title: find(title, Self.titleNames), year: find(year, Self.yearNames),
      authors: find(authors, Self.authorNames), id: find(id, Self.idNames),
      venue: find(venue, Self.venueNames))
  }
}
