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
///   authors as `.group` mentions. `IR`/`FIR` (investigators) are not authors;
/// - DOI (the corpus's `doisByPublication`): the `LID` or `AID` line marked `[doi]`.
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
    var corpus = Corpus()
    var reading = TaggedReading(
      stray: StrayLines(
        format: "medline", startTag: "PMID", startLine: "PMID- 12345678", fieldLine: "AU  - Doe J"))
    let stem = input.fileStem

    func close() {
      guard let open = reading.take(input, diagnostics) else { return }
      corpus.append(
        MEDLINERecord.publication(
          open, input: input, fallbackID: "\(stem)-\(corpus.publications.count + 1)",
          diagnostics: diagnostics), doi: MEDLINERecord.doi(open))
    }

    TextLines.forEach(text) { raw, number in
      let line = TaggedLine(medline: raw)
      switch line.kind {
      case .field("PMID"):
        close()
        reading.start("PMID", line, number: number, input, diagnostics)
      case .field(let tag):
        reading.field(
          tag, line, raw: raw, number: number, kept: MEDLINERecord.keptTags.contains(tag), input,
          diagnostics)
      case _ where line.isBlank:
        // A blank line ends a record, and the fields of one that lost its `PMID-` line.
        close()
        if reading.stray.isRecordWithoutStart { reading.stray.flush(input, diagnostics) }
      case .continuation:
        reading.continuation(line, raw: raw, number: number, input, diagnostics)
      case .text:
        reading.text(raw: raw, number: number, extendsRecord: false, input, diagnostics)
      }
    }
    close()
    reading.finish(
      corpus, of: text, expected: "MEDLINE records ('PMID- 12345678' ... a blank line)", input,
      diagnostics)
    return corpus
  }
}
