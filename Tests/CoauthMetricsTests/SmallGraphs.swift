import CoauthGraph
import CoauthMetrics

/// Hand-checkable graphs, unit weights unless stated.
enum SmallGraphs {
  /// Papers as cliques: each joins 1-3 regular authors with 1-3 authors who write nothing else,
  /// so the graph is full of twins (same closed neighbourhood), as real co-authorship graphs are.
  static func paperCliques(seed: UInt64) throws -> CoauthorGraph {
    var generator = SplitMix64(seed: seed)
    let regulars = 60
    var nodeCount = regulars
    var edges = [WeightedEdge]()
    for _ in 0..<120 {
      var authors = (0..<(1 + generator.nextInt(below: 3))).map { _ in
        Int32(generator.nextInt(below: regulars))
      }
      for _ in 0..<(1 + generator.nextInt(below: 3)) {
        authors.append(Int32(nodeCount))
        nodeCount += 1
      }
      let distinct = Array(Set(authors)).sorted()
      for (i, a) in distinct.enumerated() {
        for b in distinct[(i + 1)...] { edges.append(WeightedEdge(a, b, weight: 1)) }
      }
    }
    return try CoauthorGraph.build(nodeCount: nodeCount, edges: edges)
  }

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
