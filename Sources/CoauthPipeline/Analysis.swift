import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// Everything one run of the pipeline produced, from the records read to the metrics.
public struct Analysis: Sendable {
  /// The publications read (after the year filter), in input order.
  public var corpus: Corpus
  /// Who is who: the resolved authors and one authorship per mention.
  public var resolution: Resolution
  /// The co-authorship graph over `resolution.authors`, with per-edge publication lists.
  public var graph: CoauthorGraph
  /// Papers and active years per author.
  public var activity: AuthorActivity
  /// Per-author metric columns.
  public var metrics: AuthorMetrics
  /// Whole-graph values (the `graph` object of `summary.json`).
  public var graphMetrics: GraphMetrics
  /// Fractional tie strength of each edge (sum of `1 / n` over joint papers with `n` authors),
  /// in graph edge order; empty when not computed.
  public var fractionalStrength: [Double]
  /// Advisor-advisee relations, sorted by mentor then mentee: inferred, or declared where
  /// declarations were trusted over inference.
  public var mentorship: [MentorshipRelation]
  /// The relations the inputs declare (homepage statements, relations CSV files), matched to
  /// the authors.
  public var declared: [ResolvedDeclaredRelation]
  /// Counts of what was read and dropped.
  public var counts: RunCounts
  /// Seconds per stage and per metric.
  public var timings: StageTimings

  public init(
    corpus: Corpus, resolution: Resolution, graph: CoauthorGraph, activity: AuthorActivity,
    metrics: AuthorMetrics, graphMetrics: GraphMetrics = GraphMetrics(),
    fractionalStrength: [Double] = [], mentorship: [MentorshipRelation],
    declared: [ResolvedDeclaredRelation] = [], counts: RunCounts, timings: StageTimings
  ) {
    self.corpus = corpus
    self.resolution = resolution
    self.graph = graph
    self.activity = activity
    self.metrics = metrics
    self.graphMetrics = graphMetrics
    self.fractionalStrength = fractionalStrength
    self.mentorship = mentorship
    self.declared = declared
    self.counts = counts
    self.timings = timings
  }
}

extension Analysis {
  /// The directed mentorship graph of `mentorship` with each author's genealogy metrics.
  public var genealogy: MentorshipGenealogy {
    MentorshipGenealogy(
      authorCount: resolution.authors.count,
      relations: mentorship.map { ($0.mentor, $0.mentee) })
  }
}

/// Counts of one run for `summary.json`.
public struct RunCounts: Sendable, Hashable {
  /// Input files read.
  public var files = 0
  /// Publication records kept.
  public var records = 0
  /// Records the readers dropped (damaged, duplicated or unparsable).
  public var skippedRecords = 0
  /// Records left out by `--since` / `--until`.
  public var filteredRecords = 0
  /// Publications left out for having more authors than `--max-authors`.
  public var hyperauthoredRecords = 0
  /// Author mentions of the kept records.
  public var mentions = 0

  public init() {}
}
