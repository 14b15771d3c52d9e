import CoauthModel

/// A reader of one input format. Readers decode the format's escapes (LaTeX accents, XML
/// entities) but do not normalise names. A damaged record is reported through `diagnostics` and
/// skipped; every good record is kept. Only an input that is unusable as a whole throws.
public protocol PublicationReader: Sendable {
  /// Reads all records of `input`.
  func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError) -> Corpus
}
