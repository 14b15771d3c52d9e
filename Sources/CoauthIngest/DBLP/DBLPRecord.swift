/// One record element of a DBLP document (`<article key="...">...</article>`) as the scanner
/// read it: text with entities decoded, inline markup flattened and whitespace collapsed.
struct DBLPRecord: Sendable, Hashable {
  /// One `<author>` element.
  struct Author: Sendable, Hashable {
    /// The element's text as printed, without dblp's homonym number ("Wei Wang").
    var name: String
    /// The homonym number that followed the name ("0001" in "Wei Wang 0001").
    var homonymNumber: String?
    /// The `pid` attribute (dblp person id).
    var pid: String?
    /// The `orcid` attribute.
    var orcid: String?
    /// The line of the `<author>` tag.
    var line: Int
  }

  /// The element name: `article`, `inproceedings`, ..., `www`.
  var element: String
  /// The `key` attribute.
  var key: String?
  /// The line of the opening tag.
  var line: Int
  var authors: [Author] = []
  /// The fields a publication uses (the first occurrence of each), in the order of
  /// `keptFields`: `title`, `year`, then the venue fields by preference.
  var fields: [String?] = Array(repeating: nil, count: keptFields.count)

  /// The child elements whose text a publication uses.
  static let keptFields = ["title", "year", "journal", "booktitle", "series", "school", "publisher"]
  /// The venue fields of `keptFields`, by preference.
  static let venueFieldIndexes = 2..<keptFields.count

  var title: String? { fields[0] }
  var year: String? { fields[1] }
  /// The first non-empty venue field.
  var venue: String? {
    for index in Self.venueFieldIndexes {
      if let venue = fields[index], !venue.isEmpty { return venue }
    }
    return nil
  }

  /// The element names of dblp.dtd whose records are publications.
  static let publicationElements: [String] = [
    "article", "inproceedings", "proceedings", "incollection", "book", "phdthesis",
    "mastersthesis",
  ]
  /// The element names of dblp.dtd whose records are not publications: `www` person records
  /// (their `<author>` elements are name variants of one person), `person` and `data`.
  static let otherRecordElements: [String] = ["www", "person", "data"]

  /// True for the publication elements.
  var isPublication: Bool { Self.publicationElements.contains(element) }
}
