import CoauthModel

/// Reads BibTeX: one publication per regular entry, authors from the `author` field.
///
/// - id: the citation key;
/// - title: LaTeX decoded, braces removed, without the HTML tags of rich text that Zotero
///   writes escaped (`{\textless}i{\textgreater}`, as CSL-JSON's `<i>`), the character
///   references that the ACM Digital Library writes (`&amp;`) decoded, as in the venue;
/// - year: the first four-digit number of `year`, else of BibLaTeX's `date` (`2021-03`);
/// - venue: `journal`, else BibLaTeX's `journaltitle`, `booktitle`, `series`, `howpublished`,
///   `school`, `institution`, `publisher`, and for a preprint the archive of its `eprint`
///   (`archivePrefix = {arXiv}` as arXiv writes it, BibLaTeX's `eprinttype`); a field that is
///   a web address (`howpublished = {\url{https://...}}`) is no venue; an AAS journal macro
///   alone, as NASA ADS writes the journal (`{\apj}`), is the abbreviation it typesets;
/// - type: the entry type, lowercased; location: the line of the `@`;
/// - DOI (the corpus's `doisByPublication`): `doi`.
///
/// Authors keep their printed form and the parts of BibTeX's name grammar; dblp's homonym
/// number after a name ("Wei Wang 0001") is an identifier, as in its XML; INSPIRE-HEP's
/// `collaboration` field adds the group ("ATLAS Collaboration") after the names. Damaged entries are
/// reported and skipped (see `BibTeXParser`); names that are empty are reported and skipped.
public struct BibTeXReader: PublicationReader {
  /// Fields that a publication is made of, so that no other field is copied.
  private static let usedFields: Set<String> = Set(
    ["author", "title", "doi", "collaboration"] + yearFields + venueFields)
  /// `year`, else BibLaTeX's `date` (Zotero's BibLaTeX export writes `date = {2021-03}`).
  private static let yearFields = ["year", "date"]
  private static let venueFields = [
    "journal", "journaltitle", "booktitle", "series", "howpublished", "school", "institution",
    "publisher", "archiveprefix", "eprinttype",
  ]

  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    let parsed = BibTeXParser.parse(text, label: input.label, fields: Self.usedFields)
    var problems = parsed.diagnostics
    var corpus = Corpus()
    text.withUnsafeBufferPointer { buffer in
      var builder = PublicationBuilder(text: buffer, input: input)
      corpus.publications = parsed.entries.map { builder.publication(from: $0) }
      for (index, entry) in parsed.entries.enumerated() {
        if let doi = builder.doi(of: entry) { corpus.doisByPublication[index] = doi }
      }
      problems.append(contentsOf: builder.problems)
    }
    // Said unless a warning tells already why nothing was read (a damaged entry). An `@` that
    // starts no entry (binary junk, an e-mail address in a text) is text between entries.
    if parsed.entries.isEmpty && !problems.contains(where: { $0.severity >= .warning }) {
      problems.append(
        Diagnostic(
          .warning, "bibtex.no-entries", "expected bibtex entries ('@type{key, ...}'), found none",
          at: input.location(line: 1)))
    }
    for problem in Self.sortedByLine(problems) { diagnostics(problem) }
    return corpus
  }

  // MARK: - Helpers

  /// Turns parsed entries into publications, decoding only the fields a publication uses.
  private struct PublicationBuilder {
    let text: UnsafeBufferPointer<UInt8>
    let input: InputSource
    var decoder = LaTeXDecoder()
    var nameParser = BibTeXNameParser()
    var problems: [Diagnostic] = []

    init(text: UnsafeBufferPointer<UInt8>, input: InputSource) {
      self.text = text
      self.input = input
    }

    mutating func publication(from entry: BibTeXEntry) -> Publication {
      var publication = Publication(
        id: entry.key, type: entry.type, location: input.location(line: entry.line))
      if let title = entry.field("title") {
        publication.title = decode(title)
        // Zotero escapes the HTML of its rich-text titles: "{\textless}i{\textgreater}"; the
        // ACM Digital Library writes character references ("&amp;").
        if RichTextTags.holdsMarkup(publication.title) {
          publication.title = RichTextTags.removedFromTitle(publication.title)
        }
      }
      for name in BibTeXReader.yearFields {
        guard let field = entry.field(name) else { continue }
        publication.year = field.value.withBytes(in: text) { BibTeXReader.firstYear(in: $0) }
        if publication.year != nil { break }
      }
      for name in BibTeXReader.venueFields {
        guard let field = entry.field(name) else { continue }
        // NASA ADS writes the journal as an AAS macro (`journal = {\apj}`).
        var venue =
          field.value.withBytes(in: text) { AASJournalMacros.journal($0) } ?? decode(field)
        if RichTextTags.holdsMarkup(venue) { venue = RichTextTags.removed(from: venue) }
        // `howpublished = {\url{https://...}}` says where, not in what: no venue.
        if !venue.isEmpty, !BibTeXReader.isWebAddress(venue) {
          publication.venue = venue
          break
        }
      }
      if let author = entry.field("author") {
        let list = author.value.withBytes(in: text) { nameParser.parse($0) }
        publication.isTruncated = list.isTruncated
        publication.authors = list.names.map { name in
          AuthorMention(
            printed: name.printed, name: name.name, kind: name.kind,
            identifiers: AuthorIdentifiers(homonymNumber: name.homonymNumber),
            location: input.location(line: author.line + name.lineOffset))
        }
        for offset in list.emptyNameLineOffsets {
          problems.append(
            Diagnostic(
              .warning, "bibtex.empty-name",
              "expected a name between 'and's in the author field of entry '\(entry.key)', "
                + "found nothing; skipping it", at: input.location(line: author.line + offset)))
        }
      }
      if let field = entry.field("collaboration") {
        addCollaboration(decode(field), at: field.line, to: &publication)
      }
      return publication
    }

    /// INSPIRE-HEP's `collaboration = "ATLAS"`: the group is an author of the paper ("ATLAS
    /// Collaboration"), after the names (which INSPIRE often cuts short with "and others"),
    /// unless the author list names it already.
    private func addCollaboration(_ text: String, at line: Int, to publication: inout Publication) {
      for part in text.split(separator: ",") {
        let name = WhitespaceCollapsing.string(String(part))
        guard !name.isEmpty else { continue }
        let group = NameShape.isGroupName(name) ? name : name + " Collaboration"
        let folded = Publication.folded(group)
        guard !publication.authors.contains(where: { Publication.folded($0.printed) == folded })
        else { continue }
        publication.authors.append(
          AuthorMention(printed: group, kind: .group, location: input.location(line: line)))
      }
    }

    /// The DOI of the entry's `doi` field, or nil. A DOI is an identifier, not text to typeset:
    /// only braces and the backslash of an escaped character ("10.1000/a\_b") are taken off;
    /// `--`, `~` and quotes stay as written.
    func doi(of entry: BibTeXEntry) -> String? {
      entry.field("doi").flatMap { field in
        field.value.withBytes(in: text) { bytes in
          var kept: [UInt8] = []
          kept.reserveCapacity(bytes.count)
          var index = 0
          while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count,
              "_%&#$".utf8.contains(bytes[index + 1])
            {
              kept.append(bytes[index + 1])
              index += 2
              continue
            }
            if byte != UInt8(ascii: "{") && byte != UInt8(ascii: "}") { kept.append(byte) }
            index += 1
          }
          return DOI.normalized(utf8: kept)
        }
      }
    }

    private mutating func decode(_ field: BibTeXField) -> String {
      field.value.withBytes(in: text) { decoder.decode($0, 0..<$0.count) }
    }
  }

  /// True for a web address (`howpublished = {\url{https://...}}`), which is no venue. The
  /// first byte is looked at before the prefixes: this runs for every entry's venue.
  static func isWebAddress(_ text: String) -> Bool {
    text.utf8.first == UInt8(ascii: "h") && (text.hasPrefix("http://") || text.hasPrefix("https://"))
  }

  /// The first run of exactly four digits: "2020", "{2020}", "2020--2021" give 2020.
  static func firstYear(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count {
      guard bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") else {
        index += 1
        continue
      }
      var end = index
      var value = 0
      while end < bytes.count && bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9")
      {
        if end - index < 5 { value = value * 10 + Int(bytes[end] - UInt8(ascii: "0")) }
        end += 1
      }
      if end - index == 4 { return value }
      index = end
    }
    return nil
  }

  /// Diagnostics in line order (stable), so that parse and name problems interleave.
  private static func sortedByLine(_ problems: [Diagnostic]) -> [Diagnostic] {
    problems.enumerated().sorted { lhs, rhs in
      let left = lhs.element.location?.line ?? 0
      let right = rhs.element.location?.line ?? 0
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
  }
}
