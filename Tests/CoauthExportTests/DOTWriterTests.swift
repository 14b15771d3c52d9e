import CoauthExport
import CoauthTestSupport
import Testing

@Suite struct DOTWriterTests {
  /// Four people: a triangle with one heavy edge, and a pendant node; awkward labels.
  static let people = [
    DrawingNode(
      id: "n0", label: "Ada \"The Countess\" Lovelace", size: 1, group: 0,
      tooltip: "Ada Lovelace\npagerank: 0.4", cohort: 1990),
    DrawingNode(id: "n1", label: "Charles Babbage", size: 0.5, group: 0, cohort: 2000),
    DrawingNode(id: "n2", label: "Émilie du Châtelet\r\nParis", size: 0.2, group: 13, cohort: 2000),
    DrawingNode(id: "n3", label: "back\\slash\tand tab", size: .nan),
  ]
  static let ties = [
    DrawingEdge(source: 0, target: 1, weight: 4), DrawingEdge(source: 0, target: 2, weight: 1),
    DrawingEdge(source: 1, target: 2, weight: 1), DrawingEdge(source: 2, target: 3, weight: 0),
  ]

  @Test func coauthorshipDrawing() throws {
    let drawing = GraphDrawing(
      nodes: Self.people, edges: Self.ties,
      attributes: DrawingAttributes(
        title: "Analytical engines", layout: .sfdp, overlap: "prism", splines: "true"))
    assertGolden(try DOTWriter().dotText(for: drawing), name: "coauthorshipDrawing", ext: "dot")
  }

  @Test func mentorshipDrawing() throws {
    let drawing = GraphDrawing(
      nodes: Self.people, edges: Self.ties,
      directedEdges: [
        DrawingEdge(source: 0, target: 1, weight: 0.9),
        DrawingEdge(source: 0, target: 2, weight: 0.3),
      ],
      attributes: DrawingAttributes(name: "mentors", style: .mentorship, layout: .dot))
    assertGolden(try DOTWriter().dotText(for: drawing), name: "mentorshipDrawing", ext: "dot")
  }

  @Test func arrowsInACoauthorshipDrawingMakeADigraph() throws {
    let drawing = GraphDrawing(
      nodes: Array(Self.people.prefix(2)), edges: [Self.ties[0]],
      directedEdges: [DrawingEdge(source: 0, target: 1)])
    let text = try DOTWriter().dotText(for: drawing)
    #expect(text.hasPrefix("digraph "))
    #expect(text.contains("\"n0\" -> \"n1\" [penwidth=4, color=\"#303030\", arrowsize=0.7];"))
    #expect(text.contains("\"n0\" -> \"n1\" [penwidth=4, dir=none];"))
    #expect(!text.contains(" -- "))
  }

  @Test func emptyDrawingIsAValidGraph() throws {
    let text = try DOTWriter().dotText(for: GraphDrawing(nodes: []))
    #expect(text.hasPrefix("graph \"coauthors\" {\n"))
    #expect(text.hasSuffix("}\n"))
  }

  @Test(arguments: [
    ("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("a\\b", "\"a\\\\b\""),
    ("one\ntwo", "\"one\\ntwo\""), ("one\r\ntwo", "\"one\\ntwo\""), ("one\rtwo", "\"one\\ntwo\""),
    ("tab\there", "\"tab here\""), ("Łódź 東京", "\"Łódź 東京\""), ("trailing\\", "\"trailing\\\\\""),
  ])
  func labelsAreEscaped(label: String, expected: String) throws {
    let drawing = GraphDrawing(nodes: [DrawingNode(id: "x", label: label)])
    let text = try DOTWriter().dotText(for: drawing)
    #expect(text.contains("\"x\" [label=\(expected), "))
  }

  @Test func cohortLabelsNeverCollideWithNodeIDs() throws {
    let drawing = GraphDrawing(
      nodes: [
        DrawingNode(id: "cohort 2001", label: "tricky", cohort: 2001),
        DrawingNode(id: "b", label: "b", cohort: 2001),
      ],
      attributes: DrawingAttributes(style: .mentorship))
    let text = try DOTWriter().dotText(for: drawing)
    #expect(text.contains("\"_cohort 2001\" [label=\"2001\"]"))
    #expect(text.contains("{ rank=same; \"_cohort 2001\"; \"cohort 2001\"; \"b\"; }"))
  }

  @Test func penWidthScalesWithTheSquareRootOfWeightAndIsClamped() throws {
    let nodes = (0..<5).map { DrawingNode(id: "n\($0)", label: "\($0)") }
    let edges = [
      DrawingEdge(source: 0, target: 1, weight: 16), DrawingEdge(source: 1, target: 2, weight: 4),
      DrawingEdge(source: 2, target: 3, weight: 0), DrawingEdge(source: 3, target: 4, weight: .nan),
    ]
    let text = try DOTWriter().dotText(for: GraphDrawing(nodes: nodes, edges: edges))
    #expect(text.contains("\"n0\" -- \"n1\" [penwidth=4]"))
    #expect(text.contains("\"n1\" -- \"n2\" [penwidth=2.25]"))
    #expect(text.contains("\"n2\" -- \"n3\" [penwidth=0.5]"))
    #expect(text.contains("\"n3\" -- \"n4\" [penwidth=0.5]"))
  }

  @Test func paletteCyclesAndHandlesNegativeGroups() {
    #expect(DrawingPalette.color(forGroup: 0) == "#8dd3c7")
    #expect(DrawingPalette.color(forGroup: 12) == "#8dd3c7")
    #expect(DrawingPalette.color(forGroup: -1) == "#ffed6f")
    #expect(DrawingPalette.color(forGroup: nil) == "#ffffff")
  }

  @Test func invalidDrawingsAreRejected() {
    let nodes = [DrawingNode(id: "a", label: "a"), DrawingNode(id: "a", label: "b")]
    #expect(throws: ExportError.invalidInput("node id 'a' appears twice")) {
      try DOTWriter().dotText(for: GraphDrawing(nodes: nodes))
    }
    let edge = DrawingEdge(source: 0, target: 5)
    #expect(throws: ExportError.self) {
      try DOTWriter().dotText(for: GraphDrawing(nodes: [nodes[0]], edges: [edge]))
    }
  }
}
