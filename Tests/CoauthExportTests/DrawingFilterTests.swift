import CoauthExport
import CoauthTestSupport
import Testing

@Suite struct DrawingFilterTests {
  /// Two triangles joined by a bridge (2–3), a pendant 6 on 5, and an isolated node 7.
  ///
  ///     0 — 1      4 — 5 — 6
  ///      \ /  \   /
  ///       2 ——— 3          7
  static let input = DrawingInput(
    nodeCount: 8,
    edgeSources: [0, 0, 1, 2, 3, 3, 4, 5, 1, 2],
    edgeTargets: [1, 2, 2, 3, 4, 5, 5, 6, 3, 1],
    edgeWeights: [3, 1, 1, 5, 1, 1, 2, 0.5, 1, 1],
    scores: [0.2, 0.5, 0.9, 0.9, 0.3, 0.4, 0.05, .nan],
    scoreName: "betweenness",
    names: ["Zoe", "Yann", "Bea", "Abe", "Cleo", "Dan", "Eve", "Finn"],
    communities: [0, 0, 0, 1, 1, 1, 1, -1],
    cohorts: [1995, 2005, 2001, 2001, 2010, 2003, 2015, 0],
    mentorSources: [2, 3], mentorTargets: [1, 4], mentorWeights: [0.8, 0.6])

  private func keptNames(_ drawing: GraphDrawing) -> [String] { drawing.nodes.map(\.label) }

  private func edgePairs(_ drawing: GraphDrawing) -> [String] {
    drawing.edges.map { "\(drawing.nodes[$0.source].id)-\(drawing.nodes[$0.target].id)" }
  }

  @Test func defaultsKeepEverythingAndMergeParallelEdges() throws {
    let drawing = try DrawingFilter().drawing(from: Self.input)
    #expect(drawing.nodes.map(\.id) == (0..<8).map { "n\($0)" })
    // 2–1 is listed twice (as 1–2 and 2–1): merged with weights summed.
    #expect(
      edgePairs(drawing) == [
        "n0-n1", "n0-n2", "n1-n2", "n1-n3", "n2-n3", "n3-n4", "n3-n5", "n4-n5", "n5-n6",
      ])
    #expect(drawing.edges[2].weight == 2)
    #expect(drawing.nodes[2].size == 1)
    #expect(drawing.nodes[7].size == 0)
    #expect(drawing.nodes[7].group == nil)
    #expect(drawing.nodes[7].cohort == nil)
    #expect(drawing.directedEdges.count == 2)
  }

  @Test func topNodesByScoreWithTiesBrokenByName() throws {
    let drawing = try DrawingFilter(maximumNodes: 3).drawing(from: Self.input)
    // Bea and Abe tie at 0.9: both beat Yann (0.5); output stays in index order.
    #expect(keptNames(drawing) == ["Yann", "Bea", "Abe"])
    let two = try DrawingFilter(maximumNodes: 1).drawing(from: Self.input)
    #expect(keptNames(two) == ["Abe"])
    #expect(edgePairs(drawing) == ["n1-n2", "n1-n3", "n2-n3"])
    #expect(drawing.directedEdges == [DrawingEdge(source: 1, target: 0, weight: 0.8)])
  }

  @Test func nanScoresRankLast() throws {
    let drawing = try DrawingFilter(maximumNodes: 7).drawing(from: Self.input)
    #expect(!keptNames(drawing).contains("Finn"))
  }

  @Test func minimumWeightDropsLightEdges() throws {
    let drawing = try DrawingFilter(minimumEdgeWeight: 2, dropIsolated: true)
      .drawing(from: Self.input)
    #expect(edgePairs(drawing) == ["n0-n1", "n1-n2", "n2-n3", "n4-n5"])
    // 1–2 survives as two parallel edges of weight 1 merged into 2; 6 lost its only edge and
    // 7 never had one.
    #expect(keptNames(drawing) == ["Zoe", "Yann", "Bea", "Abe", "Cleo", "Dan"])
  }

  @Test(arguments: [
    (0, ["Abe"]), (1, ["Yann", "Bea", "Abe", "Cleo", "Dan"]),
    (2, ["Zoe", "Yann", "Bea", "Abe", "Cleo", "Dan", "Eve"]),
  ])
  func egoNetworkFollowsFilteredEdges(radius: Int, expected: [String]) throws {
    let filter = DrawingFilter(ego: .init(center: 3, radius: radius))
    #expect(keptNames(try filter.drawing(from: Self.input)) == expected)
  }

  @Test func egoCentreIsKeptEvenWhenItsScoreIsLow() throws {
    // Within 2 hops of Eve (6): Dan (5), Abe (3), Cleo (4). Eve takes one of the two places,
    // Abe (0.9) the other.
    var filter = DrawingFilter(maximumNodes: 2, ego: .init(center: 6, radius: 2))
    #expect(keptNames(try filter.drawing(from: Self.input)) == ["Abe", "Eve"])
    // Abe and Eve are not adjacent: dropping isolated nodes keeps only the centre.
    filter.dropIsolated = true
    #expect(keptNames(try filter.drawing(from: Self.input)) == ["Eve"])
  }

  @Test func invalidInputsAreRejected() {
    var input = Self.input
    input.names.removeLast()
    #expect(throws: ExportError.invalidInput("names has 7 values for 8 nodes")) {
      try DrawingFilter().drawing(from: input)
    }
    input = Self.input
    input.edgeTargets[0] = 8
    #expect(throws: ExportError.invalidInput("node index 8 is outside 0..<8")) {
      try DrawingFilter().drawing(from: input)
    }
    #expect(throws: ExportError.self) {
      try DrawingFilter(ego: .init(center: 9)).drawing(from: Self.input)
    }
  }

  @Test func filteredMentorshipDrawing() throws {
    let filter = DrawingFilter(maximumNodes: 6, dropIsolated: true)
    let drawing = try filter.drawing(
      from: Self.input,
      attributes: DrawingAttributes(name: "mentors", title: "Top 6", style: .mentorship))
    assertGolden(
      try DOTWriter().dotText(for: drawing), name: "filteredMentorshipDrawing", ext: "dot")
  }
}
