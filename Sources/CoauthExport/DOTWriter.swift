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
/// - co-authorship style: `graph` with light grey `--` edges drawn under the nodes;
/// - mentorship style: `digraph` with `rankdir=TB`, dark mentor → mentee arrows (pen width at
///   least 1.2), lighter co-author edges with `dir=none, constraint=false`, and for each cohort
///   a `rank=same` group that also holds a year label; invisible edges chain the year labels
///   in increasing order so that earlier cohorts are drawn higher (with the `dot` engine).
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
    let attributes = drawing.attributes
    let mentorship = attributes.style == .mentorship
    let connector = mentorship ? " -> " : " -- "
    var out = ""
    out.reserveCapacity(256 + 120 * drawing.nodes.count + 60 * drawing.edges.count)

    out += mentorship ? "digraph " : "graph "
    out += Self.quoted(attributes.name) + " {\n"
    out += "  graph ["
    var graphAttributes: [(String, String)] = []
    if let title = attributes.title {
      graphAttributes += [
        ("label", Self.quoted(title)), ("labelloc", "t"), ("fontsize", "18"),
        ("fontname", Self.quoted(attributes.fontName)),
      ]
    }
    if let layout = attributes.layout { graphAttributes.append(("layout", layout.rawValue)) }
    if mentorship { graphAttributes += [("rankdir", "TB"), ("newrank", "true")] }
    if let overlap = attributes.overlap { graphAttributes.append(("overlap", Self.quoted(overlap))) }
    if let splines = attributes.splines { graphAttributes.append(("splines", Self.quoted(splines))) }
    graphAttributes.append(("outputorder", "edgesfirst"))
    out += Self.attributeList(graphAttributes) + "];\n"
    out += "  node [shape=ellipse, style=filled, fontname=\(Self.quoted(attributes.fontName))"
    out += ", color=\"\(DrawingPalette.outlineColor)\", penwidth=0.6];\n"
    if mentorship {
      out += "  edge [color=\"\(DrawingPalette.mentorEdgeColor)\", arrowsize=0.7];\n"
    } else {
      out += "  edge [color=\"\(DrawingPalette.coauthorEdgeColor)\"];\n"
    }

    for node in drawing.nodes {
      out += "  " + Self.quoted(node.id) + " [" + nodeAttributes(node) + "];\n"
    }

    if mentorship { appendCohorts(of: drawing, to: &out) }

    let mentorWidths = penWidths(for: drawing.directedEdges, minimum: 1.2)
    for (edge, width) in zip(drawing.directedEdges, mentorWidths) {
      out += "  " + Self.quoted(drawing.nodes[edge.source].id) + connector
      out += Self.quoted(drawing.nodes[edge.target].id) + " [penwidth=\(width)];\n"
    }
    let coauthorWidths = penWidths(for: drawing.edges, minimum: 0.5)
    for (edge, width) in zip(drawing.edges, coauthorWidths) {
      out += "  " + Self.quoted(drawing.nodes[edge.source].id) + connector
      out += Self.quoted(drawing.nodes[edge.target].id) + " [penwidth=\(width)"
      if mentorship {
        out += ", color=\"\(DrawingPalette.mentorshipCoauthorEdgeColor)\", dir=none"
        out += ", constraint=false"
      }
      out += "];\n"
    }
    out += "}\n"
    return out
  }

  // MARK: - Helpers

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
    out += "    node [shape=plaintext, style=\"\", fontcolor=\"\(DrawingPalette.cohortLabelColor)\"];\n"
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
      for member in membersByYear[year] ?? [] { out += "; " + Self.quoted(drawing.nodes[member].id) }
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
