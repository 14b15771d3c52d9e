import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `summary.json`: what a run read, kept, skipped and built, the diagnostics by code, and the
/// seconds each stage and metric took.
public enum RunSummary {
  public static let fileName = "summary.json"

  /// The summary of `analysis`, with the diagnostics counted by the caller (code, count) and the
  /// total run time.
  public static func json(
    _ analysis: Analysis, diagnostics: [(code: String, count: Int)], warnings: Int,
    totalSeconds: Double
  ) -> JSONValue {
    let counts = analysis.counts
    let authors = analysis.resolution.authors
    let persons = authors.kinds.lazy.filter { $0 == .person }.count
    let components = analysis.metrics.components
    let communities = analysis.metrics.communities
    let seconds: ([StageTimings.Entry]) -> JSONValue = { entries in
      .object(entries.map { ($0.name, .number($0.seconds)) })
    }
    return .object([
      ("tool", .string("coauth")),
      (
        "counts",
        .object([
          ("files", .integer(counts.files)),
          ("records_read", .integer(counts.records + counts.filteredRecords + counts.hyperauthoredRecords)),
          ("records_skipped", .integer(counts.skippedRecords)),
          ("records_filtered_by_year", .integer(counts.filteredRecords)),
          ("records_over_max_authors", .integer(counts.hyperauthoredRecords)),
          ("publications", .integer(counts.records)),
          ("mentions", .integer(counts.mentions)),
          ("authors", .integer(authors.count)),
          ("persons", .integer(persons)),
          ("groups", .integer(authors.count - persons)),
          ("edges", .integer(analysis.graph.edgeCount)),
          ("components", .integer(components.count)),
          ("largest_component", .integer(components.sizes.max() ?? 0)),
          ("communities", .integer(communities.count)),
          ("modularity", .number(communities.modularity)),
          ("mentorship_relations", .integer(analysis.mentorship.count)),
          ("name_ambiguities", .integer(analysis.resolution.decisions.ambiguities.count)),
        ])
      ),
      ("graph", analysis.graphMetrics.json),
      ("betweenness_sampling", betweennessSampling(analysis)),
      ("warnings", .integer(warnings)),
      ("diagnostics", .object(diagnostics.map { ($0.code, .integer($0.count)) })),
      (
        "timings",
        .object([
          ("stages", seconds(analysis.timings.stages)),
          ("metrics", seconds(analysis.timings.metrics)),
          ("total", .number(totalSeconds)),
        ])
      ),
    ])
  }

  /// How the path centralities were sampled and how precise sampled betweenness is: sources
  /// and seed, whether the graph's size chose sampling, how many authors have exact closeness
  /// and harmonic values, the largest standard error of betweenness, and the median relative
  /// standard error of the 100 highest values; null when all three are exact.
  static func betweennessSampling(_ analysis: Analysis) -> JSONValue {
    let errors = analysis.metrics.betweennessStandardErrors
    guard let sample = analysis.metrics.pathSample else { return .null }
    let median = analysis.metrics.medianRelativeErrorOfTopBetweenness() ?? 0
    return .object([
      ("sources", .integer(sample.sources)),
      ("seed", .integer(Int(truncatingIfNeeded: sample.seed))),
      ("automatic", .bool(sample.isAutomatic)),
      ("closeness_harmonic_exact_authors", .integer(sample.exactClosenessAuthors)),
      ("max_standard_error", errors.max().map(JSONValue.number) ?? .null),
      ("median_relative_standard_error_top100", .number(median)),
    ])
  }
}
