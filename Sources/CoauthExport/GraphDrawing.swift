/// What to draw: a plain description of a co-authorship graph that ``DOTWriter`` turns into DOT
/// text. It is independent of the graph and metrics types; ``DrawingFilter`` builds one from
/// plain arrays.
public struct GraphDrawing: Sendable, Hashable {
  /// The people, in output order.
  public var nodes: [DrawingNode]
  /// Undirected co-author ties.
  public var edges: [DrawingEdge]
  /// Mentor → mentee ties, drawn as arrows.
  public var directedEdges: [DrawingEdge]
  /// Graph-level settings.
  public var attributes: DrawingAttributes

  /// A drawing of `nodes` joined by `edges` and `directedEdges`.
  public init(
    nodes: [DrawingNode], edges: [DrawingEdge] = [], directedEdges: [DrawingEdge] = [],
    attributes: DrawingAttributes = DrawingAttributes()
  ) {
    self.nodes = nodes
    self.edges = edges
    self.directedEdges = directedEdges
    self.attributes = attributes
  }

  /// Checks that node ids are unique and every edge refers to existing nodes.
  public func validate() throws(ExportError) {
    var seen = Set<String>()
    seen.reserveCapacity(nodes.count)
    for node in nodes where !seen.insert(node.id).inserted {
      throw .invalidInput("node id '\(node.id)' appears twice")
    }
    for edge in edges + directedEdges
    where !nodes.indices.contains(edge.source) || !nodes.indices.contains(edge.target) {
      throw .invalidInput(
        "edge \(edge.source)-\(edge.target) refers to a node outside 0..<\(nodes.count)")
    }
  }
}

/// How a ``GraphDrawing`` is styled.
public enum DrawingStyle: String, Sendable, Hashable, CaseIterable {
  /// An undirected co-authorship graph: light grey edges, width by weight.
  case coauthorship
  /// Mentorship: a directed graph laid out top to bottom, dark mentor → mentee arrows, one rank
  /// per cohort (first-publication year) with a year column, and lighter co-author edges that
  /// do not constrain the ranks.
  case mentorship
}

/// Graph-level settings of a ``GraphDrawing``.
public struct DrawingAttributes: Sendable, Hashable {
  /// The DOT graph name.
  public var name: String
  /// A caption drawn above the graph.
  public var title: String?
  /// Co-authorship or mentorship styling.
  public var style: DrawingStyle
  /// The preferred layout engine, written as the `layout` attribute (nil leaves it out).
  public var layout: LayoutEngine?
  /// Graphviz `overlap` value such as `false`, `scale` or `prism` (nil leaves it out).
  public var overlap: String?
  /// Graphviz `splines` value such as `true`, `curved`, `line` (nil leaves it out).
  public var splines: String?
  /// Font for labels; Graphviz falls back to a default when it is not installed.
  public var fontName: String

  /// Settings with readable defaults for the given style.
  public init(
    name: String = "coauthors", title: String? = nil, style: DrawingStyle = .coauthorship,
    layout: LayoutEngine? = nil, overlap: String? = nil, splines: String? = nil,
    fontName: String = "Helvetica"
  ) {
    self.name = name
    self.title = title
    self.style = style
    self.layout = layout
    self.overlap = overlap
    self.splines = splines
    self.fontName = fontName
  }
}
