import CoauthModel

/// The publication of one MEDLINE record (`PMID-` to the blank line after it).
enum MEDLINERecord {
  /// The tags the reader keeps (`FIR` and `IR` only to tell whose an `AUID` line is, `LID` and
  /// `AID` for the DOI); the others (abstracts, MeSH terms, affiliations ...) are passed over
  /// without making strings.
  static let keptTags: Set<String> = [
    "PMID", "TI", "BTI", "FAU", "AU", "AUID", "CN", "FIR", "IR", "DP", "JT", "TA", "PT", "LID",
    "AID",
  ]

  /// The publication of `record`; an empty `PMID` makes the id from `fallbackID`
  /// (`medline.missing-id`).
  static func publication(
    _ record: TaggedRecord, input: InputSource, fallbackID: String, diagnostics: DiagnosticHandler
  ) -> Publication {
    let id = record.text("PMID")
    if id == nil {
      diagnostics(
        Diagnostic(
          .warning, "medline.missing-id",
          "expected a PubMed id after 'PMID- ' at line \(record.start), found none; calling the "
            + "record '\(fallbackID)'",
          at: input.location(line: record.start)))
    }
    // A book chapter has its own title and the book's (BTI): the book is where it appeared.
    let chapterTitle = record.text("TI").flatMap(PubMedTitle.known)
    let bookTitle = record.text("BTI").flatMap(PubMedTitle.known)
    var publication = Publication(
      id: id ?? fallbackID,
      title: PubMedTitle.cleaned(chapterTitle ?? bookTitle ?? ""),
      year: record.text("DP").flatMap { FirstYear.parse($0.utf8) },
      venue: record.text("JT", "TA") ?? (chapterTitle == nil ? nil : bookTitle) ?? "",
      type: (record.text("PT") ?? "").lowercased(), location: input.location(line: record.start))
    publication.authors = MEDLINEAuthors.mentions(record, input: input, diagnostics: diagnostics)
    return publication
  }

  /// The DOI of `record`: the first `LID` or `AID` line marked `[doi]` ("10.1000/xyz [doi]";
  /// the others name the publisher's id, `[pii]`).
  static func doi(_ record: TaggedRecord) -> String? {
    for field in record.fields where field.tag == "LID" || field.tag == "AID" {
      let text = field.text
      if text.lowercased().hasSuffix("[doi]"), let doi = DOI.normalized(from: text) { return doi }
    }
    return nil
  }
}
