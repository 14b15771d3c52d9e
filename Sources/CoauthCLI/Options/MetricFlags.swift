import ArgumentParser
import CoauthMetrics
import CoauthPipeline

/// How metrics are computed: the trade-offs a user of a large corpus may want to make.
struct MetricFlags: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Estimate betweenness from this many randomly chosen source authors (seeded by --seed) "
        + "instead of all, for very large graphs; summary.json reports the standard errors.",
      valueName: "n"))
  var betweennessSamples: Int?

  @Flag(help: "Skip betweenness, closeness and harmonic centrality (their columns stay empty).")
  var noPathCentralities = false

  @Option(
    help: ArgumentHelp(
      "Path lengths of betweenness, closeness and harmonic centrality: hops (default) or "
        + "inverse-weight (1 / Newman weight, so strong collaborations are short).",
      valueName: "lengths"))
  var pathLengths: PathLengths = .hops

  @Option(help: "Seed of sampled betweenness and of community detection.")
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
    if let betweennessSamples, betweennessSamples < 1 {
      throw ValidationError("--betweenness-samples must be at least 1")
    }
    if !(communityResolution >= 0) || !communityResolution.isFinite {
      throw ValidationError("--community-resolution must be a non-negative number")
    }
  }

  var options: MetricOptions {
    MetricOptions(
      pathCentralities: !noPathCentralities, betweennessSamples: betweennessSamples, seed: seed,
      communityResolution: communityResolution, communityAlgorithm: communities,
      pathDistance: pathLengths == .hops ? .hops : .inverseWeight,
      stableCommunities: stableCommunities)
  }
}

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `--path-lengths`: how long a co-authorship edge is on shortest paths.
enum PathLengths: String, ExpressibleByArgument, CaseIterable {
  case hops
  case inverseWeight = "inverse-weight"
}
