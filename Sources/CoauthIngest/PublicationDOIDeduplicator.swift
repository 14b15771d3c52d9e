import CoauthModel

/// Finds the records of one paper exported by several databases (a Web of Science and a
/// PubMed file, a BibTeX and a CSL-JSON export): they have different ids but one DOI and title.
///
/// A record repeats a kept publication when their DOIs are equal and their titles agree
/// (`Publication.foldedTitle`: letters and digits, case and accents aside, Greek letters spelled
/// out; or one is the other without its subtitle) or one of them has none. Records
/// that share a DOI but not a title (a proceedings volume's DOI on each of its papers) are
/// different papers, all kept. A kept record without a title takes the title of the first
/// repeat that has one, so that it stands for one paper of a volume, not all of them. Only
/// records with a DOI are asked about: DBLP records give theirs only in runs with other files.
struct PublicationDOIDeduplicator {
  /// The kept publications of each DOI (their indices among the kept ones): usually one, the
  /// papers of a volume for a volume's DOI. Titles are folded only when a DOI comes again, which
  /// is rare: folding every title of a large export cost more than reading it.
  private var keptByDOI = KeptIndices<String>()
  /// The folded title a kept record without one stands for: that of its first repeat.
  private var standInTitles: [Int: String] = [:]

  /// True, with an `ingest.duplicate-doi` diagnostic naming where the first was defined (a
  /// warning when both are in one file, a note when they are in different files), when
  /// `publication` (whose DOI is `doi`) repeats one of `kept` that `remember(_:at:)` was told
  /// of. A repeat with the kept one's id is left for the id check (`ingest.duplicate-id`).
  mutating func isRepeat(
    _ publication: borrowing Publication, doi: String, kept: [Publication],
    diagnostics: DiagnosticHandler
  ) -> Bool {
    guard keptByDOI.contains(doi) else { return false }
    let title = publication.foldedTitle
    var match: (index: Int, title: String)?
    for index in keptByDOI.indices(of: doi) {
      let keptTitle = standInTitles[index] ?? kept[index].foldedTitle
      if Self.titlesAgree(keptTitle, title) {
        match = (index, keptTitle)
        break
      }
    }
    guard let match else { return false }
    let original = kept[match.index]
    guard original.id != publication.id else { return false }
    let untitled = title.isEmpty || match.title.isEmpty
    if match.title.isEmpty { standInTitles[match.index] = title }
    let kept = "'\(original.id)' (first defined at \(original.location))"
    // Across files, the same paper in two databases' exports is what a run combining them
    // expects (a note); within one file, a repeated record is worth a warning.
    let severity: Diagnostic.Severity =
      original.location.path == publication.location.path ? .warning : .note
    diagnostics(
      Diagnostic(
        severity, "ingest.duplicate-doi",
        "publication '\(publication.id)' has the DOI \(doi) "
          + (untitled ? "of \(kept), one of the two untitled" : "and the title of \(kept)")
          + "; keeping the first record",
        at: publication.location, skippedRecords: 1))
    return true
  }

  /// Folded titles of one paper: equal, one of them missing, or one the start of the other
  /// with a subtitle after it (Crossref may leave the subtitle out that PubMed prints), when
  /// the shorter is long enough not to be a short title of another paper of a volume.
  static func titlesAgree(_ left: String, _ right: String) -> Bool {
    if left == right || left.isEmpty || right.isEmpty { return true }
    let (shorter, longer) = left.utf8.count < right.utf8.count ? (left, right) : (right, left)
    return shorter.utf8.count >= minimumTitlePrefix && longer.utf8.starts(with: shorter.utf8)
  }

  /// Letters and digits a title must have to match the start of a longer one.
  static let minimumTitlePrefix = 24

  /// Notes that the publication kept at `index` has the DOI `doi`.
  mutating func remember(_ doi: String, at index: Int) { keptByDOI.insert(index, for: doi) }

  /// Makes room for `count` more DOIs (`KeptIndices.reserveCapacity(forMore:)`).
  mutating func reserveCapacity(forMore count: Int) { keptByDOI.reserveCapacity(forMore: count) }
}
