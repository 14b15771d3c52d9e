import CoauthGraph
import Testing

@Suite struct CoauthorGraphSubgraphTests {
  /// Path 0-1-2-3-4 plus the chord 1-3, built from papers with years.
  private func pathWithChord() throws -> CoauthorGraph {
    let pairs: [[Int32]] = [[0, 1], [1, 2], [2, 3], [3, 4], [1, 3]]
    return try CoauthorGraph.build(
      nodeCount: 5,
      papers: pairs.enumerated().map {
        GraphPaper(authors: $0.element, year: 2000 + $0.offset, publication: Int32($0.offset))
      }, recordPublications: true)
  }

  @Test func inducedKeepsColumnsAndRenumbers() throws {
    let graph = try pathWithChord()
    let (sub, original) = try graph.induced(by: [3, 1, 2, 3])
    #expect(original == [1, 2, 3])
    #expect(sub._checkInvariants().isEmpty)
    #expect(sub.edgeCount == 3)
    #expect(sub.targets == [1, 2, 0, 2, 0, 1])
    let chord = try #require(sub.halfEdge(from: 0, to: 2))
    #expect(sub.firstYear[chord] == 2004)
    let e = sub.edgeIndex(ofHalfEdge: chord)
    #expect(Array(sub.publications(ofEdge: e)) == [4])
  }

  @Test func egoNetworkRadius() throws {
    let graph = try pathWithChord()
    #expect(try graph.egoNetwork(of: 0, radius: 0).originalIDs == [0])
    #expect(try graph.egoNetwork(of: 0, radius: 1).originalIDs == [0, 1])
    #expect(try graph.egoNetwork(of: 0, radius: 2).originalIDs == [0, 1, 2, 3])
    let (ego, ids) = try graph.egoNetwork(of: 4, radius: 2)
    #expect(ids == [1, 2, 3, 4])
    #expect(ego.edgeCount == 4)
    #expect(ego._checkInvariants().isEmpty)
    #expect(throws: GraphError.nodeOutOfRange(node: 9, nodeCount: 5)) {
      try graph.egoNetwork(of: 9, radius: 1)
    }
  }

  @Test func inducedByNothingIsEmpty() throws {
    let (sub, ids) = try pathWithChord().induced(by: [])
    #expect(sub.nodeCount == 0 && ids.isEmpty)
  }
}
