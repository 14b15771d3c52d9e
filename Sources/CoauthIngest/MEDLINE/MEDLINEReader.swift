import CoauthModel

/// Reads MEDLINE exports (PubMed's `.nbib` and `pubmed-*.txt`): records that start with a
/// `PMID-` line and end at a blank line, each field a tag padded to four characters, `- ` and
/// its value, continued on indented lines.
///
/// - id: `PMID` as written (as the CSV reader takes a `pmid` column), else `<file stem>-<n>`
///   (`medline.missing-id`);
/// - title: `TI`, else `BTI`, without MEDLINE's closing full stop;
/// - year: the first four-digit number of `DP`; venue: `JT`, else `TA`; type: the first `PT`,
///   lowercased;
/// - authors (`MEDLINEAuthors`): `FAU` ("Family, Given") with `AU` ("Family Initials") as the
///   fallback, split by `RISName`; `AUID- ORCID: ...` on the author before it; `CN` group
///   authors as `.group` mentions. `IR`/`FIR` (investigators) are not authors.
///
/// Fields after a blank line without a `PMID-` line before them are a record that lost its
/// first line: skipped (`medline.missing-pmid`); other text between records or inside one is
/// ignored (`medline.stray-text`), each once per stretch. A record without authors is kept (as
/// RIS does).
public struct MEDLINEReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    var publications: [Publication] = []
    var record: TaggedRecord?
    var stray = StrayLines(
      format: "medline", startTag: "PMID", startLine: "PMID- 12345678", fieldLine: "AU  - Doe J")
    let stem = input.fileStem

    func close() {
      guard let open = record else { return }
      stray.flush(input, diagnostics)
      publications.append(
        MEDLINERecord.publication(
          open, input: input, fallbackID: "\(stem)-\(publications.count + 1)",
          diagnostics: diagnostics))
      record = nil
    }

    TextLines.forEach(text) { raw, number in
      let line = MEDLINELine(raw)
      switch line.kind {
      case .field("PMID"):
        stray.flush(input, diagnostics)
        close()
        record = TaggedRecord(start: number)
        record?.add("PMID", value: line.value, line: number, kept: true)
      case .field(let tag):
        if record != nil {
          stray.flush(input, diagnostics)
          record?.add(
            tag, value: line.value, line: number, kept: MEDLINERecord.keptTags.contains(tag))
        } else {
          stray.add(raw, number: number, isField: true, input, diagnostics)
        }
      case _ where line.isBlank:
        // A blank line ends a record, and the fields of one that lost its `PMID-` line.
        close()
        if stray.isRecordWithoutStart { stray.flush(input, diagnostics) }
      case .continuation:
        if record != nil {
          stray.flush(input, diagnostics)
          record?.continue(line.value, line: number)
        } else {
          stray.add(raw, number: number, isField: false, input, diagnostics)
        }
      case .text:
        if let open = record {
          stray.add(
            raw, number: number, isField: false, insideRecordAt: open.start, input, diagnostics)
        } else {
          stray.add(raw, number: number, isField: false, input, diagnostics)
        }
      }
    }
    close()
    stray.flush(input, diagnostics)
    if publications.isEmpty && text.contains(where: { $0 > 0x20 }) {
      diagnostics(
        Diagnostic(
          .warning, "medline.no-records",
          "expected MEDLINE records ('PMID- 12345678' ... a blank line), found none",
          at: input.location(line: 1)))
    }
    return Corpus(publications: publications)
  }
}
