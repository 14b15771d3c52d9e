/// Turns a ``GraphDrawing`` into Graphviz DOT text.
///
/// Output is deterministic: nodes and edges appear in the drawing's order, numbers are printed
/// by ``NumberFormat`` with 3 significant digits, and attributes are always in the same order.
///
/// Appearance:
/// - node font size `10 + 14 × size` points and minimum width `0.4 + 1.2 × size` inches
///   (`size` clamped to 0...1), filled with ``DrawingPalette/color(forGroup:)``;
/// - edge pen width `0.5 + 3.5 × √(weight / heaviest)` points, clamped to 0.5...4, where
///   `heaviest` is the largest weight among edges of the same kind; non-positive or non-finite
///   weights get the minimum;
/// - co-authorship style: `graph` with light grey `--` edges drawn under the nodes (a
///   `digraph` with `dir=none` co-author edges when the drawing has mentor → mentee arrows);
/// - mentorship style: `digraph` with `rankdir=TB`, dark mentor → mentee arrows (pen width at
///   least 1.2), lighter co-author edges with `dir=none, constraint=false` (left out where an
///   arrow already joins the pair), and for each cohort a `rank=same` group that also holds a
///   year label; invisible edges chain the year labels in increasing order so that earlier
///   cohorts are drawn higher (with the `dot` engine).
///
/// Text is escaped for DOT quoted strings: `"` and `\` get a backslash, line breaks become
/// `\n`, other control characters become spaces, and non-ASCII text is kept as UTF-8.
public struct DOTWriter: Sendable {
  /// How attribute numbers are printed.
  public var numberFormat: NumberFormat

  /// A writer printing numbers with 3 significant digits.
  public init(numberFormat: NumberFormat = NumberFormat(significantDigits: 3)) {
    self.numberFormat = numberFormat
  }

  /// DOT text for `drawing`, ending with a newline.
  public func dotText(for drawing: GraphDrawing) throws(ExportError) -> String {
    try drawing.validate()
    let shape = Shape(drawing)
    var out = ""
    out.reserveCapacity(256 + 120 * drawing.nodes.count + 60 * drawing.edges.count)
    appendHeader(drawing.attributes, shape: shape, to: &out)
    for node in drawing.nodes {
      out += "  " + Self.quoted(node.id) + " [" + nodeAttributes(node) + "];\n"
    }
    if shape.mentorship { appendCohorts(of: drawing, to: &out) }
    appendEdges(of: drawing, shape: shape, to: &out)
    out += "}\n"
    return out
  }

  // MARK: - Helpers

  /// The choices that depend on the drawing as a whole.
  private struct Shape {
    let mentorship: Bool
    /// A `digraph`: mentorship style, or any drawing with mentor arrows.
    let directed: Bool
    let connector: String

    init(_ drawing: GraphDrawing) {
      mentorship = drawing.attributes.style == .mentorship
      directed = mentorship || !drawing.directedEdges.isEmpty
      connector = directed ? " -> " : " -- "
    }
  }

  private func appendHeader(_ attributes: DrawingAttributes, shape: Shape, to out: inout String) {
    out += (shape.directed ? "digraph " : "graph ") + Self.quoted(attributes.name) + " {\n"
    var graph: [(String, String)] = []
    if let title = attributes.title {
      graph += [
        ("label", Self.quoted(title)), ("labelloc", "t"), ("fontsize", "18"),
        ("fontname", Self.quoted(attributes.fontName)),
      ]
    }
    if let layout = attributes.layout { graph.append(("layout", layout.rawValue)) }
    if shape.mentorship { graph += [("rankdir", "TB"), ("newrank", "true")] }
    if let overlap = attributes.overlap { graph.append(("overlap", Self.quoted(overlap))) }
    if let splines = attributes.splines { graph.append(("splines", Self.quoted(splines))) }
    graph.append(("outputorder", "edgesfirst"))
    out += "  graph [" + Self.attributeList(graph) + "];\n"
    out += "  node [shape=ellipse, style=filled, fontname=\(Self.quoted(attributes.fontName))"
    out += ", color=\"\(DrawingPalette.outlineColor)\", penwidth=0.6];\n"
    if shape.mentorship {
      out += "  edge [color=\"\(DrawingPalette.mentorEdgeColor)\", arrowsize=0.7];\n"
    } else {
      out += "  edge [color=\"\(DrawingPalette.coauthorEdgeColor)\"];\n"
    }
  }

  /// Mentor arrows first, then co-author lines (in mentorship style, only for pairs without an
  /// arrow).
  private func appendEdges(of drawing: GraphDrawing, shape: Shape, to out: inout String) {
    let nodes = drawing.nodes
    func pairKey(_ edge: DrawingEdge) -> Int {
      min(edge.source, edge.target) * nodes.count + max(edge.source, edge.target)
    }
    var arrowPairs = Set<Int>()  // membership tests only, never iterated
    let arrowWidths = penWidths(for: drawing.directedEdges, minimum: 1.2)
    for (edge, width) in zip(drawing.directedEdges, arrowWidths) {
      arrowPairs.insert(pairKey(edge))
      out += "  " + Self.quoted(nodes[edge.source].id) + shape.connector
      out += Self.quoted(nodes[edge.target].id) + " [penwidth=\(width)"
      if !shape.mentorship {
        out += ", color=\"\(DrawingPalette.mentorEdgeColor)\", arrowsize=0.7"
      }
      out += "];\n"
    }
    let lineWidths = penWidths(for: drawing.edges, minimum: 0.5)
    for (edge, width) in zip(drawing.edges, lineWidths) {
      if shape.mentorship, arrowPairs.contains(pairKey(edge)) { continue }
      out += "  " + Self.quoted(nodes[edge.source].id) + shape.connector
      out += Self.quoted(nodes[edge.target].id) + " [penwidth=\(width)"
      if shape.mentorship {
        out += ", color=\"\(DrawingPalette.mentorshipCoauthorEdgeColor)\""
      }
      if shape.directed { out += ", dir=none" }
      if shape.mentorship { out += ", constraint=false" }
      out += "];\n"
    }
  }

  private func nodeAttributes(_ node: DrawingNode) -> String {
    let size = node.size.isFinite ? min(max(node.size, 0), 1) : 0
    var attributes: [(String, String)] = [
      ("label", Self.quoted(node.label)),
      ("fontsize", numberFormat.string(10 + 14 * size)),
      ("width", numberFormat.string(0.4 + 1.2 * size)),
      ("fillcolor", "\"" + DrawingPalette.color(forGroup: node.group) + "\""),
    ]
    if let tooltip = node.tooltip { attributes.append(("tooltip", Self.quoted(tooltip))) }
    return Self.attributeList(attributes)
  }

  /// Year labels chained top to bottom, and one `rank=same` group per cohort.
  private func appendCohorts(of drawing: GraphDrawing, to out: inout String) {
    let years = Array(Set(drawing.nodes.compactMap(\.cohort))).sorted()
    guard !years.isEmpty else { return }
    let prefix = Self.cohortPrefix(avoiding: drawing.nodes)
    let labelIDs = years.map { Self.quoted(prefix + String($0)) }
    out += "  subgraph \"cohort years\" {\n"
    out +=
      "    node [shape=plaintext, style=\"\", fontcolor=\"\(DrawingPalette.cohortLabelColor)\"];\n"
    for (year, id) in zip(years, labelIDs) { out += "    \(id) [label=\"\(year)\"];\n" }
    if labelIDs.count > 1 {
      out += "    " + labelIDs.joined(separator: " -> ") + " [style=invis];\n"
    }
    out += "  }\n"
    var membersByYear: [Int: [Int]] = [:]
    for (index, node) in drawing.nodes.enumerated() {
      if let cohort = node.cohort { membersByYear[cohort, default: []].append(index) }
    }
    for (year, id) in zip(years, labelIDs) {
      out += "  { rank=same; " + id
      for member in membersByYear[year] ?? [] {
        out += "; " + Self.quoted(drawing.nodes[member].id)
      }
      out += "; }\n"
    }
  }

  /// A prefix for year-label node names that no real node id starts with.
  private static func cohortPrefix(avoiding nodes: [DrawingNode]) -> String {
    var prefix = "cohort "
    while nodes.contains(where: { $0.id.hasPrefix(prefix) }) { prefix = "_" + prefix }
    return prefix
  }

  private func penWidths(for edges: [DrawingEdge], minimum: Double) -> [String] {
    let heaviest = edges.lazy.map(\.weight).filter(\.isFinite).max() ?? 0
    return edges.map { edge in
      var width = minimum
      if heaviest > 0, edge.weight.isFinite, edge.weight > 0 {
        width = 0.5 + 3.5 * (edge.weight / heaviest).squareRoot()
      }
      return numberFormat.string(min(max(width, minimum), 4))
    }
  }

  private static func attributeList(_ attributes: [(String, String)]) -> String {
    attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
  }

  /// `text` as a DOT quoted string (see the type documentation for the escaping rules).
  static func quoted(_ text: String) -> String {
    var result = "\""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\r": result += "\\n"
      case "\n": if !previousWasCarriageReturn { result += "\\n" }
      case "\u{00}"..."\u{1F}", "\u{7F}": result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    result += "\""
    return result
  }
}
