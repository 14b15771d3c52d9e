import CoauthModel

/// Reads DBLP XML (`dblp.xml` and files in its shape) record by record with `DBLPScanner`.
///
/// - id: the `key` attribute (a record without one gets `<file stem>-<n>` and a warning);
/// - title: markup flattened, entities decoded, dblp's closing full stop removed;
/// - year: the first four-digit number of `<year>`;
/// - venue: `journal`, else `booktitle`, `series`, `school`, `publisher`;
/// - type: the element name; location: the line of the record's opening tag;
/// - authors: `<author>` elements in order, printed as written without dblp's homonym number
///   ("Wei Wang 0001" is "Wei Wang" with homonym number "0001"), with the `pid` and `orcid`
///   attributes as identifiers. `<editor>` is not read as an author (as for BibTeX).
///
/// `<www>` person records list name variants of one person, not co-authors: they are not
/// publications, are left out and counted in one `dblp.person-records` note. Damage is reported
/// as `DBLPScanner` describes; an empty `<author>` is reported and left out.
public struct DBLPReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    let stem = input.fileStem
    return try text.withUnsafeBufferPointer { buffer throws(IngestError) -> Corpus in
      var scanner = DBLPScanner(text: buffer, label: input.label)
      var publications: [Publication] = []
      var personRecords = 0
      var firstPersonRecordLine: Int?
      while let record = try scanner.next() {
        for problem in scanner.takeDiagnostics() { diagnostics(problem) }
        guard record.isPublication else {
          personRecords += 1
          if firstPersonRecordLine == nil { firstPersonRecordLine = record.line }
          continue
        }
        publications.append(
          publication(
            from: record, input: input, fallbackID: "\(stem)-\(publications.count + 1)",
            diagnostics: diagnostics))
      }
      for problem in scanner.takeDiagnostics() { diagnostics(problem) }
      if personRecords > 0 {
        diagnostics(
          Diagnostic(
            .note, "dblp.person-records",
            "left out \(personRecords) person record(s) (<www>, <person>, <data>): their authors "
              + "are name variants of one person, not co-authors",
            at: firstPersonRecordLine.map { input.location(line: $0) }))
      }
      return Corpus(publications: publications)
    }
  }

  private func publication(
    from record: DBLPRecord, input: InputSource, fallbackID: String,
    diagnostics: DiagnosticHandler
  ) -> Publication {
    let key = record.key ?? ""
    if key.isEmpty {
      diagnostics(
        Diagnostic(
          .warning, "dblp.missing-key",
          "expected a key attribute on <\(record.element)>, found none; using '\(fallbackID)'",
          at: input.location(line: record.line)))
    }
    var publication = Publication(
      id: key.isEmpty ? fallbackID : key, title: Self.title(record.title ?? ""),
      year: record.year.flatMap(FirstYear.parse), venue: record.venue ?? "", type: record.element,
      location: input.location(line: record.line))
    publication.authors.reserveCapacity(record.authors.count)
    for author in record.authors {
      guard !author.name.isEmpty else {
        diagnostics(
          Diagnostic(
            .warning, "dblp.empty-name",
            "expected a name in <author> of record '\(publication.id)', found nothing; skipping it",
            at: input.location(line: author.line)))
        continue
      }
      publication.authors.append(
        AuthorMention(
          printed: author.name,
          identifiers: AuthorIdentifiers(
            orcid: author.orcid.flatMap { $0.isEmpty ? nil : $0 },
            dblpPID: author.pid.flatMap { $0.isEmpty ? nil : $0 },
            homonymNumber: author.homonymNumber),
          location: input.location(line: author.line)))
    }
    return publication
  }

  /// dblp ends every title with a full stop unless it ends with other punctuation; the stop is
  /// not part of the title (an ellipsis is kept).
  static func title(_ text: String) -> String {
    let bytes = text.utf8
    guard bytes.last == UInt8(ascii: "."), bytes.dropLast().last != UInt8(ascii: ".") else {
      return text
    }
    return String(decoding: bytes.dropLast(), as: UTF8.self)
  }
}
