import CoauthModel

/// The publication of one EndNote tagged record (its fields up to a blank line).
enum EndNoteRecord {
  /// The tags the reader keeps: type, authors, title, journal and secondary titles, date,
  /// publisher, DOI, label and accession number (ids); abstracts, keywords, pages ... are
  /// passed over without making strings.
  static let keptTags: Set<String> = ["0", "A", "T", "J", "B", "S", "D", "8", "I", "R", "F", "M"]

  /// The publication of `record`: id = `%F` (label) ?? `%M` (accession number) ??
  /// `fallbackID`; title = `%T`; year = the first four-digit number of `%D` ?? `%8`; venue =
  /// `%J` ?? `%B` ?? `%S` ?? `%I`; type = `%0` lowercased; authors = the `%A` lines ("Last,
  /// First" split as RIS names are; an "et al." line is taken out by `TruncationMarkers`, as for
  /// every reader).
  static func publication(_ record: TaggedRecord, input: InputSource, fallbackID: String)
    -> Publication
  {
    var publication = Publication(
      id: record.text("F", "M") ?? fallbackID,
      title: record.text("T") ?? "",
      year: (record.text("D") ?? record.text("8")).flatMap { FirstYear.parse($0.utf8) },
      venue: record.text("J", "B", "S", "I") ?? "",
      type: (record.text("0") ?? "").lowercased(), location: input.location(line: record.start))
    for field in record.fields where field.tag == "A" {
      let name = field.text
      guard !name.isEmpty, !AuthorPlaceholder.isPlaceholder(name) else { continue }
      publication.authors.append(RISName.mention(name, location: input.location(line: field.line)))
    }
    return publication
  }

  /// The DOI of `record`: `%R` (bare or as an address).
  static func doi(_ record: TaggedRecord) -> String? {
    record.text("R").flatMap(DOI.normalized(from:))
  }
}
