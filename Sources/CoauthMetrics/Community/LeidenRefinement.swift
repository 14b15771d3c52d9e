import CoauthModel
import Foundation

/// Leiden's refinement phase: within each community of a partition, nodes start alone and the
/// well-connected ones merge into well-connected sub-communities, each chosen at random with
/// probability `~ exp(gain / theta)` among those of non-negative gain.
///
/// A community's refinement only looks at its own members and the edges between them, so
/// communities are refined independently: each from its own random stream (derived from one draw
/// of the run's generator and the community id), its members visited in a random order of that
/// stream. The result therefore does not depend on the order communities are processed in, and
/// on levels of 20,000 nodes or more they are dealt to every core. Visiting one community at a
/// time also keeps the touched entries in cache (a whole-graph random order does not).
struct LeidenRefinement: @unchecked Sendable {
  // Shared raw buffers: each community reads and writes only the entries of its own members
  // (a sub-community id is the id of one of its members), so concurrent communities never touch
  // the same entry.
  private let offsets: UnsafeBufferPointer<Int32>
  private let targets: UnsafeBufferPointer<Int32>
  private let weights: UnsafeBufferPointer<Double>
  private let nodeWeight: UnsafeBufferPointer<Double>
  private let partition: UnsafeBufferPointer<Int32>
  /// Members of community `c` are `members[memberOffsets[c]..<memberOffsets[c + 1]]`.
  private let members: ScratchBuffer<Int32>
  private let memberOffsets: ScratchBuffer<Int>
  private let refined: ScratchBuffer<Int32>
  private let refinedTotal: ScratchBuffer<Double>
  private let refinedSize: ScratchBuffer<Int32>
  /// Weight from each node (then each sub-community) to the rest of its community.
  private let external: ScratchBuffer<Double>
  private let weightTo: ScratchBuffer<Double>
  private let communityCount: Int
  private let largestCommunity: Int
  private let scale: Double
  private let randomness: Double
  private let streamBase: UInt64

  /// Refines `partition` (labels `0..<communityCount`) of the level given by the CSR buffers
  /// (no self loops in the rows) and node weights; `scale` is `gamma / 2m`, `randomness` is
  /// theta, `streamBase` seeds the communities' random streams; `workers` threads (default:
  /// every core from 20,000 nodes, else one) share the communities. Returns the refined labels
  /// (ids of member nodes, not compacted), the same for any number of workers.
  static func refine(
    offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    weights: UnsafeBufferPointer<Double>, nodeWeight: UnsafeBufferPointer<Double>,
    partition: [Int32], communityCount: Int, scale: Double, randomness: Double,
    streamBase: UInt64, workers: Int? = nil
  ) -> [Int32] {
    let n = nodeWeight.count
    return partition.withUnsafeBufferPointer { partition in
      let state = LeidenRefinement(
        offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight,
        partition: partition, communityCount: communityCount, scale: scale,
        randomness: randomness, streamBase: streamBase)
      defer { state.deallocate() }
      let workers = workers ?? (n >= 20_000 ? ProcessInfo.processInfo.activeProcessorCount : 1)
      if workers > 1 {
        WorkerThreads.run(iterations: workers) { worker in
          state.refineCommunities(stride(from: worker, to: communityCount, by: workers))
        }
      } else {
        state.refineCommunities(stride(from: 0, to: communityCount, by: 1))
      }
      return (0..<n).map { state.refined[$0] }
    }
  }

  private init(
    offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>,
    weights: UnsafeBufferPointer<Double>, nodeWeight: UnsafeBufferPointer<Double>,
    partition: UnsafeBufferPointer<Int32>, communityCount: Int, scale: Double,
    randomness: Double, streamBase: UInt64
  ) {
    let n = nodeWeight.count
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.nodeWeight = nodeWeight
    self.partition = partition
    self.communityCount = communityCount
    self.scale = scale
    self.randomness = randomness
    self.streamBase = streamBase
    // Members grouped by community (counting sort, ascending ids within a community).
    memberOffsets = ScratchBuffer(count: communityCount + 1, repeating: 0)
    for v in 0..<n { memberOffsets[Int(partition[v]) + 1] += 1 }
    var largest = 0
    for c in 0..<communityCount {
      largest = max(largest, memberOffsets[c + 1])
      memberOffsets[c + 1] += memberOffsets[c]
    }
    largestCommunity = largest
    members = ScratchBuffer(count: n, repeating: 0)
    let fill = ScratchBuffer<Int>(count: communityCount, repeating: 0)
    defer { fill.deallocate() }
    for c in 0..<communityCount { fill[c] = memberOffsets[c] }
    for v in 0..<n {
      let c = Int(partition[v])
      members[fill[c]] = Int32(v)
      fill[c] += 1
    }
    refined = ScratchBuffer(count: n, repeating: 0)
    for v in 0..<n { refined[v] = Int32(v) }
    refinedTotal = ScratchBuffer(copying: nodeWeight)
    refinedSize = ScratchBuffer(count: n, repeating: 1)
    external = ScratchBuffer(count: n, repeating: 0)
    weightTo = ScratchBuffer(count: n, repeating: -1)
    for v in 0..<n {
      for h in Int(offsets[v])..<Int(offsets[v + 1])
      where partition[Int(targets[h])] == partition[v] {
        external[v] += weights[h]
      }
    }
  }

  private func deallocate() {
    members.deallocate()
    memberOffsets.deallocate()
    refined.deallocate()
    refinedTotal.deallocate()
    refinedSize.deallocate()
    external.deallocate()
    weightTo.deallocate()
  }

  /// Refines the communities of `ids`, with scratch space of its own.
  private func refineCommunities(_ ids: StrideTo<Int>) {
    // Candidates of one node (itself first) with their gains and cumulative probabilities.
    let touched = ScratchBuffer<Int32>(count: largestCommunity + 1, repeating: 0)
    let candidates = ScratchBuffer<Int32>(count: largestCommunity + 1, repeating: 0)
    let gains = ScratchBuffer<Double>(count: largestCommunity + 1, repeating: 0)
    let probabilities = ScratchBuffer<Double>(count: largestCommunity + 1, repeating: 0)
    defer {
      touched.deallocate()
      candidates.deallocate()
      gains.deallocate()
      probabilities.deallocate()
    }
    for c in ids {
      refineCommunity(
        c, touched: touched, candidates: candidates, gains: gains, probabilities: probabilities)
    }
  }

  private func refineCommunity(
    _ c: Int, touched: ScratchBuffer<Int32>, candidates: ScratchBuffer<Int32>,
    gains: ScratchBuffer<Double>, probabilities: ScratchBuffer<Double>
  ) {
    let first = memberOffsets[c]
    let count = memberOffsets[c + 1] - first
    guard count > 1 else { return }
    // The community's own stream: one SplitMix64 output of (base + id) as its seed.
    var seeder = SplitMix64(seed: streamBase &+ UInt64(c))
    var generator = SplitMix64(seed: seeder.next())
    // Visit the members in a random order (Fisher-Yates on their slice).
    for i in stride(from: count - 1, to: 0, by: -1) {
      let j = generator.nextInt(below: i + 1)
      let swapped = members[first + i]
      members[first + i] = members[first + j]
      members[first + j] = swapped
    }
    var whole = 0.0
    for index in first..<(first + count) { whole += nodeWeight[Int(members[index])] }
    let label = Int32(c)
    for index in first..<(first + count) {
      let v = Int(members[index])
      guard refinedSize[Int(refined[v])] == 1 else { continue }
      let kv = nodeWeight[v]
      guard external[v] >= scale * kv * (whole - kv) else { continue }
      var touchedCount = 0
      for h in Int(offsets[v])..<Int(offsets[v + 1]) {
        let u = Int(targets[h])
        guard partition[u] == label else { continue }
        let s = Int(refined[u])
        if weightTo[s] < 0 {
          weightTo[s] = 0
          touched[touchedCount] = Int32(s)
          touchedCount += 1
        }
        weightTo[s] += weights[h]
      }
      // Candidates: well-connected sub-communities with a non-negative gain; staying alone
      // gains 0.
      candidates[0] = refined[v]
      gains[0] = 0
      var candidateCount = 1
      var top = 0.0
      for index in 0..<touchedCount {
        let s = Int(touched[index])
        let wellConnected = external[s] >= scale * refinedTotal[s] * (whole - refinedTotal[s])
        let gain = weightTo[s] - scale * kv * refinedTotal[s]
        if wellConnected, gain >= 0 {
          candidates[candidateCount] = Int32(s)
          gains[candidateCount] = gain
          candidateCount += 1
          top = max(top, gain)
        }
      }
      var chosen = Int(refined[v])
      if candidateCount > 1 {
        var sum = 0.0
        for index in 0..<candidateCount {
          sum += Foundation.exp((gains[index] - top) / randomness)
          probabilities[index] = sum
        }
        let draw = Double(generator.next() >> 11) * 0x1p-53 * sum
        var pick = candidateCount - 1
        for index in 0..<candidateCount where draw < probabilities[index] {
          pick = index
          break
        }
        chosen = Int(candidates[pick])
      }
      if chosen != Int(refined[v]) {
        let own = Int(refined[v])
        let joined = weightTo[chosen]
        refinedSize[own] = 0
        refinedTotal[own] = 0
        refinedSize[chosen] += 1
        refinedTotal[chosen] += kv
        // Edges between v and the sub-community become internal.
        external[chosen] += external[v] - 2 * joined
        external[own] = 0
        refined[v] = Int32(chosen)
      }
      for index in 0..<touchedCount { weightTo[Int(touched[index])] = -1 }
    }
  }
}
