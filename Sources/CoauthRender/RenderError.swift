public import CoauthExport

/// Why a rendering failed.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The step of the Graphviz session that failed.
  public enum Stage: String, Sendable, Hashable {
    /// Creating the Graphviz context.
    case context
    /// Parsing the DOT text.
    case parse
    /// Computing the layout.
    case layout
    /// Producing the output format.
    case render
  }

  /// Graphviz reported an error; `message` is its own text (possibly several lines).
  case graphviz(stage: Stage, message: String)
  /// Neither the engine nor any of its fallbacks is available in this Graphviz installation.
  case engineUnavailable(LayoutEngine, tried: [LayoutEngine])

  public var description: String {
    switch self {
    case .graphviz(let stage, let message):
      "graphviz \(stage.rawValue) failed: \(message)"
    case .engineUnavailable(let engine, let tried):
      "layout engine \(engine) is not available in this graphviz installation (tried "
        + tried.map(\.rawValue).joined(separator: ", ") + ")"
    }
  }
}
