import CoauthModel

/// Finds the records of one paper exported by several databases (a Web of Science and a
/// PubMed file, a BibTeX and a CSL-JSON export): they have different ids but one DOI and title.
///
/// A record repeats a kept publication when their DOIs are equal and their titles agree
/// (`Publication.foldedTitle`: letters and digits, case and accents aside, Greek letters spelled
/// out) or one of them has none. Records
/// that share a DOI but not a title (a proceedings volume's DOI on each of its papers) are
/// different papers, all kept. A kept record without a title takes the title of the first
/// repeat that has one, so that it stands for one paper of a volume, not all of them. Only
/// records with a DOI are asked about: DBLP XML gives none, so its records cost nothing here.
struct PublicationDOIDeduplicator {
  /// A kept publication with a DOI: its index among the kept publications, its folded title
  /// (that of its first repeat when it has none).
  private struct Kept {
    var index: Int
    var foldedTitle: String
  }

  /// The kept publications of each DOI, in the order they were kept.
  private var keptByDOI: [String: [Kept]] = [:]

  /// True, with an `ingest.duplicate-doi` warning naming where the first was defined, when
  /// `publication` (whose DOI is `doi`) repeats one of `kept` that `remember(_:of:)` was told
  /// of. A repeat with the kept one's id is left for the id check (`ingest.duplicate-id`).
  mutating func isRepeat(
    _ publication: borrowing Publication, doi: String, kept: [Publication],
    diagnostics: DiagnosticHandler
  ) -> Bool {
    guard let candidates = keptByDOI[doi] else { return false }
    let title = publication.foldedTitle
    guard
      let match = candidates.firstIndex(where: {
        $0.foldedTitle == title || $0.foldedTitle.isEmpty || title.isEmpty
      })
    else { return false }
    let original = kept[candidates[match].index]
    guard original.id != publication.id else { return false }
    let untitled = title.isEmpty || candidates[match].foldedTitle.isEmpty
    if candidates[match].foldedTitle.isEmpty { keptByDOI[doi]?[match].foldedTitle = title }
    let first = "'\(original.id)' (first defined at \(original.location))"
    diagnostics(
      Diagnostic(
        .warning, "ingest.duplicate-doi",
        "publication '\(publication.id)' has the DOI \(doi) "
          + (untitled ? "of \(first), one of the two untitled" : "and the title of \(first)")
          + "; keeping the first record",
        at: publication.location, skippedRecords: 1))
    return true
  }

  /// Notes that `publication`, kept at `index`, has the DOI `doi`.
  mutating func remember(_ doi: String, of publication: borrowing Publication, at index: Int) {
    keptByDOI[doi, default: []].append(Kept(index: index, foldedTitle: publication.foldedTitle))
  }
}
