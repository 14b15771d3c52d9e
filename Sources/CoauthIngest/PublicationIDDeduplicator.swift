import CoauthModel

/// Keeps publication ids unique over a run: the first record with an id wins, later records
/// with the same id are dropped with an `ingest.duplicate-id` warning.
public struct PublicationIDDeduplicator: Sendable {
  private var firstLocations: [String: SourceLocation] = [:]

  public init() {}

  /// True when the id of `publication` was not seen before (it is now); false, with a warning,
  /// for a repeated id.
  public mutating func admit(_ publication: Publication, diagnostics: DiagnosticHandler) -> Bool {
    if let first = firstLocations[publication.id] {
      diagnostics(
        Diagnostic(
          .warning, "ingest.duplicate-id",
          "duplicate publication id '\(publication.id)' (first defined at \(first)); "
            + "keeping the first record",
          at: publication.location, skippedRecords: 1))
      return false
    }
    firstLocations[publication.id] = publication.location
    return true
  }

  /// The publications of `batch` whose ids were not seen before, in order.
  public mutating func unique(_ batch: [Publication], diagnostics: DiagnosticHandler)
    -> [Publication]
  {
    var kept: [Publication] = []
    kept.reserveCapacity(batch.count)
    for publication in batch {
      if let first = firstLocations[publication.id] {
        diagnostics(
          Diagnostic(
            .warning, "ingest.duplicate-id",
            "duplicate publication id '\(publication.id)' (first defined at \(first)); "
              + "keeping the first record",
            at: publication.location, skippedRecords: 1))
      } else {
        firstLocations[publication.id] = publication.location
        kept.append(publication)
      }
    }
    return kept
  }
}
