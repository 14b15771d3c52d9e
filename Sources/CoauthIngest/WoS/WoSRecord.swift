import CoauthModel

/// The publication of one Web of Science plain-text record (`PT` ... `ER`).
enum WoSRecord {
  /// The tags the reader keeps; the others (cited references, addresses, abstracts ...) are
  /// passed over without making strings.
  static let keptTags: Set<String> = [
    "PT", "DT", "AU", "AF", "CA", "TI", "SO", "J9", "JI", "SE", "BS", "PY", "EA", "PD", "DI", "UT",
    "OI", "D2",
  ]

  /// The publication of `record`; a missing id is made from `fallbackID` (`wos.missing-id`),
  /// ORCID iDs that fit no author are reported (`wos.unplaced-orcid`).
  static func publication(
    _ record: TaggedRecord, input: InputSource, fallbackID: String, diagnostics: DiagnosticHandler
  ) -> Publication {
    let id = record.text("UT", "DI")
    if id == nil {
      diagnostics(
        Diagnostic(
          .warning, "wos.missing-id",
          "expected a 'UT' (accession number) or 'DI' (DOI) line in the record that starts at "
            + "line \(record.start); calling it '\(fallbackID)'",
          at: input.location(line: record.start)))
    }
    var publication = Publication(
      id: id ?? fallbackID, title: record.text("TI").map(RichTextTags.removedFromTitle) ?? "",
      year: ["PY", "EA", "PD"].lazy.compactMap {
        record.text($0).flatMap { FirstYear.parse($0.utf8) }
      }
      .first,
      venue: record.text("SO", "J9", "JI", "SE", "BS") ?? "",
      type: (record.text("DT", "PT") ?? "").lowercased(),
      location: input.location(line: record.start))
    publication.authors = authors(record, input: input)
    if let orcids = record.first("OI") {
      let unplaced = CSVORCIDList.assign(orcids.text, to: &publication.authors)
      if !unplaced.isEmpty {
        diagnostics(
          CSVORCIDList.warning(
            "wos.unplaced-orcid", unplaced, unit: "record", at: input.location(line: orcids.line)))
      }
    }
    return publication
  }

  /// The DOI of `record`: its `DI` line, else the book's DOI (`D2`) that a book record may
  /// have alone.
  static func doi(_ record: TaggedRecord) -> String? {
    record.text("DI", "D2").flatMap(DOI.normalized(from:))
  }

  /// The full names of `AF` (one per line), else the short ones of `AU` ("Doe, JA": initials
  /// for the given name), then the group authors of `CA` (a group that the name list holds
  /// already is marked a group there). Web of Science's "[Anonymous]" (any name wholly in
  /// square brackets) is no author.
  private static func authors(_ record: TaggedRecord, input: InputSource) -> [AuthorMention] {
    func items(_ tag: String) -> [(text: String, line: Int)] {
      record.fields.filter { $0.tag == tag }.flatMap(\.items)
        .filter { !AuthorPlaceholder.isPlaceholder($0.text) }
    }
    let full = items("AF")
    var authors = (full.isEmpty ? items("AU") : full).map {
      RISName.mention($0.text, location: input.location(line: $0.line))
    }
    WoSGroupAuthors.add(items("CA"), to: &authors, input: input)
    return authors
  }
}
