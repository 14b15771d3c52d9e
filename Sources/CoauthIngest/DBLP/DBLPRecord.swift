import CoauthModel

/// One record element of a DBLP document (`<article key="...">...</article>`) as the scanner
/// read it: text with entities decoded, inline markup flattened and whitespace collapsed,
/// authors already made into mentions.
///
/// A class: a record is handed from the scanner to the reader (and from the thread that reads a
/// second part to the reader's), and copying a struct of this size costs a reference count
/// change per string each time, which the optimizer does not always avoid.
final class DBLPRecord: @unchecked Sendable {
  /// The element name: `article`, `inproceedings`, ..., `www`.
  var element: String
  /// The `key` attribute.
  var key: String?
  /// The line of the opening tag.
  var line: Int
  /// The `<author>` elements in order, as printed without dblp's homonym number ("Wei Wang"
  /// with `homonymNumber` "0001"), `pid` and `orcid` as identifiers, located at their tags.
  var authors: [AuthorMention] = []
  /// The lines of `<author>` elements without text (left out of `authors`).
  var emptyAuthorLines: [Int] = []
  /// The title without dblp's closing full stop.
  private(set) var title: String?
  /// The first four-digit number of `<year>`.
  private(set) var year: Int?
  /// The first non-empty venue field by preference (journal, booktitle, series, school,
  /// publisher; the first occurrence of each), and the index in `keptFields` it came from.
  private(set) var venue: String?
  private var venueIndex = Int.max
  /// The DOI of the first `<ee>` that links to doi.org, when the scanner reads DOIs.
  var doi: String?
  /// Bit `i` set: kept field `i` was seen (only the first occurrence of a field counts).
  private var seenFields: UInt8 = 0

  /// True for the publication elements (not `www`, `person`, `data`).
  let isPublication: Bool

  init(element: String, key: String? = nil, line: Int, isPublication: Bool? = nil) {
    self.element = element
    self.key = key
    self.line = line
    self.isPublication = isPublication ?? Self.publicationElements.contains(element)
  }

  /// The child elements whose text a publication uses.
  static let keptFields = ["title", "year", "journal", "booktitle", "series", "school", "publisher"]
  static let titleIndex = 0
  static let yearIndex = 1
  /// The venue fields of `keptFields`, by preference.
  static let venueFieldIndexes = 2..<keptFields.count

  /// True when the kept field `index` was seen already.
  func hasField(_ index: Int) -> Bool { seenFields & (1 << index) != 0 }

  /// Sets the text of the kept field `index` (not the year).
  func setField(_ index: Int, _ text: String) {
    seenFields |= 1 << index
    if index == Self.titleIndex {
      title = text
    } else if index < venueIndex && !text.isEmpty {
      venue = text
      venueIndex = index
    }
  }

  /// Sets the year from the first `<year>`.
  func setYear(_ year: Int?) {
    seenFields |= 1 << Self.yearIndex
    self.year = year
  }

  /// Moves out what a publication keeps, leaving those parts of the record empty: no copies,
  /// no reference counting per string.
  func takeParts() -> (
    element: String, key: String?, title: String?, venue: String?, authors: [AuthorMention]
  ) {
    var parts: (String, String?, String?, String?, [AuthorMention]) = ("", nil, nil, nil, [])
    swap(&parts.0, &element)
    swap(&parts.1, &key)
    swap(&parts.2, &title)
    swap(&parts.3, &venue)
    swap(&parts.4, &authors)
    return parts
  }

  /// The publication this record is, located in `path`, when it is one that needs no warning
  /// (it has a key and no empty `<author>`); nil otherwise, and nothing taken.
  func publicationWithoutWarnings(path: String) -> Publication? {
    guard isPublication, let key, !key.isEmpty, emptyAuthorLines.isEmpty else { return nil }
    return publication(id: key, path: path)
  }

  /// The publication this record is, with `id`, located in `path`; its parts are moved out.
  func publication(id: String, path: String) -> Publication {
    let parts = takeParts()
    return Publication(
      id: id, title: parts.title ?? "", year: year, venue: parts.venue ?? "", type: parts.element,
      authors: parts.authors, location: SourceLocation(path: path, line: line))
  }

  /// dblp ends every title with a full stop unless it ends with other punctuation; the stop is
  /// not part of the title (an ellipsis is kept).
  static func withoutClosingStop(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    guard bytes.last == UInt8(ascii: "."), bytes.dropLast().last != UInt8(ascii: ".") else {
      return bytes
    }
    return UnsafeBufferPointer(rebasing: bytes.dropLast())
  }

  /// The element names of dblp.dtd whose records are publications.
  static let publicationElements: [String] = [
    "article", "inproceedings", "proceedings", "incollection", "book", "phdthesis",
    "mastersthesis",
  ]
  /// The element names of dblp.dtd whose records are not publications: `www` person records
  /// (their `<author>` elements are name variants of one person), `person` and `data`.
  static let otherRecordElements: [String] = ["www", "person", "data"]
}
