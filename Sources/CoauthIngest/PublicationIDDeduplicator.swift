import CoauthModel

/// Keeps publication ids unique over a run: the first record with an id wins, later records
/// with the same id are dropped with an `ingest.duplicate-id` warning.
public struct PublicationIDDeduplicator: Sendable {
  private var firstLocations: [String: SourceLocation] = [:]

  public init() {}

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
