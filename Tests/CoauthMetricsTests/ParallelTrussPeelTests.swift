import CoauthGraph
@testable import CoauthMetrics
import Testing

/// The level-synchronous peel on several cores gives every edge the truss number of the serial
/// peel (which the networkx oracle tests check), with rounds split however small.
@Suite struct ParallelTrussPeelTests {
  /// Papers of up to `largestTeam` authors among `regulars` people: many triangles, deep trusses.
  private func teams(seed: UInt64, regulars: Int, papers: Int, largestTeam: Int) throws
    -> CoauthorGraph
  {
    var generator = SplitMix64(seed: seed)
    var edges: [WeightedEdge] = []
    for _ in 0..<papers {
      let team = Set((0..<(2 + generator.nextInt(below: largestTeam - 1))).map { _ in
        Int32(generator.nextInt(below: regulars))
      }).sorted()
      for (i, a) in team.enumerated() {
        for b in team[(i + 1)...] { edges.append(WeightedEdge(a, b, weight: 1)) }
      }
    }
    return try CoauthorGraph.build(nodeCount: regulars, edges: edges)
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func parallelPeelEqualsSerialPeel(seed: UInt64)
    throws
  {
    for graph in [
      try SmallGraphs.paperCliques(seed: seed),
      try teams(seed: seed, regulars: 80, papers: 150, largestTeam: 9),
      try teams(seed: seed, regulars: 300, papers: 900, largestTeam: 6),
    ] {
      let serial = trussNumbers(graph, peel: .serial)
      #expect(serial.edges.max() ?? 0 >= 4)
      let edgeOfHalfEdge = halfEdgeEdgeIndex(graph)
      let supports = edgeTriangleCounts(graph, edgeOfHalfEdge: edgeOfHalfEdge)
      for minimumRound in [1, 3, 1 << 20] {
        let parallel = parallelTrussPeel(
          graph, edgeOfHalfEdge: edgeOfHalfEdge, supports: supports,
          minimumParallelRound: minimumRound)
        #expect(parallel == serial.edges, "seed \(seed), rounds of \(minimumRound)+ split")
      }
      #expect(trussNumbers(graph, peel: .parallel) == serial)
    }
  }
}
