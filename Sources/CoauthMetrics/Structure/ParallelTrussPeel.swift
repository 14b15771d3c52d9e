import CoauthGraph
import CoauthModel
import Foundation
import Synchronization

/// Truss number of each edge, peeled level by level on every core (PKT: Kabir and Madduri 2017,
/// doi:10.1109/IPDPSW.2017.112).
///
/// At support level `s`, the edges whose support is at most `s` are removed together, in rounds:
/// the edges of a round are split among the cores, each of which walks the triangles of its
/// edges that no earlier round removed and lowers the support of their other edges (atomically).
/// A triangle with two edges of the round is lowered once, by the edge with the smaller id; one
/// with three, not at all. An edge whose support falls to `s` joins the next round. Supports
/// never fall below `s` while `s` is peeled, so the truss numbers are those of the serial peel.
/// Rounds of fewer than `minimumParallelRound` edges run on the calling thread (starting threads
/// would cost more).
func parallelTrussPeel(
  _ graph: CoauthorGraph, edgeOfHalfEdge: [Int32], supports: [Int32],
  minimumParallelRound: Int = 4096
) -> [Int32] {
  let edgeCount = graph.edgeCount
  let state = PeelState(supports: supports)
  defer { state.deallocate() }
  let degrees = (0..<graph.nodeCount).map { Int32(graph.degree($0)) }
  // Each edge from its endpoint of lower degree (whose row is scanned) to the other.
  var lowEnd = [Int32](repeating: 0, count: edgeCount)
  var highEnd = [Int32](repeating: 0, count: edgeCount)
  for e in 0..<edgeCount {
    let (u, v) = graph.edgeEndpoints(e)
    (lowEnd[e], highEnd[e]) = degrees[Int(u)] <= degrees[Int(v)] ? (u, v) : (v, u)
  }
  return graph.offsets.withUnsafeBufferPointer { offsets in
    graph.targets.withUnsafeBufferPointer { targets in
      edgeOfHalfEdge.withUnsafeBufferPointer { edgeOfHalfEdge in
        lowEnd.withUnsafeBufferPointer { lowEnd in
          highEnd.withUnsafeBufferPointer { highEnd in
            peelLevels(
              PeelGraph(
                offsets: offsets, targets: targets, edgeOfHalfEdge: edgeOfHalfEdge,
                lowEnd: lowEnd, highEnd: highEnd),
              state: state, minimumParallelRound: minimumParallelRound)
          }
        }
      }
    }
  }
}

/// Peels every edge, level after level and round after round; returns the truss numbers.
private func peelLevels(_ graph: PeelGraph, state: PeelState, minimumParallelRound: Int)
  -> [Int32]
{
  let edgeCount = graph.lowEnd.count
  var truss = [Int32](repeating: 2, count: edgeCount)
  var remaining = Array(0..<Int32(edgeCount))
  while !remaining.isEmpty {
    // The lowest support left is the next level.
    var level = Int32.max
    for e in remaining { level = min(level, state.support(Int(e))) }
    var round: [Int32] = []
    var rest: [Int32] = []
    rest.reserveCapacity(remaining.count)
    for e in remaining where !state.isRemoved(Int(e)) {
      if state.support(Int(e)) <= level { round.append(e) } else { rest.append(e) }
    }
    remaining = rest
    while !round.isEmpty {
      for e in round { state.setInRound(Int(e), true) }
      let next = peelRound(
        round, level: level, graph: graph, state: state,
        minimumParallelRound: minimumParallelRound)
      for e in round {
        state.setInRound(Int(e), false)
        state.setRemoved(Int(e))
        truss[Int(e)] = level + 2
      }
      round = next
    }
  }
  return truss
}

/// Removes the edges of one round; returns the edges whose support fell to `level`.
private func peelRound(
  _ round: [Int32], level: Int32, graph: PeelGraph, state: PeelState, minimumParallelRound: Int
) -> [Int32] {
  let cores = ProcessInfo.processInfo.activeProcessorCount
  let chunkCount = round.count < minimumParallelRound ? 1 : min(4 * cores, round.count)
  var found = [[Int32]](repeating: [], count: chunkCount)
  round.withUnsafeBufferPointer { round in
    found.withUnsafeMutableBufferPointer { found in
      // Each chunk writes only its own list.
      nonisolated(unsafe) let found = found
      nonisolated(unsafe) let round = round
      let peel: @Sendable (Int) -> Void = { chunk in
        let start = round.count * chunk / chunkCount
        let end = round.count * (chunk + 1) / chunkCount
        var next: [Int32] = []
        for index in start..<end {
          peelEdge(Int(round[index]), level: level, graph: graph, state: state, next: &next)
        }
        found[chunk] = next
      }
      if chunkCount == 1 { peel(0) } else { WorkerThreads.run(iterations: chunkCount, body: peel) }
    }
  }
  return found.flatMap { $0 }
}

/// Lowers the supports of the triangles through edge `e` (of the current round).
@inline(__always)
private func peelEdge(
  _ e: Int, level: Int32, graph: PeelGraph, state: PeelState, next: inout [Int32]
) {
  let a = Int(graph.lowEnd[e])
  let b = Int(graph.highEnd[e])
  for h in Int(graph.offsets[a])..<Int(graph.offsets[a + 1]) {
    let w = graph.targets[h]
    if Int(w) == b { continue }
    let f = Int(graph.edgeOfHalfEdge[h])
    if state.isRemoved(f) { continue }
    let k = halfEdge(from: b, to: w, offsets: graph.offsets, targets: graph.targets)
    guard k >= 0 else { continue }
    let g = Int(graph.edgeOfHalfEdge[k])
    if state.isRemoved(g) { continue }
    let fInRound = state.isInRound(f)
    let gInRound = state.isInRound(g)
    if fInRound && gInRound { continue }
    if fInRound {
      if e < f { state.weaken(g, above: level, next: &next) }
    } else if gInRound {
      if e < g { state.weaken(f, above: level, next: &next) }
    } else {
      state.weaken(f, above: level, next: &next)
      state.weaken(g, above: level, next: &next)
    }
  }
}

/// The graph's rows and each edge's endpoints, as the peel reads them (never written).
private struct PeelGraph: @unchecked Sendable {
  let offsets: UnsafeBufferPointer<Int32>
  let targets: UnsafeBufferPointer<Int32>
  let edgeOfHalfEdge: UnsafeBufferPointer<Int32>
  let lowEnd: UnsafeBufferPointer<Int32>
  let highEnd: UnsafeBufferPointer<Int32>
}

/// Per edge: its support (changed by every core at once, atomically), whether an earlier round
/// removed it and whether it is in the current round (both written between rounds only).
private struct PeelState: @unchecked Sendable {
  private let supports: UnsafeMutablePointer<Atomic<Int32>>
  private let flags: UnsafeMutablePointer<UInt8>
  private let count: Int
  private static let removed: UInt8 = 1
  private static let inRound: UInt8 = 2

  init(supports values: [Int32]) {
    count = values.count
    supports = .allocate(capacity: max(count, 1))
    for index in 0..<count { (supports + index).initialize(to: Atomic(values[index])) }
    flags = .allocate(capacity: max(count, 1))
    flags.initialize(repeating: 0, count: count)
  }

  func deallocate() {
    supports.deinitialize(count: count)
    supports.deallocate()
    flags.deallocate()
  }

  @inline(__always) func support(_ e: Int) -> Int32 { supports[e].load(ordering: .relaxed) }
  @inline(__always) func isRemoved(_ e: Int) -> Bool { flags[e] & Self.removed != 0 }
  @inline(__always) func isInRound(_ e: Int) -> Bool { flags[e] & Self.inRound != 0 }
  func setRemoved(_ e: Int) { flags[e] |= Self.removed }
  func setInRound(_ e: Int, _ value: Bool) {
    flags[e] = value ? flags[e] | Self.inRound : flags[e] & ~Self.inRound
  }

  /// Lowers the support of edge `f` by one unless it is at `level` already; `f` goes to `next`
  /// when this lowering brought it to `level`.
  @inline(__always) func weaken(_ f: Int, above level: Int32, next: inout [Int32]) {
    guard supports[f].load(ordering: .relaxed) > level else { return }
    let old = supports[f].subtract(1, ordering: .relaxed).oldValue
    if old == level + 1 {
      next.append(Int32(f))
    } else if old <= level {
      // Another core got there first: the support stays at the level.
      supports[f].add(1, ordering: .relaxed)
    }
  }
}
