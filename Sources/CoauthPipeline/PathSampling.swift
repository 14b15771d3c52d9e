/// Which authors betweenness, closeness and harmonic centrality search from: every author
/// (exact values), a seeded sample of them (estimates), or, by default, every author unless the
/// graph is too large for that to finish in reasonable time.
///
/// An exact run does one search per author, each over the whole graph: about `n (2m + n)` steps
/// for `n` authors and `m` co-author pairs. Up to `automaticBudget` steps (the ACL Anthology
/// 2020-2022 graph takes 6.6e9, 7 s for exact betweenness on two cores) `.automatic` is exact;
/// beyond, it samples as many sources as fit the budget, and at least
/// `automaticMinimumSources`. A generated DBLP graph of 142,829 authors and 3.3 M pairs would
/// take about 3 hours exact and takes about 2 minutes sampled.
public enum PathSampling: Sendable, Hashable {
  /// Exact while the graph fits the budget, sampled beyond.
  case automatic
  /// Exact, whatever the graph's size.
  case all
  /// Estimated from this many seeded sources (exact when the graph has no more authors).
  case sources(Int)

  /// Search steps an automatic run may take (see the type's description).
  public static let automaticBudget = 10_000_000_000.0
  /// The fewest sources an automatic sample takes.
  public static let automaticMinimumSources = 500

  /// The number of sources to sample for a graph of `nodeCount` authors and `pairCount`
  /// co-author pairs; nil for exact values.
  public func sampleSize(nodeCount: Int, pairCount: Int) -> Int? {
    switch self {
    case .all: return nil
    case .sources(let count): return count < nodeCount ? count : nil
    case .automatic:
      let stepsPerSearch = Double(2 * pairCount + nodeCount)
      guard Double(nodeCount) * stepsPerSearch > Self.automaticBudget else { return nil }
      let count = max(Self.automaticMinimumSources, Int(Self.automaticBudget / stepsPerSearch))
      return count < nodeCount ? count : nil
    }
  }
}
