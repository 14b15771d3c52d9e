import CoauthGraph

/// Hand-checkable graphs, unit weights unless stated.
enum SmallGraphs {
  static func edges(_ nodeCount: Int, _ pairs: [(Int32, Int32)]) -> CoauthorGraph {
    // The pairs are valid by construction; a failure here is a broken test.
    (try? CoauthorGraph.build(nodeCount: nodeCount, edges: pairs.map { WeightedEdge($0.0, $0.1) }))
      ?? .empty
  }

  /// 0 - 1 - ... - (n-1).
  static func path(_ n: Int) -> CoauthorGraph {
    edges(n, (0..<max(n - 1, 0)).map { (Int32($0), Int32($0 + 1)) })
  }

  /// Centre 0 joined to 1...(n-1).
  static func star(_ n: Int) -> CoauthorGraph {
    edges(n, (1..<max(n, 1)).map { (0, Int32($0)) })
  }

  static func complete(_ n: Int) -> CoauthorGraph {
    var pairs = [(Int32, Int32)]()
    for u in 0..<n { for v in (u + 1)..<max(n, u + 1) { pairs.append((Int32(u), Int32(v))) } }
    return edges(n, pairs)
  }

  /// Triangles {0,1,2} and {3,4,5} joined by the bridge 2-3.
  static let bridgedTriangles = edges(6, [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5)])

  /// A path 0-1-2, an edge 3-4 and the isolated node 5.
  static let disconnected = edges(6, [(0, 1), (1, 2), (3, 4)])
}
