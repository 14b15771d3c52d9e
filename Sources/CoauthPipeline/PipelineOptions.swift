import CoauthExport
import CoauthGraph
import CoauthIngest
import CoauthMetrics
import CoauthModel
import CoauthNames

/// Settings of one run of the pipeline, from reading to metrics.
public struct PipelineOptions: Sendable {
  /// Read every input as this format instead of detecting it.
  public var forcedFormat: InputFormat?
  /// Header names of CSV/TSV columns, where the common names are not recognised.
  public var csvColumns = CSVColumns()
  /// How printed names are grouped into persons.
  public var resolution: ResolutionOptions
  /// Which metrics to compute and how.
  public var metrics: MetricOptions
  /// Settings of the mentorship inference.
  public var mentorship: MentorshipInference
  /// Keep only publications from this year on (publications without a year are dropped too).
  public var sinceYear: Int?
  /// Keep only publications up to this year (publications without a year are dropped too).
  public var untilYear: Int?
  /// Leave out publications with more authors than this (hyperauthored papers of large
  /// collaborations); nil keeps all.
  public var maximumAuthors: Int?
  /// Relations CSV files (mentor, mentee, years, source) read beside the inputs.
  public var relationFiles: [String] = []
  /// Declared relations replace the inferred advisors of the mentees they name.
  public var trustsDeclaredRelations = false

  public init(
    forcedFormat: InputFormat? = nil, resolution: ResolutionOptions = ResolutionOptions(),
    metrics: MetricOptions = MetricOptions(), mentorship: MentorshipInference = .init(),
    sinceYear: Int? = nil, untilYear: Int? = nil
  ) {
    self.forcedFormat = forcedFormat
    self.resolution = resolution
    self.metrics = metrics
    self.mentorship = mentorship
    self.sinceYear = sinceYear
    self.untilYear = untilYear
  }
}

/// Which per-author metrics a run computes.
public struct MetricOptions: Sendable, Hashable {
  /// Compute the path-based centralities (betweenness, closeness, harmonic). These dominate the
  /// run time on large graphs; without them their columns are empty.
  public var pathCentralities: Bool
  /// Which authors the path centralities search from: all, a seeded sample, or all unless the
  /// graph is too large (the default).
  public var pathSampling: PathSampling
  /// Seed of sampled path centralities and of the community detection.
  public var seed: UInt64
  /// Resolution of the community detection (1 is standard modularity).
  public var communityResolution: Double
  /// The community detection algorithm.
  public var communityAlgorithm: CommunityAlgorithm
  /// Run Leiden until it stops improving (``LeidenOptions/untilStable(resolution:seed:)``)
  /// instead of stopping at the first iteration that gains little.
  public var stableCommunities: Bool
  /// Path lengths of betweenness, closeness and harmonic centrality: hops, or `1 / weight` so
  /// that strong collaborations are short.
  public var pathDistance: BetweennessOptions.Distance
  /// Triangle steps (`CoauthorGraph.triangleWork`) above which truss numbers, constraint and
  /// effective size are left out: a paper of thousands of authors makes a clique whose
  /// triangles take minutes to hours (3,000 authors: 1.3e10 steps). nil computes them always.
  public var triangleWorkBudget: Double? = 2e9

  public init(
    pathCentralities: Bool = true, pathSampling: PathSampling = .automatic, seed: UInt64 = 42,
    communityResolution: Double = 1, communityAlgorithm: CommunityAlgorithm = .leiden,
    pathDistance: BetweennessOptions.Distance = .hops, stableCommunities: Bool = false
  ) {
    self.stableCommunities = stableCommunities
    self.pathCentralities = pathCentralities
    self.pathSampling = pathSampling
    self.seed = seed
    self.communityResolution = communityResolution
    self.communityAlgorithm = communityAlgorithm
    self.pathDistance = pathDistance
  }
}

/// How communities are found; both optimise modularity with a seed.
public enum CommunityAlgorithm: String, Sendable, Hashable, CaseIterable {
  /// Leiden (Traag et al. 2019): connected communities, at least Louvain's modularity.
  case leiden
  /// Louvain (Blondel et al. 2008), as networkx `louvain_communities`.
  case louvain
}
