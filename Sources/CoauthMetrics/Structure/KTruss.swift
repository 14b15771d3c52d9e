import CoauthGraph
import CoauthModel
import Foundation

/// Truss numbers of a graph: per edge, and the largest over each node's edges.
public struct TrussNumbers: Sendable, Hashable {
  /// Truss number of each undirected edge (`CoauthorGraph` edge order): the largest `k` such
  /// that the edge belongs to the `k`-truss. Every edge is in the 2-truss.
  public var edges: [Int32]
  /// Largest truss number among the edges of each node; 0 for an isolated node.
  public var nodes: [Int32]

  public init(edges: [Int32], nodes: [Int32]) {
    self.edges = edges
    self.nodes = nodes
  }
}

/// Truss decomposition: the `k`-truss is the largest subgraph in which every edge lies in at
/// least `k - 2` triangles of the subgraph (networkx `k_truss`; igraph `trussness`).
///
/// Edge supports (triangle counts) come from a degree-ordered triangle listing; edges are then
/// peeled in increasing support with a bin sort, as `coreNumbers` peels nodes (Wang and Cheng
/// 2012, doi:10.14778/2311906.2311909). Triangles through a peeled edge are found from its
/// lower-degree endpoint by binary search in the other endpoint's sorted row. Graphs of
/// `parallelTrussPeelMinimumEdges` edges or more are peeled level by level on every core
/// (`parallelTrussPeel`), with the same result.
/// - Complexity: O(m^1.5 log d) time, O(m) memory.
/// Example: a triangle with a pendant node gives edge trusses `[3, 3, 2, 3]` (edges 0-1, 0-2,
/// 0-3, 1-2) and node trusses `[3, 3, 3, 2]`.
public func trussNumbers(_ graph: CoauthorGraph) -> TrussNumbers {
  let parallel =
    graph.edgeCount >= parallelTrussPeelMinimumEdges
    && ProcessInfo.processInfo.activeProcessorCount > 1
  return trussNumbers(graph, peel: parallel ? .parallel : .serial)
}

/// Graphs with at least this many edges are peeled on every core (`parallelTrussPeel`): below
/// it, the serial peel takes milliseconds.
let parallelTrussPeelMinimumEdges = 200_000

/// How `trussNumbers` peels the edges (the result is the same).
enum TrussPeel { case serial, parallel }

/// Truss numbers of `graph`, peeled as `peel` says.
func trussNumbers(_ graph: CoauthorGraph, peel: TrussPeel) -> TrussNumbers {
  let nodeCount = graph.nodeCount
  let edgeCount = graph.edgeCount
  guard edgeCount > 0 else {
    return TrussNumbers(edges: [], nodes: [Int32](repeating: 0, count: nodeCount))
  }
  let edgeOfHalfEdge = halfEdgeEdgeIndex(graph)
  let counts = edgeTriangleCounts(graph, edgeOfHalfEdge: edgeOfHalfEdge)
  let edgeTruss =
    switch peel {
    case .serial: serialTrussPeel(graph, edgeOfHalfEdge: edgeOfHalfEdge, supports: counts)
    case .parallel: parallelTrussPeel(graph, edgeOfHalfEdge: edgeOfHalfEdge, supports: counts)
    }
  var nodeTruss = [Int32](repeating: 0, count: nodeCount)
  for e in 0..<edgeCount {
    let (u, v) = graph.edgeEndpoints(e)
    nodeTruss[Int(u)] = max(nodeTruss[Int(u)], edgeTruss[e])
    nodeTruss[Int(v)] = max(nodeTruss[Int(v)], edgeTruss[e])
  }
  return TrussNumbers(edges: edgeTruss, nodes: nodeTruss)
}

/// Truss number of each edge, peeling one edge at a time in increasing support (bin sort).
private func serialTrussPeel(
  _ graph: CoauthorGraph, edgeOfHalfEdge: [Int32], supports counts: [Int32]
) -> [Int32] {
  let nodeCount = graph.nodeCount
  let edgeCount = graph.edgeCount

  // The peel's state as raw buffers, as `coreNumbers` keeps it: arrays captured by the nested
  // functions below would be checked for exclusive access at run time on every access.
  let support = counts.withUnsafeBufferPointer { ScratchBuffer(copying: $0) }
  let maxSupport = Int(counts.max() ?? 0)
  let binStart = ScratchBuffer<Int>(count: maxSupport + 2, repeating: 0)
  let position = ScratchBuffer<Int32>(count: edgeCount, repeating: 0)
  let sorted = ScratchBuffer<Int32>(count: edgeCount, repeating: 0)
  let removed = ScratchBuffer<Bool>(count: edgeCount, repeating: false)
  let truss = ScratchBuffer<Int32>(count: edgeCount, repeating: 2)
  defer {
    support.deallocate()
    binStart.deallocate()
    position.deallocate()
    sorted.deallocate()
    removed.deallocate()
    truss.deallocate()
  }
  // Bin sort of the edges by support.
  for s in counts { binStart[Int(s) + 1] += 1 }
  for s in 0...maxSupport { binStart[s + 1] += binStart[s] }
  var fill = (0...maxSupport).map { binStart[$0] }
  for e in 0..<edgeCount {
    let s = Int(support[e])
    position[e] = Int32(fill[s])
    sorted[fill[s]] = Int32(e)
    fill[s] += 1
  }
  let degrees = (0..<nodeCount).map { Int32(graph.degree($0)) }
  let endpoints = (0..<edgeCount).map { graph.edgeEndpoints($0) }
  graph.offsets.withUnsafeBufferPointer { offsets in
    graph.targets.withUnsafeBufferPointer { targets in
      /// Lowers the support of edge `f` by one, keeping the bins sorted, when it is above `floor`.
      func weaken(_ f: Int, above floor: Int32) {
        let sf = Int(support[f])
        guard support[f] > floor else { return }
        let front = binStart[sf]
        let g = Int(sorted[front])
        if g != f {
          sorted[Int(position[f])] = Int32(g)
          position[g] = position[f]
          sorted[front] = Int32(f)
          position[f] = Int32(front)
        }
        binStart[sf] += 1
        support[f] -= 1
      }
      for index in 0..<edgeCount {
        let e = Int(sorted[index])
        let level = support[e]
        truss[e] = level + 2
        let (a0, b0) = endpoints[e]
        // Scan the shorter row, look up the other endpoint's row.
        let (a, b) =
          degrees[Int(a0)] <= degrees[Int(b0)] ? (Int(a0), Int(b0)) : (Int(b0), Int(a0))
        for h in Int(offsets[a])..<Int(offsets[a + 1]) {
          let w = targets[h]
          if Int(w) == b { continue }
          let first = Int(edgeOfHalfEdge[h])
          if removed[first] { continue }
          let k = halfEdge(from: b, to: w, offsets: offsets, targets: targets)
          guard k >= 0 else { continue }
          let second = Int(edgeOfHalfEdge[k])
          if removed[second] { continue }
          weaken(first, above: level)
          weaken(second, above: level)
        }
        removed[e] = true
      }
    }
  }
  return (0..<edgeCount).map { truss[$0] }
}

/// Number of triangles through each undirected edge (its support).
///
/// Each triangle is found once by orienting edges from lower to higher (degree, id) rank and
/// marking the out-neighbours of the lowest node (Latapy 2008); graphs of
/// `parallelTrussPeelMinimumEdges` edges or more are listed in two ranges of lowest corners at
/// once, each counting into its own array.
/// - Complexity: O(m^1.5).
func edgeTriangleCounts(
  _ graph: CoauthorGraph, edgeOfHalfEdge: [Int32], ranges rangeCount: Int? = nil
) -> [Int32] {
  let edgeCount = graph.edgeCount
  let oriented = OrientedHalfEdges(graph)
  let ranges = oriented.balancedRanges(
    rangeCount ?? (edgeCount >= parallelTrussPeelMinimumEdges ? 2 : 1))
  return rangePartialSums(rangeCount: ranges.count, width: edgeCount) { index, support in
    oriented.forEachTriangle(corners: ranges[index]) { huv, hvw, huw in
      support[Int(edgeOfHalfEdge[huv])] += 1
      support[Int(edgeOfHalfEdge[hvw])] += 1
      support[Int(edgeOfHalfEdge[huw])] += 1
    }
  }
}

/// The half-edge from `u` to `v` in the sorted rows of `targets`, or -1: a binary search
/// without branches on the comparisons (they are unpredictable).
@inline(__always)
func halfEdge(
  from u: Int, to v: Int32, offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>
) -> Int {
  let low = Int(offsets[u])
  let end = Int(offsets[u + 1])
  guard low < end else { return -1 }
  var base = low
  var count = end - low
  while count > 1 {
    let half = count >> 1
    base = targets[base + half] < v ? base + half : base
    count -= half
  }
  let index = targets[base] < v ? base + 1 : base
  return index < end && targets[index] == v ? index : -1
}
