import CoauthGraph

/// Options of ``louvainCommunities(_:options:)``.
public struct LouvainOptions: Sendable, Hashable {
  /// Modularity resolution `gamma` (networkx `resolution`).
  public var resolution: Double
  /// Stop when a level improves modularity by no more than this (networkx `threshold`).
  public var threshold: Double
  /// Seed of the node visiting order.
  public var seed: UInt64
  /// Use edge weights; otherwise every edge weighs 1.
  public var weighted: Bool

  public init(
    resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0, weighted: Bool = true
  ) {
    self.resolution = resolution
    self.threshold = threshold
    self.seed = seed
    self.weighted = weighted
  }
}

/// Communities by the Louvain method, following networkx `louvain_communities`.
///
/// Each level shuffles the nodes once (`SplitMix64(seed:)`), then moves nodes one at a time to
/// the neighbouring community with the largest positive modularity gain
/// `w(u, C) / m - gamma * S(C) d(u) / (2 m^2)` (above 1e-13, against rounding loops) until no
/// node can gain (a node is visited again only when a neighbour moved); communities are then
/// contracted into nodes (internal weight kept as self loops) and the next level starts. It stops
/// when a level gains no more than `threshold`; a last local-moving phase on the original graph
/// lets single nodes leave the communities they were contracted into. Ties go to the community
/// met first in the node's row, so the same seed gives the same partition on every run and
/// machine.
///
/// - Returns: the partition with ids by decreasing size, and its modularity. The null graph has no
///   community; a graph without edges keeps every node alone.
/// - Throws: `MetricsError.invalidParameter` for a negative resolution or threshold.
/// - Complexity: about O(m) per pass over the nodes; few passes and levels in practice.
///
/// Blondel, Guillaume, Lambiotte and Lefebvre 2008, doi:10.1088/1742-5468/2008/10/P10008.
public func louvainCommunities(
  _ graph: CoauthorGraph, options: LouvainOptions = LouvainOptions()
) throws(MetricsError) -> Communities {
  guard options.resolution >= 0, options.resolution.isFinite else {
    throw .invalidParameter(name: "resolution", value: options.resolution)
  }
  guard options.threshold >= 0 else {
    throw .invalidParameter(name: "threshold", value: options.threshold)
  }
  let nodeCount = graph.nodeCount
  var labels = (0..<Int32(nodeCount)).map { $0 }
  var level = WeightedLevel(graph, weighted: options.weighted)
  let total = level.totalWeight
  guard nodeCount > 0, total > 0 else {
    let canonical = Communities.canonical(labels: labels, labelCount: nodeCount)
    return Communities(membership: canonical.membership, sizes: canonical.sizes, modularity: 0)
  }
  var generator = SplitMix64(seed: options.seed)
  var currentModularity = level.modularity(
    of: (0..<Int32(level.nodeCount)).map { $0 }, total: total, resolution: options.resolution)
  while true {
    let (levelLabels, communityCount, improved) = level.moveNodes(
      total: total, resolution: options.resolution, generator: &generator)
    for node in 0..<nodeCount { labels[node] = levelLabels[Int(labels[node])] }
    guard improved else { break }
    let newModularity = level.modularity(
      of: levelLabels, total: total, resolution: options.resolution)
    if newModularity - currentModularity <= options.threshold { break }
    currentModularity = newModularity
    level = level.contracted(by: levelLabels, groupCount: communityCount)
  }
  // Final refinement: single nodes of the original graph may still gain by moving.
  let original = WeightedLevel(graph, weighted: options.weighted)
  labels = original.moveNodes(
    total: total, resolution: options.resolution, generator: &generator, initial: labels
  ).labels
  let labelCount = Int(labels.max() ?? -1) + 1
  let canonical = Communities.canonical(labels: labels, labelCount: labelCount)
  return Communities(
    membership: canonical.membership, sizes: canonical.sizes,
    modularity: modularity(
      graph, membership: canonical.membership, resolution: options.resolution,
      weighted: options.weighted))
}

// MARK: - Helpers

/// Louvain on one level of the hierarchy.
fileprivate extension WeightedLevel {
  /// Total edge weight `m` (self loops once).
  var totalWeight: Double { weights.reduce(0, +) / 2 + selfLoops.reduce(0, +) }

  /// Weighted degree, self loops counted twice (networkx `degree(weight=...)`).
  func strengths() -> [Double] {
    (0..<nodeCount).map { v in
      var sum = 2 * selfLoops[v]
      for h in Int(offsets[v])..<Int(offsets[v + 1]) { sum += weights[h] }
      return sum
    }
  }

  /// Modularity of `labels` (`0..<nodeCount` range) on this level.
  func modularity(of labels: [Int32], total: Double, resolution: Double) -> Double {
    var inside = [Double](repeating: 0, count: nodeCount)
    var strength = [Double](repeating: 0, count: nodeCount)
    let degree = strengths()
    for u in 0..<nodeCount {
      let cu = Int(labels[u])
      strength[cu] += degree[u]
      inside[cu] += selfLoops[u]
      for h in Int(offsets[u])..<Int(offsets[u + 1]) where labels[Int(targets[h])] == labels[u] {
        inside[cu] += weights[h] / 2
      }
    }
    var q = 0.0
    for c in 0..<nodeCount where strength[c] > 0 {
      let share = strength[c] / (2 * total)
      q += inside[c] / total - resolution * share * share
    }
    return q
  }

  /// Local moving: returns compact community labels in order of their first member, their
  /// count, and whether any node moved. `initial` gives starting labels in `0..<nodeCount`
  /// (singletons when nil).
  ///
  /// Nodes wait in a queue, first in a shuffled order; a node that moves queues its neighbours
  /// outside its new community again (fast local moving, Traag 2015, doi:10.1140/epjb/e2015-60703-3),
  /// so the phase ends when no node can gain, as networkx's sweeps do, in about half the work.
  func moveNodes(
    total: Double, resolution: Double, generator: inout SplitMix64, initial: [Int32]? = nil
  ) -> (labels: [Int32], communityCount: Int, improved: Bool) {
    let n = nodeCount
    let degree = strengths()
    var community = initial ?? (0..<Int32(n)).map { $0 }
    var order = (0..<Int32(n)).map { $0 }
    generator.shuffle(&order)
    let improved = offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
          degree.withUnsafeBufferPointer { degree in
            community.withUnsafeMutableBufferPointer { community in
              var moving = LocalMoving(
                offsets: offsets, targets: targets, weights: weights, degree: degree,
                community: community, total: total, resolution: resolution)
              return moving.run(queue: order)
            }
          }
        }
      }
    }
    let (labels, count) = Self.compacted(community)
    return (labels, count, improved)
  }
}

/// The local-moving phase of one level on raw buffers (this loop is nearly all of Louvain's
/// time): moves single nodes to the neighbouring community of largest modularity gain.
private struct LocalMoving {
  let offsets: UnsafeBufferPointer<Int32>
  let targets: UnsafeBufferPointer<Int32>
  let weights: UnsafeBufferPointer<Double>
  let degree: UnsafeBufferPointer<Double>
  /// Community of each node, updated in place.
  let community: UnsafeMutableBufferPointer<Int32>
  let total: Double
  /// `gamma / 2m^2`: the gain's penalty per unit of `S(C) d(u)`.
  let scale: Double

  /// Smallest modularity gain that moves a node.
  static let minimumGain = 1e-13

  init(
    offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    weights: UnsafeBufferPointer<Double>, degree: UnsafeBufferPointer<Double>,
    community: UnsafeMutableBufferPointer<Int32>, total: Double, resolution: Double
  ) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.degree = degree
    self.community = community
    self.total = total
    self.scale = resolution / (2 * total * total)
  }

  /// Processes `queue` (every node once, in this order) and the nodes it re-queues until no
  /// node can gain; returns whether any node moved.
  mutating func run(queue initialQueue: [Int32]) -> Bool {
    let n = degree.count
    var strength = [Double](repeating: 0, count: n)
    for v in 0..<n { strength[Int(community[v])] += degree[v] }
    var weightTo = [Double](repeating: -1, count: n)
    var touched = [Int32](repeating: 0, count: n + 1)
    var queue = initialQueue
    var inQueue = [Bool](repeating: true, count: n)
    var improved = false
    strength.withUnsafeMutableBufferPointer { strength in
      weightTo.withUnsafeMutableBufferPointer { weightTo in
        touched.withUnsafeMutableBufferPointer { touched in
          queue.withUnsafeMutableBufferPointer { queue in
            inQueue.withUnsafeMutableBufferPointer { inQueue in
              var head = 0
              var queued = n
              while queued > 0 {
                let u = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                queued -= 1
                inQueue[u] = false
                let own = Int(community[u])
                let du = degree[u]
                // Weight from u to each neighbouring community, own community first.
                weightTo[own] = 0
                touched[0] = Int32(own)
                var touchedCount = 1
                for h in Int(offsets[u])..<Int(offsets[u + 1]) {
                  let c = Int(community[Int(targets[h])])
                  if weightTo[c] < 0 {
                    weightTo[c] = 0
                    touched[touchedCount] = Int32(c)
                    touchedCount += 1
                  }
                  weightTo[c] += weights[h]
                }
                strength[own] -= du
                let removeCost = -weightTo[own] / total + strength[own] * du * scale
                var best = own
                // Gains within rounding noise of 0 would let nodes swap back and forth forever.
                var bestGain = LocalMoving.minimumGain
                for index in 1..<touchedCount {
                  let c = Int(touched[index])
                  let gain = removeCost + weightTo[c] / total - strength[c] * du * scale
                  if gain > bestGain {
                    bestGain = gain
                    best = c
                  }
                }
                strength[best] += du
                for index in 0..<touchedCount { weightTo[Int(touched[index])] = -1 }
                guard best != own else { continue }
                community[u] = Int32(best)
                improved = true
                for h in Int(offsets[u])..<Int(offsets[u + 1]) {
                  let t = Int(targets[h])
                  if !inQueue[t], Int(community[t]) != best {
                    inQueue[t] = true
                    let tail = head + queued
                    queue[tail >= n ? tail - n : tail] = Int32(t)
                    queued += 1
                  }
                }
              }
            }
          }
        }
      }
    }
    return improved
  }
}
