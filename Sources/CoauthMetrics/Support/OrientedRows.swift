import CoauthGraph
import Foundation

/// The graph's edges oriented from the lower (degree, id) rank to the higher: every node has at
/// most `sqrt(2m)` out-neighbours, and each triangle is listed once, from its lowest corner
/// (Latapy 2008, doi:10.1016/j.tcs.2008.07.017). Used by the triangle counts, with the
/// out-neighbours themselves in the rows; truss and brokerage list triangles with their
/// half-edges through `OrientedHalfEdges` (TriangleListing.swift).
struct OrientedRows: Sendable {
  let offsets: [Int32]
  let targets: [Int32]

  init(_ graph: CoauthorGraph) {
    let oriented = OrientedHalfEdges(graph)
    offsets = oriented.offsets
    targets = oriented.halfEdges.map { graph.targets[Int($0)] }
  }

  /// How many corner ranges to count concurrently: one per core from 50,000 edges, else one.
  static func rangeCount(_ graph: CoauthorGraph) -> Int {
    min(ProcessInfo.processInfo.activeProcessorCount, max(1, graph.edgeCount / 50_000))
  }

  /// Contiguous ranges of lowest corners, `count` at most, of about equal listing work (the
  /// out-degrees of each corner's out-neighbours).
  func balancedRanges(_ count: Int) -> [Range<Int>] {
    balancedCornerRanges(count, nodeCount: offsets.count - 1) { u in
      var cost = 1
      for h in Int(offsets[u])..<Int(offsets[u + 1]) {
        let v = Int(targets[h])
        cost += 1 + Int(offsets[v + 1] - offsets[v])
      }
      return cost
    }
  }

  /// Number of triangles whose lowest corner is in `corners`.
  func countTriangles(corners: Range<Int>) -> Int {
    var count = 0
    forEachTriangle(corners: corners) { _, _, _ in count += 1 }
    return count
  }

  /// Adds 1 to each corner of every triangle whose lowest corner is in `corners`.
  func countTriangles(corners: Range<Int>, into triangles: UnsafeMutableBufferPointer<Int>) {
    forEachTriangle(corners: corners) { u, v, w in
      triangles[u] += 1
      triangles[v] += 1
      triangles[w] += 1
    }
  }

  /// Calls `found(u, v, w)` for every triangle whose lowest-ranked corner `u` is in `corners`
  /// (`v` the middle corner): out-rows marked with their owner, then intersected.
  @inline(__always)
  private func forEachTriangle(corners: Range<Int>, _ found: (Int, Int, Int) -> Void) {
    var mark = [Int32](repeating: -1, count: offsets.count - 1)
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        mark.withUnsafeMutableBufferPointer { mark in
          for u in corners {
            let row = Int(offsets[u])..<Int(offsets[u + 1])
            for h in row { mark[Int(targets[h])] = Int32(u) }
            for h in row {
              let v = Int(targets[h])
              for k in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[k])
                if mark[w] == Int32(u) { found(u, v, w) }
              }
            }
          }
        }
      }
    }
  }
}
