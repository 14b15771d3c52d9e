import CoauthModel

/// Placeholder until the Markdown reader lands.
public struct MarkdownListReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    Corpus()
  }
}
