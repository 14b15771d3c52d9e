import CoauthGraph

/// Calls `body(u->v, v->w, u->w)` with the half-edges of every triangle `{u, v, w}` once, where
/// `u` ranks lowest and `v` below `w` in the (degree, id) order.
/// - Complexity: O(m^1.5).
func forEachTriangle(_ graph: CoauthorGraph, _ body: (Int, Int, Int) -> Void) {
  let nodeCount = graph.nodeCount
  guard nodeCount > 2 else { return }
  func ranksBelow(_ u: Int, _ v: Int) -> Bool {
    let du = graph.degree(u)
    let dv = graph.degree(v)
    return du < dv || (du == dv && u < v)
  }
  // Out-rows hold original half-edge ids, so targets and weights stay reachable.
  var outOffsets = [Int32](repeating: 0, count: nodeCount + 1)
  var outHalfEdges = [Int32]()
  outHalfEdges.reserveCapacity(graph.edgeCount)
  for u in 0..<nodeCount {
    for h in graph.neighborRange(u) where ranksBelow(u, Int(graph.targets[h])) {
      outHalfEdges.append(Int32(h))
    }
    outOffsets[u + 1] = Int32(outHalfEdges.count)
  }
  var markOwner = [Int32](repeating: -1, count: nodeCount)
  var markHalfEdge = [Int32](repeating: 0, count: nodeCount)
  graph.targets.withUnsafeBufferPointer { targets in
    for u in 0..<nodeCount {
      let row = Int(outOffsets[u])..<Int(outOffsets[u + 1])
      for i in row {
        let h = Int(outHalfEdges[i])
        let w = Int(targets[h])
        markOwner[w] = Int32(u)
        markHalfEdge[w] = Int32(h)
      }
      for i in row {
        let huv = Int(outHalfEdges[i])
        let v = Int(targets[huv])
        for j in Int(outOffsets[v])..<Int(outOffsets[v + 1]) {
          let hvw = Int(outHalfEdges[j])
          let w = Int(targets[hvw])
          if markOwner[w] == Int32(u) { body(huv, hvw, Int(markHalfEdge[w])) }
        }
      }
    }
  }
}
