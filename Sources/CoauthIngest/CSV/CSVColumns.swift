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
  public var doi: String?

  public init(
    title: String? = nil, year: String? = nil, authors: String? = nil, id: String? = nil,
    venue: String? = nil, doi: String? = nil
  ) {
    self.title = title
    self.year = year
    self.authors = authors
    self.id = id
    self.venue = venue
    self.doi = doi
  }

  // Candidates in order of preference. Full names come before abbreviated ones: Scopus exports
  // "Authors" (Smith J.A.) beside "Author full names" (Smith, John A. (id)), Web of Science's
  // tab-delimited files AU (Smith, JA) beside AF (Smith, John A.), with TI, SO, PY, DI and UT.
  // OpenAlex's CSV export names its columns by their JSON paths ("publication_year",
  // "authorships.author.display_name" with names separated by `|`).
  static let titleNames = ["title", "document title", "article title", "paper title", "ti"]
  static let yearNames = [
    "year", "publication year", "publication_year", "pub year", "pubyear", "date",
    "publication date", "issued", "py",
  ]
  /// The dates a row without a year falls back to, as the plain-text reader reads them: Web of
  /// Science's early access date ("OCT 2021", of a paper not yet in an issue) and its
  /// publication date.
  static let yearFallbackNames = ["early access date", "ea", "pd"]
  static let authorNames = [
    "author full names", "af", "authors", "author", "author(s)", "creators", "creator",
    "authorships.author.display_name", "au",
  ]
  /// By preference: the database's own record id (Scopus EID, Web of Science UT, Dimensions'
  /// Publication ID, PubMed PMID)
  /// before the DOI, which papers of one volume may share and which the DOI check compares
  /// anyway (`doiNames`).
  static let idNames = [
    "id", "key", "pub_id", "citation key", "bibtex key", "eid", "ut", "publication id", "pmid",
    "doi", "di",
  ]
  static let orcidNames = ["orcid", "orcids", "orcid ids", "oi"]
  static let doiNames = ["doi", "di"]
  /// Group authors ("Human Genome Consortium"), as Web of Science's tab-delimited files have
  /// them beside the names.
  static let groupAuthorNames = ["group authors", "ca"]
  /// "publication" last: Google Scholar's CSV export names its venue column so.
  static let venueNames = [
    "venue", "journal", "booktitle", "source title", "publication title", "source",
    "container-title", "conference", "journal/book", "so", "primary_location.source.display_name",
    "publication",
  ]
  /// The publisher, the venue of a row whose venue cell is empty (a book in Google Scholar's
  /// export, whose "Publication" is empty), as BibTeX's and RIS's venue falls back to it.
  static let publisherNames = ["publisher"]

  /// True when `header` is the header of PubMed's "Save > CSV" export (PMID, Title, Authors,
  /// Citation, First Author, Journal/Book, ...), whose titles are printed as PubMed prints them
  /// (`PubMedTitle`).
  static func isPubMedExport(_ header: [String]) -> Bool {
    let names = Set(header.map { WhitespaceCollapsing.string($0).lowercased() })
    return names.isSuperset(of: ["pmid", "citation", "journal/book"])
  }

  /// The column indexes of `header` for each field.
  struct Indexes: Sendable, Hashable {
    var title: Int?
    var year: Int?
    /// Columns whose first year a row without one in `year` takes, by preference.
    var yearFallbacks: [Int]
    /// Every authors column, by preference (full names first): a row takes the first that is
    /// not empty, as a Scopus row whose "Author full names" is empty still has its "Authors".
    var authors: [Int]
    /// Every id column, by preference: a row takes the first that is not empty (a table with
    /// only a DOI column takes it, else `<file stem>-<n>` for a row without one).
    var ids: [Int]
    var venue: Int?
    /// The publisher, for rows without a venue.
    var publisher: Int?
    /// ORCID iDs of some authors (`CSVORCIDList`).
    var orcids: Int?
    /// The DOI, also when another column gives the id.
    var doi: Int?
    /// Group authors, `;`-separated, after the names (`WoSGroupAuthors`).
    var groupAuthors: Int?
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
    func findAll(_ override: String?, _ candidates: [String]) -> [Int] {
      override.map { [names.firstIndex(of: $0.lowercased())].compactMap { $0 } }
        ?? candidates.compactMap { names.firstIndex(of: $0) }
    }
    return Indexes(
      title: find(title, Self.titleNames), year: find(year, Self.yearNames),
      yearFallbacks: findAll(nil, Self.yearFallbackNames),
      authors: findAll(authors, Self.authorNames), ids: findAll(id, Self.idNames),
      venue: find(venue, Self.venueNames), publisher: find(nil, Self.publisherNames),
      orcids: find(nil, Self.orcidNames), doi: find(doi, Self.doiNames),
      groupAuthors: find(nil, Self.groupAuthorNames))
  }
}
