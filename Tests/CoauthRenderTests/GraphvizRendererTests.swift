import CoauthExport
import CoauthModel
import CoauthRender
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Rendering is checked by structure, never byte for byte: output varies with the Graphviz
/// version and installed fonts.
@Suite struct GraphvizRendererTests {
  /// A triangle plus a pendant node, written by DOTWriter with awkward labels.
  static let drawing = GraphDrawing(
    nodes: [
      DrawingNode(id: "n0", label: "Ada \"The Countess\" Lovelace", size: 1, group: 0),
      DrawingNode(id: "n1", label: "Charles Babbage", size: 0.5, group: 0),
      DrawingNode(id: "n2", label: "Émilie du Châtelet\nParis", size: 0.2, group: 1),
      DrawingNode(id: "n3", label: "back\\slash", size: 0, group: nil),
    ],
    edges: [
      DrawingEdge(source: 0, target: 1, weight: 3), DrawingEdge(source: 0, target: 2, weight: 1),
      DrawingEdge(source: 1, target: 2, weight: 1), DrawingEdge(source: 2, target: 3, weight: 2),
    ])

  @Test(arguments: LayoutEngine.allCases)
  func svgHasOneGroupPerNodeAndEdge(engine: LayoutEngine) throws {
    let dot = try DOTWriter().dotText(for: Self.drawing)
    var notes: [Diagnostic] = []
    let bytes = try GraphvizRenderer.render(dot: dot, engine: engine, format: .svg) {
      notes.append($0)
    }
    let svg = String(decoding: bytes, as: UTF8.self)
    #expect(svg.contains("<svg"))
    let structure = try SVGStructure(svg)
    #expect(structure.nodeCount == 4)
    #expect(structure.edgeCount == 4)
    #expect(structure.titles.contains("n0"))
    #expect(svg.contains("Émilie du Châtelet"))
    if GraphvizRenderer.isAvailable(engine) {
      #expect(!notes.contains { $0.code == "render.engine-fallback" })
    } else {
      #expect(notes.contains { $0.code == "render.engine-fallback" })
    }
  }

  @Test func mentorshipDrawingRendersWithDot() throws {
    var drawing = Self.drawing
    drawing.attributes.style = .mentorship
    drawing.nodes[0].cohort = 1990
    drawing.nodes[1].cohort = 2000
    drawing.nodes[2].cohort = 2000
    drawing.directedEdges = [DrawingEdge(source: 0, target: 1, weight: 1)]
    let dot = try DOTWriter().dotText(for: drawing)
    let bytes = try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg)
    let structure = try SVGStructure(String(decoding: bytes, as: UTF8.self))
    // Four people plus the year labels 1990 and 2000; the invisible year chain is not drawn,
    // and the co-author line 0–1 gives way to the mentor arrow 0 → 1.
    #expect(structure.nodeCount == 6)
    #expect(structure.edgeCount == 1 + 3)
    #expect(structure.titles.contains("n1"))
  }

  @Test func brokenDotReportsGraphvizMessage() {
    #expect {
      _ = try GraphvizRenderer.render(dot: "graph { a -- ", engine: .dot, format: .svg)
    } throws: { error in
      guard case .graphviz(let stage, let message) = error as? RenderError else { return false }
      return stage == .parse && message.contains("syntax error")
    }
  }

  @Test func unknownAttributeValueIsAWarningNotAFailure() throws {
    var diagnostics: [Diagnostic] = []
    let bytes = try GraphvizRenderer.render(
      dot: "graph { a [shape=nosuchshape]; a -- b }", engine: .dot, format: .svg
    ) { diagnostics.append($0) }
    #expect(!bytes.isEmpty)
    #expect(
      diagnostics.contains {
        $0.code == "render.graphviz-warning" && $0.message.contains("nosuchshape")
      })
  }

  @Test func renderingAfterAFailureStillWorks() throws {
    _ = try? GraphvizRenderer.render(dot: "digraph {", engine: .dot, format: .svg)
    let bytes = try GraphvizRenderer.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)
    #expect(try SVGStructure(String(decoding: bytes, as: UTF8.self)).nodeCount == 2)
  }

  @Test(.enabled(if: GraphvizRenderer.isAvailable(RenderFormat.png)))
  func pngHasMagicBytes() throws {
    let bytes = try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .dot, format: .png)
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  }

  @Test(.enabled(if: GraphvizRenderer.isAvailable(RenderFormat.pdf)))
  func pdfHasHeader() throws {
    let bytes = try GraphvizRenderer.render(dot: "graph { a -- b }", engine: .dot, format: .pdf)
    #expect(Array(bytes.prefix(5)) == Array("%PDF-".utf8))
  }

  @Test func dotIsAlwaysAvailableAndReportsAVersion() throws {
    #expect(GraphvizRenderer.isAvailable(LayoutEngine.dot))
    #expect(GraphvizRenderer.availableEngines.contains(.dot))
    #expect(GraphvizRenderer.graphvizVersion.first?.isNumber == true)
    #expect(try GraphvizRenderer.usableEngine(for: .dot) == .dot)
  }

  @Test func missingSfdpFallsBackToNeatoThenFdp() throws {
    let withoutSfdp = try GraphvizRenderer.usableEngine(for: .sfdp) { $0 != .sfdp }
    #expect(withoutSfdp == .neato)
    let onlyFdp = try GraphvizRenderer.usableEngine(for: .sfdp) { $0 == .fdp || $0 == .dot }
    #expect(onlyFdp == .fdp)
    #expect(throws: RenderError.engineUnavailable(.sfdp, tried: [.sfdp, .neato, .fdp])) {
      try GraphvizRenderer.usableEngine(for: .sfdp) { $0 == .dot }
    }
  }

  @Test func concurrentRendersAreSerialisedSafely() async throws {
    let dot = try DOTWriter().dotText(for: Self.drawing)
    let counts = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask {
          let bytes = try GraphvizRenderer.render(dot: dot, engine: .neato, format: .svg)
          return try SVGStructure(String(decoding: bytes, as: UTF8.self)).nodeCount
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(counts == Array(repeating: 4, count: 8))
  }
}

/// The parts of a Graphviz SVG the tests look at: node and edge groups and node titles.
struct SVGStructure {
  var nodeCount = 0
  var edgeCount = 0
  var titles: [String] = []

  init(_ svg: String) throws {
    #if canImport(FoundationXML) || canImport(Darwin)
      // Graphviz SVG has a DOCTYPE with an external DTD; the parser must not fetch it.
      let document = try XMLDocument(xmlString: svg, options: [])
      let nodes = try document.nodes(forXPath: "//*[local-name()='g'][@class='node']")
      nodeCount = nodes.count
      edgeCount = try document.nodes(forXPath: "//*[local-name()='g'][@class='edge']").count
      for node in nodes {
        let id = try node.nodes(forXPath: "@id").first?.stringValue
        #expect(id?.hasPrefix("node") == true)
        let title = try node.nodes(forXPath: "*[local-name()='title']").first?.stringValue
        titles.append(title ?? "")
      }
    #else
      // Minimal fallback: well-formed enough to start and end as SVG, and count the groups.
      #expect(svg.contains("<svg") && svg.contains("</svg>"))
      nodeCount = svg.components(separatedBy: "class=\"node\">").count - 1
      edgeCount = svg.components(separatedBy: "class=\"edge\">").count - 1
      let pieces = svg.components(separatedBy: "class=\"node\">\n<title>").dropFirst()
      titles = pieces.map { String($0.prefix { $0 != "<" }) }
    #endif
  }
}
