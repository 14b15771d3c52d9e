/// A Graphviz layout program. Written into DOT as the `layout` graph attribute and used by
/// `CoauthRender` to lay the graph out in process.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Hierarchical layers; needed for mentorship cohorts (`rank=same`).
  case dot
  /// Spring model (stress majorization); good up to a few hundred nodes.
  case neato
  /// Force-directed (Fruchterman-Reingold).
  case fdp
  /// Multiscale force-directed; for large graphs. Missing from some Graphviz builds.
  case sfdp
  /// Circular layout of biconnected components.
  case circo
  /// Radial layout around a root node.
  case twopi

  public var description: String { rawValue }

  /// Engines to try, in order, when this one is not available in the Graphviz installation.
  /// For sfdp, neato comes before fdp: on a 300-node, 900-edge graph (Graphviz 2.43) neato took
  /// 0.9 s and fdp 31 s, against 0.4 s for sfdp.
  public var fallbacks: [LayoutEngine] {
    switch self {
    case .sfdp: [.neato, .fdp]
    case .fdp: [.neato]
    case .neato: [.fdp]
    case .circo, .twopi: [.neato]
    case .dot: []
    }
  }
}
