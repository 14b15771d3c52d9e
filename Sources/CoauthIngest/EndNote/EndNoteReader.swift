import CoauthModel

/// Reads EndNote tagged (Refer) exports, as Google Scholar's "EndNote" link and EndNote itself
/// write them (`.enw`): records of `%X value` lines separated by blank lines, the first
/// usually `%0 Journal Article` (`EndNoteRecord` says which fields make the publication).
///
/// A record starts at `%0` or at the first field after a blank line, and ends at a blank line
/// or the next `%0`; a line without a tag continues the field before it. A record without
/// authors is kept (as RIS does); text outside records is ignored (`endnote.stray-text`), once
/// per stretch.
public struct EndNoteReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    var corpus = Corpus()
    var reading = TaggedReading(
      stray: StrayLines(
        format: "endnote", startTag: "%0", startLine: "%0 Journal Article",
        fieldLine: "%A Doe, Jane"))
    let stem = input.fileStem

    func close() {
      guard let open = reading.take(input, diagnostics) else { return }
      corpus.append(
        EndNoteRecord.publication(
          open, input: input, fallbackID: "\(stem)-\(corpus.publications.count + 1)"),
        doi: EndNoteRecord.doi(open))
    }

    TextLines.forEach(text) { raw, number in
      let line = TaggedLine(endNote: raw)
      switch line.kind {
      case .field(let tag):
        if tag == "0" { close() }
        if reading.record == nil {
          reading.start(tag, line, number: number, input, diagnostics)
        } else {
          reading.field(
            tag, line, raw: raw, number: number, kept: EndNoteRecord.keptTags.contains(tag),
            input, diagnostics)
        }
      case .continuation:
        reading.continuation(line, raw: raw, number: number, input, diagnostics)
      case .text:
        close()
      }
    }
    close()
    reading.finish(
      corpus, of: text,
      expected: "EndNote records ('%0 Journal Article', '%A Doe, Jane' ... a blank line)", input,
      diagnostics)
    return corpus
  }
}
