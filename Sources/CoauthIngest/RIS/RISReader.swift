import CoauthModel

/// Reads RIS (`TY  - JOUR` ... `ER  - `), as reference managers and publishers export it.
///
/// - id: `ID`, else a Web of Science accession number in `AN` ("WOS:000...", as its plain-text
///   export's `UT`; `WoSAccessionNumber`), else in a record from PubMed the PMID in `AN` (as its
///   MEDLINE export's `PMID`), else `<file stem>-<n>`;
/// - title: `TI`, else `T1`, else `CT`, without the inline HTML that Zotero and Web of Science
///   keep (`RichTextTags`); in a record from PubMed (`DB` or `DP` naming PubMed,
///   MEDLINE or NLM) without PubMed's closing full stop (`PubMedTitle`), as in MEDLINE;
/// - year: the first four-digit number of `PY`, else `Y1`, else `DA`;
/// - venue: `T2`, else `JF`, `JO`, `BT`, `J2`, `JA`, the series `T3`, the publisher `PB` (a
///   thesis's university, a preprint's archive), as BibTeX's venue falls back to `series`,
///   `school` and `publisher`;
/// - type: the `TY` value, lowercased;
/// - authors: `AU` and `A1` lines in order ("Last, First, Suffix" split into parts, `RISName`;
///   a database's placeholder such as "[Anonymous]" left out); in a Web of Science record (an
///   accession number in `AN`), `A1` lines are its group authors (`CA` in its plain-text
///   export), added after the names as that reader adds them (`WoSGroupAuthors`).
///   `A2`..`A4` are, in the RIS specification, editors, series editors and translators, and are
///   not read as authors (as BibTeX's `editor`);
/// - DOI (the corpus's `doisByPublication`): `DO`.
///
/// Lines without a tag inside a record continue the previous value. Text between records is
/// reported once per stretch (`ris.stray-text`) and ignored, but for the `Provider:`,
/// `Database:` and `Content:` lines that publishers (Wiley, Taylor & Francis, SAGE) put before
/// the first record; a record that is not closed by
/// `ER` before the next `TY` or the end of the file is kept with a `ris.missing-er` warning.
public struct RISReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = String(decoding: TextDecoder.decode(input, diagnostics: diagnostics), as: UTF8.self)
    var corpus = Corpus()
    var record: [RISLine] = []
    var recordOpen = false
    var strayStart: RISLine?
    var strayEnd = 0
    var seenRecord = false
    let stem = input.fileStem

    func flushStray() {
      guard let first = strayStart else { return }
      let lines = first.number == strayEnd ? "line \(first.number)" : "lines \(first.number)-\(strayEnd)"
      diagnostics(
        Diagnostic(
          .warning, "ris.stray-text",
          "expected 'TY  - ' starting a record, found '\(first.value.prefix(40))'; ignoring \(lines)",
          at: input.location(line: first.number)))
      strayStart = nil
    }
    func close(missingEnd: Bool, at line: Int) {
      guard recordOpen, let start = record.first else { return }
      if missingEnd {
        diagnostics(
          Diagnostic(
            .warning, "ris.missing-er",
            "expected 'ER  - ' closing the record that starts at line \(start.number), found "
              + (line > 0 ? "a new record at line \(line)" : "the end of the file") + "; keeping it",
            at: input.location(line: line > 0 ? line : record.last?.number ?? start.number)))
      }
      let closed = publication(
        record, input: input, fallbackID: "\(stem)-\(corpus.publications.count + 1)")
      corpus.append(closed.publication, doi: closed.doi)
      record.removeAll()
      recordOpen = false
    }

    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = RISLine(rawLine, number: number)
      switch line.tag {
      case "TY":
        seenRecord = true
        flushStray()
        close(missingEnd: true, at: number)
        record = [line]
        recordOpen = true
      case "ER":
        if recordOpen {
          close(missingEnd: false, at: number)
        } else if strayStart == nil {
          strayStart = line
          strayEnd = number
        } else {
          strayEnd = number
        }
      default:
        if recordOpen {
          record.append(line)
        } else if !line.value.isEmpty, seenRecord || !Self.isDownloadHeader(line) {
          if strayStart == nil { strayStart = line }
          strayEnd = number
        }
      }
    }
    flushStray()
    close(missingEnd: true, at: 0)
    if corpus.publications.isEmpty && text.contains(where: { !$0.isWhitespace }) {
      diagnostics(
        Diagnostic(
          .warning, "ris.no-records", "expected ris records ('TY  - JOUR' ... 'ER  - '), found none",
          at: input.location(line: 1)))
    }
    return corpus
  }

  /// A line of the header that publishers' "download citation" files put before the first
  /// record ("Provider: John Wiley & Sons, Ltd", "Database: ...", "Content: text/plain; ...").
  private static func isDownloadHeader(_ line: RISLine) -> Bool {
    line.tag == nil
      && ["Provider:", "Database:", "Content:"].contains { line.value.hasPrefix($0) }
  }

  /// True when a record's `fields` name PubMed as its database, as EndNote (`DB  - PubMed`,
  /// `DP  - NLM`), Zotero (`DP  - PubMed`) and NCBI's citation exporter write it: its title is
  /// PubMed's. Other records keep a closing full stop.
  /// A PubMed id: digits only ("39000001").
  private static func isPubMedID(_ value: String) -> Bool {
    !value.isEmpty && value.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  private static func isFromPubMed(_ fields: [(tag: String, value: String, line: Int)]) -> Bool {
    fields.contains { field in
      (field.tag == "DB" || field.tag == "DP")
        && ["pubmed", "medline", "nlm"].contains(field.value.lowercased())
    }
  }

  /// The publication of one record's lines (the first is its `TY` line), and its DOI (`DO`).
  private func publication(_ lines: [RISLine], input: InputSource, fallbackID: String)
    -> (publication: Publication, doi: String?)
  {
    // Join untagged continuation lines to the value before them.
    var fields: [(tag: String, value: String, line: Int)] = []
    for line in lines {
      if let tag = line.tag {
        fields.append((tag, line.value, line.number))
      } else if !line.value.isEmpty, let last = fields.indices.last {
        fields[last].value += (fields[last].value.isEmpty ? "" : " ") + line.value
      }
    }
    func first(_ tags: [String]) -> String? {
      for tag in tags {
        if let field = fields.first(where: { $0.tag == tag && !$0.value.isEmpty }) {
          return field.value
        }
      }
      return nil
    }
    let type = fields.first?.value.lowercased() ?? ""
    // Zotero and Web of Science keep the inline HTML of rich-text titles ("<i>Poa</i>").
    let title = first(["TI", "T1", "CT"]).map(RichTextTags.removedFromTitle) ?? ""
    let accessionNumber = first(["AN"]).flatMap(WoSAccessionNumber.id(fromAccessionNumber:))
    let isFromPubMed = Self.isFromPubMed(fields)
    // PubMed's RIS gives the PMID in AN: the id its MEDLINE and CSV exports give the record.
    let pubMedID = isFromPubMed ? first(["AN"]).flatMap { Self.isPubMedID($0) ? $0 : nil } : nil
    var publication = Publication(
      id: first(["ID"]) ?? accessionNumber ?? pubMedID ?? fallbackID,
      title: isFromPubMed ? PubMedTitle.cleaned(title) : title,
      year: first(["PY", "Y1", "DA"]).flatMap(FirstYear.parse),
      venue: first(["T2", "JF", "JO", "BT", "J2", "JA", "T3", "PB"]) ?? "", type: type,
      location: input.location(line: lines.first?.number ?? 1))
    // Web of Science writes its group authors (CA in its plain-text export) as A1 lines.
    let groupTags: Set<String> = accessionNumber == nil ? [] : ["A1"]
    publication.authors = fields.filter {
      ($0.tag == "AU" || $0.tag == "A1") && !groupTags.contains($0.tag) && !$0.value.isEmpty
        && !AuthorPlaceholder.isPlaceholder($0.value)
    }
      .map { RISName.mention($0.value, location: input.location(line: $0.line)) }
    let groups = fields.filter { groupTags.contains($0.tag) && !$0.value.isEmpty }
    WoSGroupAuthors.add(groups.map { ($0.value, $0.line) }, to: &publication.authors, input: input)
    return (publication, first(["DO"]).flatMap(DOI.normalized(from:)))
  }
}
