import CoauthModel

/// Reads Web of Science plain-text exports (`savedrecs.txt`, `.ciw`): records from `PT` to
/// `ER`, each field a two-character tag and its value, continued on indented lines.
///
/// - id: `UT` (accession number), else `DI`, else `<file stem>-<n>` (`wos.missing-id`);
/// - title: `TI`, without the inline HTML of its italics (`RichTextTags`);
/// - year: the first four-digit number of `PY`, else `EA`, else `PD`;
/// - venue: `SO`, else `J9`, `JI`, `SE`, `BS`; type: `DT`, else `PT`, lowercased;
/// - authors: `AF` (full names, one per line), else `AU` ("Doe, JA"), split as "Family,
///   Given" (`RISName`); `CA` group authors as `.group` mentions; ORCID iDs of `OI` put on the
///   authors they name (`CSVORCIDList`, as for the tab-delimited export). `RI` (ResearcherID)
///   is not read: mentions have no place for it;
/// - DOI (the corpus's `doisByPublication`): `DI`, else the book's `D2`.
///
/// `FN`, `VR` and `EF` lines (file name, version, end of file) may stand anywhere between
/// records, or be missing. A record that is not closed by `ER` before the next `PT`, a file
/// header or the end of the file is kept (`wos.missing-er`). Fields outside any record are a
/// record that lost its `PT` line: skipped (`wos.missing-pt`); other text between records or
/// inside one is ignored (`wos.stray-text`), each once per stretch. A record without authors is
/// kept (as RIS does).
public struct WoSReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    var corpus = Corpus()
    var reading = TaggedReading(
      stray: StrayLines(format: "wos", startTag: "PT", startLine: "PT J", fieldLine: "AU Doe, J"))
    let stem = input.fileStem

    /// Closes the open record; `found` says what stood where its `ER` was expected.
    func close(missingEnd found: String?) {
      guard let open = reading.take(input, diagnostics) else { return }
      if let found {
        diagnostics(
          Diagnostic(
            .warning, "wos.missing-er",
            "expected 'ER' closing the record that starts at line \(open.start), found \(found); "
              + "keeping it", at: input.location(line: open.end)))
      }
      corpus.append(
        WoSRecord.publication(
          open, input: input, fallbackID: "\(stem)-\(corpus.publications.count + 1)",
          diagnostics: diagnostics), doi: WoSRecord.doi(open))
    }

    TextLines.forEach(text) { raw, number in
      let line = TaggedLine(webOfScience: raw)
      switch line.kind {
      case .field("PT"):
        close(missingEnd: "a new record at line \(number)")
        reading.start("PT", line, number: number, input, diagnostics)
      case .field("ER"):
        if reading.record != nil {
          reading.record?.end = number
          close(missingEnd: nil)
        } else {
          reading.stray.add(raw, number: number, isField: false, input, diagnostics)
          // The end of a record that lost its `PT`: the next one is reported apart.
          if reading.stray.isRecordWithoutStart { reading.stray.flush(input, diagnostics) }
        }
      case .field(let tag) where tag == "FN" || tag == "VR" || tag == "EF":
        close(missingEnd: "'\(tag)' at line \(number)")
        reading.stray.flush(input, diagnostics)
      case .field(let tag):
        reading.field(
          tag, line, raw: raw, number: number, kept: WoSRecord.keptTags.contains(tag), input,
          diagnostics)
      case _ where line.isBlank:
        // Blank lines stand between the records of an export and mean nothing.
        break
      case .continuation:
        reading.continuation(line, raw: raw, number: number, input, diagnostics)
      case .text:
        reading.text(raw: raw, number: number, extendsRecord: true, input, diagnostics)
      }
    }
    close(missingEnd: "the end of the file")
    reading.finish(
      corpus, of: text, expected: "Web of Science records ('PT J' ... 'ER')", input, diagnostics)
    return corpus
  }
}
