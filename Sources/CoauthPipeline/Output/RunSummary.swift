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
          ("records_read", .integer(counts.records + counts.filteredRecords)),
          ("records_skipped", .integer(counts.skippedRecords)),
          ("records_filtered_by_year", .integer(counts.filteredRecords)),
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
}
