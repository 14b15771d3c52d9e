import CoauthGraph
import CoauthModel
import CoauthTestSupport
import Testing

@Suite struct CoauthorGraphBuilderTests {
  /// Papers: {0,1,2} in 2001, {0,1} in 1999, {2} solo, {1,0,1} (repeated id) with no year.
  private func sampleGraph(recordPublications: Bool = true) throws -> CoauthorGraph {
    try CoauthorGraph.build(
      nodeCount: 4,
      papers: [
        GraphPaper(authors: [2, 0, 1], year: 2001, publication: 0),
        GraphPaper(authors: [1, 0], year: 1999, publication: 1),
        GraphPaper(authors: [2], year: 2005, publication: 2),
        GraphPaper(authors: [1, 0, 1], year: nil, publication: 3),
      ], recordPublications: recordPublications)
  }

  @Test func newmanWeightsAndMergedDuplicates() throws {
    let graph = try sampleGraph()
    #expect(graph._checkInvariants().isEmpty)
    #expect(graph.nodeCount == 4)
    #expect(graph.edgeCount == 3)
    #expect(graph.offsets == [0, 2, 4, 6, 6])
    #expect(graph.targets == [1, 2, 0, 2, 0, 1])
    let h01 = try #require(graph.halfEdge(from: 0, to: 1))
    // 1/2 from the three-author paper, 1 from each two-author paper.
    #expect(graph.weights[h01] == 2.5)
    #expect(graph.papers[h01] == 3)
    #expect(graph.firstYear[h01] == 1999 && graph.lastYear[h01] == 2001)
    let h12 = try #require(graph.halfEdge(from: 1, to: 2))
    #expect(graph.weights[h12] == 0.5)
    #expect(graph.papers[h12] == 1)
    #expect(graph.firstYear[h12] == 2001 && graph.lastYear[h12] == 2001)
    #expect(graph.halfEdge(from: 3, to: 0) == nil)
  }

  @Test func nodePaperCounts() throws {
    let graph = try sampleGraph()
    #expect(graph.paperCount == [3, 3, 2, 0])
    #expect(graph.soloPaperCount == [0, 0, 1, 0])
    #expect((0..<4).map(graph.degree) == [2, 2, 2, 0])
  }

  @Test func edgeViewAndPublications() throws {
    let graph = try sampleGraph()
    let endpoints = (0..<graph.edgeCount).map { graph.edgeEndpoints($0) }
    #expect(endpoints.map(\.0) == [0, 0, 1])
    #expect(endpoints.map(\.1) == [1, 2, 2])
    #expect(Array(graph.publications(ofEdge: 0)) == [0, 1, 3])
    #expect(Array(graph.publications(ofEdge: 1)) == [0])
    for h in 0..<graph.halfEdgeCount {
      let e = graph.edgeIndex(ofHalfEdge: h)
      let (u, v) = graph.edgeEndpoints(e)
      let row = graph.offsets.lastIndex { Int($0) <= h } ?? 0
      #expect(Set([u, v]) == Set([Int32(row), graph.targets[h]]))
    }
    let unrecorded = try sampleGraph(recordPublications: false)
    #expect(!unrecorded.hasEdgePublications)
    #expect(unrecorded.edgePublications.isEmpty)
    #expect(unrecorded.publications(ofEdge: 0).isEmpty)
  }

  @Test func edgeListMergesAndIgnoresSelfLoops() throws {
    let graph = try CoauthorGraph.build(
      nodeCount: 3,
      edges: [
        WeightedEdge(0, 1, weight: 2), WeightedEdge(1, 0, weight: 0.5), WeightedEdge(2, 2),
        WeightedEdge(1, 2, weight: 3),
      ])
    #expect(graph._checkInvariants().isEmpty)
    #expect(graph.edgeCount == 2)
    #expect(graph.weights == [2.5, 2.5, 3, 3])
    #expect(graph.papers == [2, 2, 1, 1])
  }

  @Test func errors() {
    #expect(throws: GraphError.nodeOutOfRange(node: 5, nodeCount: 3)) {
      try CoauthorGraph.build(
        nodeCount: 3, papers: [GraphPaper(authors: [0, 5], year: nil, publication: 0)])
    }
    #expect(throws: GraphError.invalidWeight(source: 0, target: 1, weight: -1)) {
      try CoauthorGraph.build(nodeCount: 3, edges: [WeightedEdge(0, 1, weight: -1)])
    }
  }

  @Test func nullAndSingletonGraphs() throws {
    let null = try CoauthorGraph.build(nodeCount: 0, papers: [])
    #expect(null.nodeCount == 0 && null.edgeCount == 0)
    #expect(null._checkInvariants().isEmpty)
    let singleton = try CoauthorGraph.build(
      nodeCount: 1, papers: [GraphPaper(authors: [0], year: 2020, publication: 0)])
    #expect(singleton.nodeCount == 1 && singleton.edgeCount == 0)
    #expect(singleton.paperCount == [1] && singleton.soloPaperCount == [1])
    #expect(singleton._checkInvariants().isEmpty)
  }

  @Test func groupingAuthorships() {
    let authorships = [
      Authorship(publication: 1, position: 1, author: 4),
      Authorship(publication: 0, position: 1, author: 2),
      Authorship(publication: 1, position: 2, author: 3),
      Authorship(publication: 9, position: 1, author: 3),
    ]
    let papers = GraphPaper.grouping(authorships, publicationYears: [2000, nil])
    #expect(papers.map(\.authors) == [[2], [4, 3]])
    #expect(papers.map(\.year) == [2000, nil])
    #expect(papers.map(\.publication) == [0, 1])
  }

  /// Random papers: the builder's graph equals a straightforward pair-by-pair accumulation.
  @Test(arguments: [1, 2, 3]) func randomPapersMatchNaiveAccumulation(seed: UInt64) throws {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
    let nodeCount = 30
    var papers = [GraphPaper]()
    var naive = [Int: (weight: Double, count: Int32, first: Int32, last: Int32)]()
    for index in 0..<200 {
      let authors = (0..<(1 + next(5))).map { _ in Int32(next(nodeCount)) }
      let year = next(4) == 0 ? nil : 1990 + next(30)
      papers.append(GraphPaper(authors: authors, year: year, publication: Int32(index)))
      let distinct = Array(Set(authors)).sorted()
      for u in distinct {
        for v in distinct where v != u {
          let key = Int(u) * nodeCount + Int(v)
          var entry = naive[key] ?? (0, 0, 0, 0)
          entry.weight += 1 / Double(distinct.count - 1)
          entry.count += 1
          if let year {
            let y = Int32(year)
            entry.first = entry.first == 0 ? y : min(entry.first, y)
            entry.last = max(entry.last, y)
          }
          naive[key] = entry
        }
      }
    }
    let graph = try CoauthorGraph.build(
      nodeCount: nodeCount, papers: papers, recordPublications: true)
    #expect(graph._checkInvariants().isEmpty)
    #expect(graph.halfEdgeCount == naive.count)
    for u in 0..<nodeCount {
      for h in graph.neighborRange(u) {
        let entry = try #require(naive[u * nodeCount + Int(graph.targets[h])])
        #expect(isApproximatelyEqual(graph.weights[h], entry.weight))
        #expect(graph.papers[h] == entry.count)
        #expect(graph.firstYear[h] == entry.first && graph.lastYear[h] == entry.last)
      }
    }
  }
}
