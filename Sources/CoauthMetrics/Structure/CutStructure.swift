import CoauthGraph

/// The edges and nodes whose removal disconnects part of a graph.
public struct CutStructure: Sendable, Hashable {
  /// Bridges (undirected edge indices, ascending): edges on no cycle.
  public var bridges: [Int32]
  /// Per node, how many more connected components its removal leaves in its component; above 0
  /// exactly for articulation points (cut vertices).
  public var separatedComponents: [Int32]

  public init(bridges: [Int32], separatedComponents: [Int32]) {
    self.bridges = bridges
    self.separatedComponents = separatedComponents
  }

  /// Number of articulation points.
  public var articulationPointCount: Int { separatedComponents.lazy.filter { $0 > 0 }.count }

  /// The articulation points, ascending.
  public var articulationPoints: [Int32] {
    separatedComponents.indices.filter { separatedComponents[$0] > 0 }.map { Int32($0) }
  }
}

/// Bridges and articulation points by Tarjan's low-link depth-first search (networkx `bridges`
/// and `articulation_points`), iterative so that long paths cannot overflow the call stack.
///
/// A tree edge `p - c` is a bridge when `low(c) > disc(p)`. A non-root `p` separates one
/// component per child `c` with `low(c) >= disc(p)`; a root separates `children - 1`.
/// - Complexity: O(n + m).
/// Tarjan 1972, doi:10.1137/0201010; Hopcroft and Tarjan 1973, doi:10.1145/362248.362272.
/// Example: two triangles joined by an edge `2 - 3` have the bridge `2 - 3` and the
/// articulation points 2 and 3, each separating one component.
public func cutStructure(_ graph: CoauthorGraph) -> CutStructure {
  let nodeCount = graph.nodeCount
  var discovery = [Int32](repeating: -1, count: nodeCount)
  var low = [Int32](repeating: 0, count: nodeCount)
  var separated = [Int32](repeating: 0, count: nodeCount)
  var bridgeHalfEdges = [Int32]()  // half-edge parent -> child of each bridge
  // The DFS stack: node and the next entry of its row to scan.
  var stackNode = [Int32](repeating: 0, count: nodeCount)
  var stackNext = [Int32](repeating: 0, count: nodeCount)
  var parentOf = [Int32](repeating: -1, count: nodeCount)
  var time: Int32 = 0
  graph.offsets.withUnsafeBufferPointer { offsets in
    graph.targets.withUnsafeBufferPointer { targets in
      for root in 0..<nodeCount where discovery[root] < 0 {
        discovery[root] = time
        low[root] = time
        time += 1
        var rootChildren: Int32 = 0
        var depth = 0
        stackNode[0] = Int32(root)
        stackNext[0] = offsets[root]
        while depth >= 0 {
          let v = Int(stackNode[depth])
          let next = Int(stackNext[depth])
          if next < Int(offsets[v + 1]) {
            stackNext[depth] = Int32(next + 1)
            let w = Int(targets[next])
            if discovery[w] < 0 {
              discovery[w] = time
              low[w] = time
              time += 1
              parentOf[w] = Int32(v)
              if v == root { rootChildren += 1 }
              depth += 1
              stackNode[depth] = Int32(w)
              stackNext[depth] = offsets[w]
            } else if w != Int(parentOf[v]) {
              low[v] = min(low[v], discovery[w])
            }
            continue
          }
          // v is finished: report to its parent.
          depth -= 1
          guard depth >= 0 else { break }
          let p = Int(stackNode[depth])
          low[p] = min(low[p], low[v])
          if low[v] > discovery[p] {
            // The parent's cursor still points just past the half-edge p -> v.
            bridgeHalfEdges.append(stackNext[depth] - 1)
          }
          if p != root, low[v] >= discovery[p] { separated[p] += 1 }
        }
        if rootChildren > 1 { separated[root] = rootChildren - 1 }
      }
    }
  }
  var bridges = bridgeHalfEdges.map { Int32(graph.edgeIndex(ofHalfEdge: Int($0))) }
  bridges.sort()
  return CutStructure(bridges: bridges, separatedComponents: separated)
}
