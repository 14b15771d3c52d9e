import CoauthGraph
import Foundation

/// Options of ``leidenCommunities(_:options:)``.
public struct LeidenOptions: Sendable, Hashable {
  /// Modularity resolution `gamma` (igraph `resolution`, networkx `resolution`).
  public var resolution: Double
  /// Seed of the node orders and of the randomised merges of the refinement.
  public var seed: UInt64
  /// Randomness `theta` of the refinement: a node joins a sub-community with probability
  /// proportional to `exp(gain / theta)` (igraph `beta`, default 0.01).
  public var randomness: Double
  /// Upper bound on full iterations; the algorithm stops earlier when `patience` iterations in
  /// a row improve modularity by no more than `threshold`.
  public var maximumIterations: Int
  /// Smallest modularity gain of an iteration that makes another iteration worth running.
  public var threshold: Double
  /// Use edge weights; otherwise every edge weighs 1.
  public var weighted: Bool
  /// Iterations in a row without gain after which the search stops.
  public var patience: Int

  /// The default stops at the first iteration that gains no more than 1e-4: on co-authorship
  /// graphs that is within about 1e-3 of the best modularity the search finds, in a few
  /// iterations (6 on the ACL 2020-2022 graph). ``untilStable`` searches much longer.
  public init(
    resolution: Double = 1, seed: UInt64 = 0, randomness: Double = 0.01,
    maximumIterations: Int = 50, threshold: Double = 1e-4, weighted: Bool = true,
    patience: Int = 1
  ) {
    self.patience = patience
    self.threshold = threshold
    self.resolution = resolution
    self.seed = seed
    self.randomness = randomness
    self.maximumIterations = maximumIterations
    self.weighted = weighted
  }

  /// Iterates until 3 iterations in a row gain no more than 1e-7, as igraph's
  /// `n_iterations=-1` runs until nothing moves: the best partitions, several times slower on
  /// large graphs (40 iterations instead of 5 on a 250,000-author graph).
  public static func untilStable(resolution: Double = 1, seed: UInt64 = 0) -> LeidenOptions {
    LeidenOptions(resolution: resolution, seed: seed, threshold: 1e-7, patience: 3)
  }
}

/// Communities by the Leiden algorithm, optimising modularity.
///
/// Each iteration (1) moves single nodes to the neighbouring community with the largest gain
/// `w(v, C) - gamma k(v) K(C) / 2m`, revisiting only the neighbours of nodes that moved (fast
/// local moving); (2) refines every community by merging its well-connected nodes, starting
/// from singletons, into well-connected sub-communities, each chosen at random with probability
/// `~ exp(gain / theta)` among those with non-negative gain; (3) aggregates the refined
/// sub-communities into nodes, which start in the community of their members, and repeats from
/// (1) until every community is one node. Iterations repeat, from the partition found, until
/// `patience` of them in a row improve modularity by no more than `threshold`; the best
/// partition is kept. Sub-communities stay connected, so unlike
/// Louvain no community is ever disconnected. Randomness comes from `SplitMix64(seed:)` only:
/// the same seed gives the same partition on every run and machine.
///
/// - Returns: the partition with ids by decreasing size, and its modularity. The null graph has
///   no community; a graph without edges keeps every node alone.
/// - Throws: `MetricsError.invalidParameter` for a negative resolution or threshold, or a
///   randomness that is not positive.
/// - Complexity: about O(m) per pass; few passes and iterations in practice.
///
/// Traag, Waltman and van Eck 2019, doi:10.1038/s41598-019-41695-z.
public func leidenCommunities(
  _ graph: CoauthorGraph, options: LeidenOptions = LeidenOptions()
) throws(MetricsError) -> Communities {
  guard options.resolution >= 0, options.resolution.isFinite else {
    throw .invalidParameter(name: "resolution", value: options.resolution)
  }
  guard options.randomness > 0, options.randomness.isFinite else {
    throw .invalidParameter(name: "randomness", value: options.randomness)
  }
  guard options.threshold >= 0 else {
    throw .invalidParameter(name: "threshold", value: options.threshold)
  }
  let nodeCount = graph.nodeCount
  var membership = (0..<Int32(nodeCount)).map { $0 }
  let original = LeidenLevel(graph, weighted: options.weighted)
  let twiceTotal = original.nodeWeight.reduce(0, +)
  guard nodeCount > 0, twiceTotal > 0 else {
    let canonical = Communities.canonical(labels: membership, labelCount: nodeCount)
    return Communities(membership: canonical.membership, sizes: canonical.sizes, modularity: 0)
  }
  var run = LeidenRun(
    scale: options.resolution / twiceTotal, randomness: options.randomness,
    generator: SplitMix64(seed: options.seed))
  let quality = { (labels: [Int32]) in
    modularity(
      graph, membership: labels, resolution: options.resolution, weighted: options.weighted)
  }
  var best = quality(membership)
  var current = membership
  var idle = 0
  for _ in 0..<max(1, options.maximumIterations) {
    let next = run.iterate(original, from: current)
    let q = quality(next)
    // The refinement is random, so a settled partition still shifts a little and a later
    // iteration may find a better one: go on from each new partition, keep the best, and stop
    // after `patience` iterations in a row that gain no more than `threshold`.
    if q > best + options.threshold {
      idle = 0
    } else {
      idle += 1
    }
    if q > best {
      best = q
      membership = next
    }
    current = next
    if idle >= options.patience { break }
  }
  let labelCount = Int(membership.max() ?? -1) + 1
  let canonical = Communities.canonical(labels: membership, labelCount: labelCount)
  return Communities(
    membership: canonical.membership, sizes: canonical.sizes,
    modularity: modularity(
      graph, membership: canonical.membership, resolution: options.resolution,
      weighted: options.weighted))
}

// MARK: - Helpers

/// One level of the Leiden hierarchy: its weighted graph and the weight of each node (its
/// strength, self loops counted twice).
private struct LeidenLevel {
  var graph: WeightedLevel
  var nodeWeight: [Double]

  var nodeCount: Int { graph.nodeCount }

  init(_ graph: CoauthorGraph, weighted: Bool) {
    self.graph = WeightedLevel(graph, weighted: weighted)
    nodeWeight = [Double](repeating: 0, count: graph.nodeCount)
    for v in 0..<graph.nodeCount {
      for h in graph.neighborRange(v) { nodeWeight[v] += self.graph.weights[h] }
    }
  }

  private init(graph: WeightedLevel, nodeWeight: [Double]) {
    self.graph = graph
    self.nodeWeight = nodeWeight
  }

  /// Calls `body` with the level's arrays as raw buffers (no bounds or uniqueness checks in the
  /// hot loops).
  func withBuffers<T>(_ body: (LeidenBuffers) -> T) -> T {
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
          nodeWeight.withUnsafeBufferPointer { nodeWeight in
            body(
              LeidenBuffers(
                offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight))
          }
        }
      }
    }
  }

  /// The level whose nodes are the groups of `labels` (`0..<groupCount`), rows sorted.
  func aggregated(by labels: [Int32], groupCount: Int) -> LeidenLevel {
    var newNodeWeight = [Double](repeating: 0, count: groupCount)
    for v in 0..<nodeCount { newNodeWeight[Int(labels[v])] += nodeWeight[v] }
    return LeidenLevel(
      graph: graph.contracted(by: labels, groupCount: groupCount), nodeWeight: newNodeWeight)
  }
}

/// A level's arrays as raw buffers, valid inside ``LeidenLevel/withBuffers(_:)``.
private struct LeidenBuffers {
  let offsets: UnsafeBufferPointer<Int32>
  let targets: UnsafeBufferPointer<Int32>
  let weights: UnsafeBufferPointer<Double>
  let nodeWeight: UnsafeBufferPointer<Double>
}

/// The state shared by the iterations of one Leiden run: the gain scale `gamma / 2m`, the
/// refinement randomness and the random generator.
private struct LeidenRun {
  let scale: Double
  let randomness: Double
  var generator: SplitMix64

  /// One iteration from `membership` (labels of the original nodes): move, refine, aggregate,
  /// until every community is a single aggregate node. Returns compact labels.
  mutating func iterate(_ original: LeidenLevel, from membership: [Int32]) -> [Int32] {
    var level = original
    var nodeOfOriginal = (0..<Int32(original.nodeCount)).map { $0 }
    var partition = WeightedLevel.compacted(membership).labels
    while true {
      partition = moveNodesFast(level, partition)
      let (labels, communityCount) = WeightedLevel.compacted(partition)
      partition = labels
      if communityCount == level.nodeCount { break }
      var (refined, refinedCount) = WeightedLevel.compacted(
        refine(level, partition, communityCount: communityCount))
      // A refinement that merged nothing would aggregate into the same level: aggregate by the
      // communities themselves instead (as igraph does), so every pass shrinks the graph.
      if refinedCount == level.nodeCount { (refined, refinedCount) = (partition, communityCount) }
      // Aggregate nodes start in the community of their members.
      var aggregatePartition = [Int32](repeating: 0, count: refinedCount)
      for v in 0..<level.nodeCount { aggregatePartition[Int(refined[v])] = partition[v] }
      for v in nodeOfOriginal.indices { nodeOfOriginal[v] = refined[Int(nodeOfOriginal[v])] }
      level = level.aggregated(by: refined, groupCount: refinedCount)
      partition = aggregatePartition
    }
    return WeightedLevel.compacted(nodeOfOriginal.map { partition[Int($0)] }).labels
  }

  /// A uniform random order of `0..<count`.
  mutating func shuffledNodes(_ count: Int) -> [Int32] {
    var order = (0..<Int32(count)).map { $0 }
    generator.shuffle(&order)
    return order
  }

  /// Fast local moving: a queue of nodes in random order; a node that moves re-queues its
  /// neighbours outside its new community. A node may also leave for an empty community.
  mutating func moveNodesFast(_ level: LeidenLevel, _ start: [Int32]) -> [Int32] {
    let order = shuffledNodes(level.nodeCount)
    return level.withBuffers { Self.moveNodesFast($0, start, order: order, scale: scale) }
  }

  private static func moveNodesFast(
    _ level: LeidenBuffers, _ start: [Int32], order: [Int32], scale: Double
  ) -> [Int32] {
    let n = level.nodeWeight.count
    var community = start
    // Scratch arrays as raw buffers: this loop is about a third of Leiden's time.
    let total = ScratchBuffer<Double>(count: n, repeating: 0)
    let size = ScratchBuffer<Int32>(count: n, repeating: 0)
    let weightTo = ScratchBuffer<Double>(count: n, repeating: -1)
    let touched = ScratchBuffer<Int32>(count: n + 1, repeating: 0)
    // The queue is a ring of n slots (a node is in it at most once); `inQueue` 1 when queued.
    let queue = order.withUnsafeBufferPointer { ScratchBuffer<Int32>(copying: $0) }
    let inQueue = ScratchBuffer<UInt8>(count: n, repeating: 1)
    // Empty communities, as a stack.
    let empty = ScratchBuffer<Int32>(count: n, repeating: 0)
    defer {
      total.deallocate()
      weightTo.deallocate()
      for buffer in [size, touched, queue, empty] { buffer.deallocate() }
      inQueue.deallocate()
    }
    community.withUnsafeMutableBufferPointer { community in
      for v in 0..<n {
        total[Int(community[v])] += level.nodeWeight[v]
        size[Int(community[v])] += 1
      }
      var emptyCount = 0
      for c in 0..<n where size[c] == 0 {
        empty[emptyCount] = Int32(c)
        emptyCount += 1
      }
      var head = 0
      var queued = n
      while queued > 0 {
        let v = Int(queue[head])
        head = head + 1 == n ? 0 : head + 1
        queued -= 1
        inQueue[v] = 0
        let own = Int(community[v])
        let kv = level.nodeWeight[v]
        weightTo[own] = 0
        touched[0] = Int32(own)
        var touchedCount = 1
        for h in Int(level.offsets[v])..<Int(level.offsets[v + 1]) {
          let c = Int(community[Int(level.targets[h])])
          if weightTo[c] < 0 {
            weightTo[c] = 0
            touched[touchedCount] = Int32(c)
            touchedCount += 1
          }
          weightTo[c] += level.weights[h]
        }
        total[own] -= kv
        var best = own
        var bestGain = weightTo[own] - scale * kv * total[own]
        let tolerance = 1e-12 * (kv + abs(bestGain))
        for index in 1..<touchedCount {
          let c = Int(touched[index])
          let gain = weightTo[c] - scale * kv * total[c]
          if gain > bestGain + tolerance {
            bestGain = gain
            best = c
          }
        }
        // An empty community gains 0.
        if bestGain < -tolerance, size[own] > 1, emptyCount > 0 {
          best = Int(empty[emptyCount - 1])
          bestGain = 0
        }
        for index in 0..<touchedCount { weightTo[Int(touched[index])] = -1 }
        total[best] += kv
        guard best != own else { continue }
        if emptyCount > 0, Int32(best) == empty[emptyCount - 1] { emptyCount -= 1 }
        size[own] -= 1
        size[best] += 1
        if size[own] == 0 {
          empty[emptyCount] = Int32(own)
          emptyCount += 1
        }
        community[v] = Int32(best)
        for h in Int(level.offsets[v])..<Int(level.offsets[v + 1]) {
          let u = Int(level.targets[h])
          if inQueue[u] == 0, Int(community[u]) != best {
            inQueue[u] = 1
            var tail = head + queued
            if tail >= n { tail -= n }
            queue[tail] = Int32(u)
            queued += 1
          }
        }
      }
    }
    return community
  }

  /// The refined partition (labels of member nodes): see ``LeidenRefinement``.
  mutating func refine(
    _ level: LeidenLevel, _ partition: [Int32], communityCount: Int
  ) -> [Int32] {
    let streamBase = generator.next()
    return level.withBuffers { buffers in
      LeidenRefinement.refine(
        offsets: buffers.offsets, targets: buffers.targets, weights: buffers.weights,
        nodeWeight: buffers.nodeWeight, partition: partition, communityCount: communityCount,
        scale: scale, randomness: randomness, streamBase: streamBase)
    }
  }
}
