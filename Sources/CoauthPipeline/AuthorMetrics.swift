import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// The per-author metric columns of `authors.csv`, indexed by `AuthorIndex`.
///
/// Conventions follow networkx (see `Sources/CoauthMetrics/README.md`): betweenness is Brandes'
/// normalised value, closeness uses the Wasserman-Faust scaling per component, PageRank follows
/// Newman weights with damping 0.85, communities come from Leiden (or Louvain) with a fixed seed; `truss` is
/// the largest truss number of the author's edges, `articulation` how many more components the
/// author's removal leaves (0 unless an articulation point), `constraint` and `effective_size`
/// are Burt's, weighted by Newman weights.
public struct AuthorMetrics: Sendable {
  public var degree: [Int] = []
  public var strength: [Double] = []
  /// Empty when path centralities were not requested.
  public var betweenness: [Double] = []
  /// Standard error of each sampled betweenness value (`--path-samples`); empty when
  /// betweenness is exact or not computed.
  public var betweennessStandardErrors: [Double] = []
  /// How the path centralities were sampled; nil when exact.
  public var pathSample: PathSample?
  /// Empty when path centralities were not requested.
  public var closeness: [Double] = []
  /// Empty when path centralities were not requested.
  public var harmonic: [Double] = []
  public var eigenvector: [Double] = []
  public var pageRank: [Double] = []
  public var core: [Int32] = []
  public var clustering: [Double] = []
  public var components = ConnectedComponents(componentOfNode: [], sizes: [])
  public var communities = Communities(membership: [], sizes: [], modularity: 0)
  /// Truss numbers; `truss.nodes` is the `truss` column.
  public var truss = TrussNumbers(edges: [], nodes: [])
  /// Bridges and articulation points; `cut.separatedComponents` is the `articulation` column.
  public var cut = CutStructure(bridges: [], separatedComponents: [])
  /// Burt's constraint and effective size, weighted by Newman weights.
  public var brokerage = Brokerage(constraint: [], effectiveSize: [])
  /// The columns left empty because the graph's triangles exceed
  /// ``MetricOptions/triangleWorkBudget`` (truss, constraint, effective size), else none.
  public var leftOutForTriangles: [String] = []
  /// Repeat collaborators, team sizes, solo papers and career span; empty without papers.
  public var collaboration = CollaborationProfile(
    repeatRate: [], meanTeamSize: [], soloPapers: [], careerSpan: [], coauthorsPerYear: [])

  public init() {}

  /// The columns in `authors.csv` order, with their names.
  public var columns: [MetricColumn] {
    [
      .init(name: "degree", values: .integers(degree.map(Int64.init))),
      .init(name: "strength", values: .reals(strength)),
      .init(name: "betweenness", values: .reals(betweenness)),
      .init(name: "closeness", values: .reals(closeness)),
      .init(name: "harmonic", values: .reals(harmonic)),
      .init(name: "eigenvector", values: .reals(eigenvector)),
      .init(name: "pagerank", values: .reals(pageRank)),
      .init(name: "core", values: .integers(core.map(Int64.init))),
      .init(name: "clustering", values: .reals(clustering)),
      .init(name: "component", values: .integers(components.componentOfNode.map(Int64.init))),
      .init(name: "community", values: .integers(communities.membership.map(Int64.init))),
      .init(name: "truss", values: .integers(truss.nodes.map(Int64.init))),
      .init(name: "articulation", values: .integers(cut.separatedComponents.map(Int64.init))),
      .init(name: "constraint", values: .reals(brokerage.constraint)),
      .init(name: "effective_size", values: .reals(brokerage.effectiveSize)),
      .init(name: "repeat_rate", values: .reals(collaboration.repeatRate)),
      .init(name: "mean_team_size", values: .reals(collaboration.meanTeamSize)),
      .init(name: "solo_papers", values: .integers(collaboration.soloPapers.map(Int64.init))),
      .init(name: "career_span", values: .integers(collaboration.careerSpan.map(Int64.init))),
      .init(name: "coauthors_per_year", values: .reals(collaboration.coauthorsPerYear)),
    ]
  }

  /// Computes every metric of `graph`, timing each one into `timings`; the collaboration
  /// columns need the `papers` the graph was built from (left empty without them).
  public static func compute(
    _ graph: CoauthorGraph, papers: [GraphPaper] = [], options: MetricOptions,
    timings: inout StageTimings
  ) throws(MetricsError) -> AuthorMetrics {
    var metrics = AuthorMetrics()
    metrics.degree = timings.metric("degree") { degrees(graph) }
    metrics.strength = timings.metric("strength") { strengths(graph) }
    // Before the path centralities: sampled closeness reads the component sizes.
    metrics.components = timings.metric("components") { connectedComponents(graph) }
    if options.pathCentralities {
      try metrics.computePathCentralities(graph, options: options, timings: &timings)
    }
    metrics.eigenvector = try timings.metric("eigenvector") { () throws(MetricsError) in
      try eigenvectorCentrality(graph)
    }
    metrics.pageRank = try timings.metric("pagerank") { () throws(MetricsError) in
      try CoauthMetrics.pageRank(graph)
    }
    metrics.core = timings.metric("kcore") { coreNumbers(graph) }
    metrics.clustering = timings.metric("clustering") { clusteringCoefficients(graph) }
    let resolution = options.communityResolution
    switch options.communityAlgorithm {
    case .leiden:
      metrics.communities = try timings.metric("leiden") { () throws(MetricsError) in
        try leidenCommunities(
          graph,
          options: options.stableCommunities
            ? .untilStable(resolution: resolution, seed: options.seed)
            : LeidenOptions(resolution: resolution, seed: options.seed))
      }
    case .louvain:
      metrics.communities = try timings.metric("louvain") { () throws(MetricsError) in
        try louvainCommunities(
          graph, options: LouvainOptions(resolution: resolution, seed: options.seed))
      }
    }
    if let budget = options.triangleWorkBudget, Double(graph.triangleWork) > budget {
      metrics.leftOutForTriangles = ["truss", "constraint", "effective_size"]
    } else {
      metrics.truss = timings.metric("truss") { trussNumbers(graph) }
    }
    metrics.cut = timings.metric("bridges+articulation") { cutStructure(graph) }
    if metrics.leftOutForTriangles.isEmpty {
      metrics.brokerage = timings.metric("constraint+effective_size") {
        CoauthMetrics.brokerage(graph)
      }
    }
    if !papers.isEmpty {
      metrics.collaboration = timings.metric("collaboration") {
        collaborationProfile(graph, papers: papers)
      }
    }
    return metrics
  }
}

/// How the path centralities of a run were sampled (`--path-samples`).
public struct PathSample: Sendable, Hashable {
  /// The number of source authors and the seed that drew them.
  public var sources: Int
  public var seed: UInt64
  /// True when the graph's size chose sampling (`PathSampling.automatic`), not the user.
  public var isAutomatic: Bool
  /// Authors whose closeness and harmonic centrality are exact: the sources themselves, and
  /// every author of a component that holds few sources (see `sampledDistanceCentralities`).
  public var exactClosenessAuthors: Int
}

extension AuthorMetrics {
  /// How precise sampled betweenness is where it matters most: the median of standard error over
  /// value among the `count` highest positive values; nil when betweenness is exact or was not
  /// computed.
  public func medianRelativeErrorOfTopBetweenness(count: Int = 100) -> Double? {
    let errors = betweennessStandardErrors
    guard !errors.isEmpty, errors.count == betweenness.count else { return nil }
    let top = betweenness.indices.sorted { betweenness[$0] > betweenness[$1] }.prefix(count)
      .filter { betweenness[$0] > 0 }
    let relative = top.map { errors[$0] / betweenness[$0] }.sorted()
    return relative.isEmpty ? 0 : relative[relative.count / 2]
  }

  /// Betweenness, closeness and harmonic centrality, exact or from sampled sources as
  /// `options.pathSampling` says for this graph.
  fileprivate mutating func computePathCentralities(
    _ graph: CoauthorGraph, options: MetricOptions, timings: inout StageTimings
  ) throws(MetricsError) {
    let distance = options.pathDistance
    guard
      let sampleSize = options.pathSampling.sampleSize(
        nodeCount: graph.nodeCount, pairCount: graph.edgeCount)
    else {
      betweenness = try timings.metric("betweenness") { () throws(MetricsError) in
        try betweennessCentrality(graph, options: BetweennessOptions(distance: distance))
      }
      // One breadth-first search per node gives both; timed together.
      let distances = timings.metric("closeness+harmonic") {
        distanceCentralities(graph, distance: distance)
      }
      closeness = distances.closeness
      harmonic = distances.harmonic
      return
    }
    let sampled = try timings.metric("betweenness") { () throws(MetricsError) in
      try sampledBetweenness(
        graph, sampleSize: sampleSize, seed: options.seed,
        options: BetweennessOptions(distance: distance))
    }
    betweenness = sampled.values
    betweennessStandardErrors = sampled.standardErrors ?? []
    let distances = timings.metric("closeness+harmonic") {
      sampledDistanceCentralities(
        graph, sources: sampled.sources, distance: distance, components: components)
    }
    closeness = distances.closeness
    harmonic = distances.harmonic
    pathSample = PathSample(
      sources: sampleSize, seed: options.seed, isAutomatic: options.pathSampling == .automatic,
      exactClosenessAuthors: distances.exactNodes)
  }
}

/// One named per-author column of numbers.
public struct MetricColumn: Sendable {
  /// Integer or real values; an empty array means "not computed".
  public enum Values: Sendable {
    case integers([Int64])
    case reals([Double])
  }

  public var name: String
  public var values: Values

  public init(name: String, values: Values) {
    self.name = name
    self.values = values
  }

  /// Whether this column holds a value for every author (false when not computed).
  public var isEmpty: Bool {
    switch values {
    case .integers(let array): array.isEmpty
    case .reals(let array): array.isEmpty
    }
  }
}
