import ArgumentParser
import CoauthMetrics
import CoauthPipeline

/// How metrics are computed: the trade-offs a user of a large corpus may want to make.
struct MetricFlags: ParsableArguments {
  @Option(
    name: [.customLong("path-samples"), .customLong("betweenness-samples")],
    help: ArgumentHelp(
      "Search from this many randomly chosen authors (seeded by --seed) instead of all: "
        + "betweenness, closeness and harmonic centrality are then estimates (summary.json "
        + "reports their precision). auto (default): all authors unless the graph is too large "
        + "for that to finish in minutes; all: exact whatever the size.",
      valueName: "n|auto|all"))
  var pathSamples: PathSamplesArgument = .init(.automatic)

  @Flag(help: "Skip betweenness, closeness and harmonic centrality (their columns stay empty).")
  var noPathCentralities = false

  @Option(
    help: ArgumentHelp(
      "Path lengths of betweenness, closeness and harmonic centrality: hops (default) or "
        + "inverse-weight (1 / Newman weight, so strong collaborations are short).",
      valueName: "lengths"))
  var pathLengths: PathLengths = .hops

  @Option(help: "Seed of sampled path centralities and of community detection.")
  var seed: UInt64 = 42

  @Option(help: "Resolution of community detection (higher gives smaller communities).")
  var communityResolution: Double = 1

  @Option(
    help: ArgumentHelp(
      "Community detection algorithm: leiden (connected communities, default) or louvain.",
      valueName: "algorithm"))
  var communities: CommunityAlgorithm = .leiden

  @Flag(
    help: ArgumentHelp(
      "Iterate Leiden until it stops improving (as igraph's n_iterations=-1): slightly higher "
        + "modularity, several times slower on large graphs."))
  var stableCommunities = false

  func validate() throws {
    if case .sources(let count) = pathSamples.value, count < 1 {
      throw ValidationError("--path-samples must be at least 1, auto or all")
    }
    if !(communityResolution >= 0) || !communityResolution.isFinite {
      throw ValidationError("--community-resolution must be a non-negative number")
    }
  }

  var options: MetricOptions {
    MetricOptions(
      pathCentralities: !noPathCentralities, pathSampling: pathSamples.value, seed: seed,
      communityResolution: communityResolution, communityAlgorithm: communities,
      pathDistance: pathLengths == .hops ? .hops : .inverseWeight,
      stableCommunities: stableCommunities)
  }
}

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `--path-samples`: a number of sources, `auto` or `all`.
struct PathSamplesArgument: ExpressibleByArgument {
  var value: PathSampling

  init(_ value: PathSampling) { self.value = value }

  init?(argument: String) {
    switch argument {
    case "auto": value = .automatic
    case "all": value = .all
    default:
      guard let count = Int(argument) else { return nil }
      value = .sources(count)
    }
  }

  var defaultValueDescription: String { "auto" }
}

/// `--path-lengths`: how long a co-authorship edge is on shortest paths.
enum PathLengths: String, ExpressibleByArgument, CaseIterable {
  case hops
  case inverseWeight = "inverse-weight"
}
