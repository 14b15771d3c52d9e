/// The input formats coauth knows, detected from a file name or sniffed from the content, or
/// forced with `--format`.
public enum InputFormat: String, CaseIterable, Sendable, Hashable {
  case bibtex
  case markdown
  case dblp
  case cslJSON = "csl-json"
  case ris
  case csv
  /// Web of Science plain text (`savedrecs.txt`, `.ciw`).
  case wos
  /// PubMed MEDLINE (`.nbib`, `pubmed-*.txt`).
  case medline
  /// A saved homepage (`.html`), read as its publication list.
  case html
  /// EndNote tagged (Refer), as Google Scholar and EndNote export it (`.enw`).
  case endNote = "endnote"

  /// The reader for this format (with default options), or nil when this build cannot read it.
  ///
  /// Adding a reader means adding its case here; detection needs no change.
  public var reader: (any PublicationReader)? {
    switch self {
    case .bibtex: BibTeXReader()
    case .markdown: MarkdownListReader()
    case .dblp: DBLPReader()
    case .cslJSON: CSLJSONReader()
    case .ris: RISReader()
    case .csv: CSVReader()
    case .wos: WoSReader()
    case .medline: MEDLINEReader()
    case .html: HTMLListReader()
    case .endNote: EndNoteReader()
    }
  }

  /// The format that a file name's extension names (`.gz` is looked through), or nil.
  ///
  /// `.txt` is read as a Markdown list (CV and homepage exports are often plain text) unless its
  /// content is another format's (`init(textFileContent:)`, which `InputLoader` asks).
  public init?(path: String) {
    guard let fileExtension = Self.fileExtension(of: path),
      let format = Self.formatsByExtension.first(where: { $0.fileExtension == fileExtension })
    else { return nil }
    self = format.format
  }

  /// The extensions `init(path:)` knows (without the dot), in the order messages list them.
  public static var knownExtensions: [String] { formatsByExtension.map(\.fileExtension) }

  private static let formatsByExtension: [(fileExtension: String, format: InputFormat)] = [
    ("bib", .bibtex), ("bibtex", .bibtex), ("md", .markdown), ("markdown", .markdown),
    ("txt", .markdown), ("xml", .dblp), ("json", .cslJSON), ("ris", .ris), ("csv", .csv),
    ("tsv", .csv), ("ciw", .wos), ("nbib", .medline), ("medline", .medline), ("html", .html),
    ("htm", .html), ("xhtml", .html), ("enw", .endNote),
  ]

  /// True for a `.txt` file (`.gz` looked through): read as a Markdown list unless its content
  /// says otherwise (`init(textFileContent:)`).
  public static func isPlainTextFile(_ path: String) -> Bool { fileExtension(of: path) == "txt" }

  /// The lower-cased extension of the file name of `path`, `.gz` looked through; nil without.
  private static func fileExtension(of path: String) -> String? {
    var name = Substring(path.split(separator: "/").last ?? "")
    if name.lowercased().hasSuffix(".gz") { name = name.dropLast(3) }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return name[name.index(after: dot)...].lowercased()
  }

  /// The format of a `.txt` file by its first bytes: tab-delimited tables (Web of Science's
  /// tab-delimited `savedrecs.txt`), Web of Science plain text, MEDLINE, RIS, BibTeX, XML and
  /// JSON exports saved as text are what they are;
  /// anything else is a Markdown or plain-text publication list. (Commas alone do not make a
  /// table here, as a plain list's first line often has several; nor does "[1] A. Author ..."
  /// make JSON.)
  public init(textFileContent text: [UInt8]) {
    let firstLine = text.prefix(64 * 1024).split(separator: UInt8(ascii: "\n"))
      .lazy.map { Self.trimmed($0) }.first { !$0.isEmpty } ?? []
    switch InputFormat(sniffing: text) {
    case .csv?:
      self = firstLine.count(where: { $0 == UInt8(ascii: "\t") }) >= 2 ? .csv : .markdown
    case .cslJSON?:
      // JSON opens with an object or a string next: `[{`, `[ {`, `{"`, or the bracket alone.
      let next = firstLine.dropFirst().first { $0 != 0x20 && $0 != 0x09 }
      self = next == nil || next == UInt8(ascii: "{") || next == UInt8(ascii: "\"") ? .cslJSON : .markdown
    case let sniffed?: self = sniffed
    case nil: self = .markdown
    }
  }

  /// Guesses the format from the first bytes of decoded UTF-8 text, or nil when nothing fits.
  ///
  /// Looks at the first non-blank, non-comment line (after a byte order mark): `@type{` is
  /// BibTeX, `<?xml` or `<dblp` is DBLP, `[` or `{` is CSL-JSON, `TY  -` is RIS, `FN ` followed
  /// by a `VR ` or `PT ` line, or `PT ` followed by another two-letter tag, is Web of Science
  /// plain text, `PMID-` is MEDLINE, a Markdown heading, list item or front matter is Markdown,
  /// and a first line with several commas or tabs is CSV. Before these, `%0 ...` (or two `%X`
  /// lines) is EndNote tagged, and `<!DOCTYPE html` or `<html` an HTML page.
  public init?(sniffing text: [UInt8]) {
    var prefix = text.prefix(64 * 1024)
    if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { prefix = prefix.dropFirst(3) }
    // EndNote's lines all start with `%`, which BibTeX comments do too: told apart first.
    if Self.isEndNoteTagged(Array(prefix.prefix(4096))) {
      self = .endNote
      return
    }
    var lines = prefix.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
      .lazy.map { Self.trimmed($0) }.filter { !$0.isEmpty }.makeIterator()
    // Skip a leading BibTeX `%` comment block so that the first real line decides.
    var first = lines.next()
    while let line = first, line.first == UInt8(ascii: "%") { first = lines.next() }
    guard let line = first, let head = line.first else { return nil }
    let lineText = String(decoding: line.prefix(200), as: UTF8.self)
    if head == UInt8(ascii: "@"), lineText.contains("{") || lineText.contains("(") {
      self = .bibtex
    } else if Self.opensHTMLPage(prefix) {
      self = .html
    } else if lineText.hasPrefix("<?xml") || lineText.hasPrefix("<dblp")
      || lineText.hasPrefix("<!DOCTYPE dblp")
    {
      self = .dblp
    } else if head == UInt8(ascii: "[") || head == UInt8(ascii: "{") {
      self = .cslJSON
    } else if lineText.hasPrefix("TY  -") {
      self = .ris
    } else if lineText.hasPrefix("PMID-") {
      self = .medline
    } else if Self.startsWebOfScienceRecords(lineText, next: lines.next()) {
      self = .wos
    } else if lineText.hasPrefix("#") || lineText.hasPrefix("---") || lineText.hasPrefix("- ")
      || lineText.hasPrefix("* ") || lineText.hasPrefix("<!--")
    {
      self = .markdown
    } else if lineText.filter({ $0 == "," || $0 == "\t" }).count >= 2 {
      self = .csv
    } else {
      return nil
    }
  }

  /// True when the text opens an HTML page: `<!DOCTYPE html` or `<html` before any other
  /// element (after white space, comments and an XML declaration, case-insensitive).
  private static func opensHTMLPage(_ text: ArraySlice<UInt8>) -> Bool {
    let head = String(decoding: text.prefix(2048), as: UTF8.self).lowercased()
    var rest = head.drop(while: \.isWhitespace)
    while rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
      let terminator = rest.hasPrefix("<?") ? "?>" : "-->"
      guard let end = rest.firstRange(of: terminator) else { return false }
      rest = rest[end.upperBound...].drop(while: \.isWhitespace)
    }
    return rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html")
  }

  /// True when `text` opens as EndNote's tagged (Refer) format, which Google Scholar and EndNote
  /// export as `.enw`: a first non-blank line `%0 Journal Article`, or two first lines of tags
  /// (`%A Doe, Jane`), where a BibTeX comment block (`% Encoding: UTF-8`) has no tags.
  static func isEndNoteTagged(_ text: [UInt8]) -> Bool {
    func isTagged(_ line: ArraySlice<UInt8>) -> Bool {
      line.count >= 3 && line[line.startIndex] == UInt8(ascii: "%")
        && line[line.startIndex + 2] == 0x20
        && ((0x30...0x39).contains(line[line.startIndex + 1])
          || (0x41...0x5A).contains(line[line.startIndex + 1]))
    }
    let lines = text.split(separator: UInt8(ascii: "\n")).lazy.map { trimmed($0) }
      .filter { !$0.isEmpty }.prefix(2)
    guard let first = lines.first, isTagged(first) else { return false }
    return first.starts(with: "%0 ".utf8) || (lines.count == 2 && lines.allSatisfy(isTagged))
  }

  /// True for the formats whose first line `init(sniffing:)` cannot take for another's
  /// (`@type{`, `<?xml`/`<dblp`, `<!DOCTYPE html`/`<html`, `TY  -`, `PMID-`, Web of Science's
  /// `FN`/`PT` lines), unlike JSON's `[` (a reference list's "[1] ..."), CSV's commas and
  /// Markdown.
  var opensUnmistakably: Bool {
    switch self {
    case .bibtex, .dblp, .html, .endNote, .ris, .medline, .wos: true
    case .markdown, .cslJSON, .csv: false
    }
  }

  /// True when `line` and `next` (the first two non-blank lines) open a Web of Science
  /// plain-text export: `FN ...` then `VR ...` or `PT ...`, or, without the header, `PT J` then
  /// another tagged line (`AU Doe, J`). The tab-delimited export (`PT<tab>AU<tab>...`) is not.
  private static func startsWebOfScienceRecords(_ line: String, next: ArraySlice<UInt8>?) -> Bool {
    guard let next, line.hasPrefix("FN ") || line.hasPrefix("PT ") else { return false }
    let nextText = String(decoding: next.prefix(3), as: UTF8.self)
    if line.hasPrefix("FN ") { return nextText.hasPrefix("VR ") || nextText.hasPrefix("PT ") }
    let bytes = Array(next.prefix(3))
    return bytes.count == 3 && (0x41...0x5A).contains(bytes[0])
      && ((0x41...0x5A).contains(bytes[1]) || (0x30...0x39).contains(bytes[1])) && bytes[2] == 0x20
  }

  private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var line = line
    while let first = line.first, first == 0x20 || first == 0x09 || first == 0x0D {
      line = line.dropFirst()
    }
    while let last = line.last, last == 0x20 || last == 0x09 || last == 0x0D {
      line = line.dropLast()
    }
    return line
  }
}
