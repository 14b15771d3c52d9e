import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// Whole-graph values for the `graph` object of `summary.json`: clustering, assortativity,
/// distances in the giant component, cut structure, modularity and component sizes.
public struct GraphMetrics: Sendable {
  /// Global clustering coefficient (networkx `transitivity`).
  public var transitivity = 0.0
  /// Mean local clustering over all nodes (networkx `average_clustering`).
  public var averageClustering = 0.0
  /// Degree assortativity; nil when undefined.
  public var assortativity: Double?
  /// Diameter of the giant component, exact or bracketed; nil for the null graph.
  public var diameter: DiameterBounds?
  /// Average shortest-path length of the giant component; nil for the null graph.
  public var averagePathLength: PathLengthEstimate?
  /// Number of bridges.
  public var bridges = 0
  /// Number of articulation points.
  public var articulationPoints = 0
  /// Modularity of the communities.
  public var modularity = 0.0
  /// The algorithm that found the communities.
  public var communityAlgorithm = CommunityAlgorithm.leiden
  /// Sizes of the largest components, at most ``componentSizeCount``.
  public var largestComponents: [Int] = []

  /// How many component sizes are kept.
  public static let componentSizeCount = 10
  /// Above this many nodes in the giant component (and without closeness to reuse), the average
  /// path length is estimated from ``pathLengthSamples`` sources.
  public static let exactPathLengthLimit = 2_000
  /// Sources of the estimated average path length.
  public static let pathLengthSamples = 500
  /// Breadth-first searches the diameter may spend before settling for bounds.
  public static let diameterSearchBudget = 500

  public init() {}

  /// Computes the values of `graph` from its per-author `metrics`, timing each into `timings`.
  /// The average path length comes from the closeness column when it was computed (exact, no
  /// further search).
  public static func compute(
    _ graph: CoauthorGraph, metrics: AuthorMetrics, options: MetricOptions,
    timings: inout StageTimings
  ) -> GraphMetrics {
    let seed = options.seed
    var result = GraphMetrics()
    result.communityAlgorithm = options.communityAlgorithm
    result.transitivity = timings.metric("transitivity") { CoauthMetrics.transitivity(graph) }
    let clustering = metrics.clustering
    result.averageClustering =
      clustering.isEmpty ? 0 : clustering.reduce(0, +) / Double(clustering.count)
    result.assortativity = timings.metric("assortativity") { degreeAssortativity(graph) }
    result.bridges = metrics.cut.bridges.count
    result.articulationPoints = metrics.cut.articulationPointCount
    result.modularity = metrics.communities.modularity
    result.largestComponents = Array(metrics.components.sizes.prefix(componentSizeCount))
    let membership = metrics.components.componentOfNode
    guard let giantNode = membership.firstIndex(of: 0) else { return result }
    result.diameter = timings.metric("diameter") {
      CoauthMetrics.diameter(
        graph, componentOf: giantNode, maximumSearches: diameterSearchBudget)
    }
    result.averagePathLength = timings.metric("average_path_length") {
      // Closeness gives the hop average for free; weighted closeness does not.
      if !metrics.closeness.isEmpty, options.pathDistance == .hops, metrics.pathSample == nil {
        return PathLengthEstimate(
          closeness: membership.indices.lazy.filter { membership[$0] == 0 }
            .map { metrics.closeness[$0] }, graphNodeCount: graph.nodeCount)
      }
      let exact = metrics.components.sizes[0] <= exactPathLengthLimit
      return averageShortestPathLength(
        graph, componentOf: giantNode, samples: exact ? nil : pathLengthSamples, seed: seed)
    }
    return result
  }

  /// The `graph` object of `summary.json`.
  public var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("transitivity", .number(transitivity)),
      ("average_clustering", .number(averageClustering)),
      ("assortativity", assortativity.map(JSONValue.number) ?? .null),
    ]
    if let diameter {
      members.append(
        (
          "diameter",
          diameter.isExact
            ? .object([("exact", .bool(true)), ("value", .integer(diameter.lower))])
            : .object([
              ("exact", .bool(false)), ("lower", .integer(diameter.lower)),
              ("upper", .integer(diameter.upper)),
            ])
        ))
    } else {
      members.append(("diameter", .null))
    }
    if let path = averagePathLength {
      var object: [(key: String, value: JSONValue)] = [
        ("exact", .bool(path.isExact)), ("value", .number(path.value)),
      ]
      if !path.isExact {
        object.append(("standard_error", .number(path.standardError)))
        object.append(("sources", .integer(path.sources)))
      }
      members.append(("average_path_length", .object(object)))
    } else {
      members.append(("average_path_length", .null))
    }
    members += [
      ("bridges", .integer(bridges)),
      ("articulation_points", .integer(articulationPoints)),
      ("modularity", .number(modularity)),
      ("community_algorithm", .string(communityAlgorithm.rawValue)),
      ("largest_components", .array(largestComponents.map(JSONValue.integer))),
    ]
    return .object(members)
  }
}
