import CoauthGraph

/// Calls `body(u->v, v->w, u->w)` with the half-edges of every triangle `{u, v, w}` once, where
/// `u` ranks lowest and `v` below `w` in the (degree, id) order.
/// - Complexity: O(m^1.5).
func forEachTriangle(_ graph: CoauthorGraph, _ body: (Int, Int, Int) -> Void) {
  OrientedHalfEdges(graph).forEachTriangle(corners: 0..<graph.nodeCount, body)
}

/// Each edge once, from its endpoint of lower (degree, id) rank, by original half-edge id (so
/// that targets and weights stay reachable): every triangle is listed once, from its lowest
/// corner (Latapy 2008), and ranges of lowest corners can be listed on several threads.
struct OrientedHalfEdges: Sendable {
  /// Row starts of the out-rows, `nodeCount + 1` entries.
  let offsets: [Int32]
  /// The half-edges of the out-rows, in the graph's row order.
  let halfEdges: [Int32]
  private let targets: [Int32]

  init(_ graph: CoauthorGraph) {
    let nodeCount = graph.nodeCount
    var offsets = [Int32](repeating: 0, count: nodeCount + 1)
    var halfEdges = [Int32]()
    halfEdges.reserveCapacity(graph.edgeCount)
    for u in 0..<nodeCount {
      let du = graph.degree(u)
      for h in graph.neighborRange(u) {
        let v = Int(graph.targets[h])
        let dv = graph.degree(v)
        if du < dv || (du == dv && u < v) { halfEdges.append(Int32(h)) }
      }
      offsets[u + 1] = Int32(halfEdges.count)
    }
    self.offsets = offsets
    self.halfEdges = halfEdges
    targets = graph.targets
  }

  var nodeCount: Int { offsets.count - 1 }

  /// `count` ranges of lowest corners with about equal listing work each.
  func balancedRanges(_ count: Int) -> [Range<Int>] {
    balancedCornerRanges(count, nodeCount: nodeCount) { u in
      var cost = 1
      for i in Int(offsets[u])..<Int(offsets[u + 1]) {
        let v = Int(targets[Int(halfEdges[i])])
        cost += 1 + Int(offsets[v + 1] - offsets[v])
      }
      return cost
    }
  }

  /// Calls `body(u->v, v->w, u->w)` for every triangle whose lowest corner `u` is in
  /// `corners`: the out-row of `u` marked, then the out-rows of its out-neighbours intersected.
  func forEachTriangle(corners: Range<Int>, _ body: (Int, Int, Int) -> Void) {
    guard nodeCount > 2 else { return }
    var markOwner = [Int32](repeating: -1, count: nodeCount)
    var markHalfEdge = [Int32](repeating: 0, count: nodeCount)
    targets.withUnsafeBufferPointer { targets in
      for u in corners {
        let row = Int(offsets[u])..<Int(offsets[u + 1])
        for i in row {
          let h = Int(halfEdges[i])
          let w = Int(targets[h])
          markOwner[w] = Int32(u)
          markHalfEdge[w] = Int32(h)
        }
        for i in row {
          let huv = Int(halfEdges[i])
          let v = Int(targets[huv])
          for j in Int(offsets[v])..<Int(offsets[v + 1]) {
            let hvw = Int(halfEdges[j])
            let w = Int(targets[hvw])
            if markOwner[w] == Int32(u) { body(huv, hvw, Int(markHalfEdge[w])) }
          }
        }
      }
    }
  }
}

extension CoauthorGraph {
  /// The steps of listing the graph's triangles: each edge's smaller endpoint degree, summed
  /// over the edges. Metrics built on triangles (truss numbers, constraint) take time in
  /// proportion; a paper of n authors alone adds about n^3 / 2 (a 3,000-author paper: 1.3e10).
  /// - Complexity: O(m).
  public var triangleWork: Int {
    var work = 0
    for u in 0..<nodeCount {
      let du = degree(u)
      for h in neighborRange(u) where Int(targets[h]) > u { work += min(du, degree(Int(targets[h]))) }
    }
    return work
  }
}
