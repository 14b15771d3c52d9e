import CGraphviz
public import CoauthExport
public import CoauthModel
import Synchronization

/// Renders DOT text to SVG, PNG or PDF with the Graphviz libraries, in process.
///
/// Each call runs one complete Graphviz session in C (`coauth_gv_render` in the CGraphviz shim:
/// `gvContext`, `agmemread`, `gvLayout`, `gvRenderData`, then everything freed). Graphviz keeps
/// global state (error handler, plugin tables), so calls are serialised by a process-wide lock;
/// they may come from any thread. Graphviz never writes to stderr: its messages become
/// ``RenderError/graphviz(stage:message:)`` on failure and warning diagnostics on success.
public enum GraphvizRenderer {
  /// The Graphviz version of the headers this module was compiled against, such as `2.43.0`.
  public static var graphvizVersion: String {
    String(cString: coauth_gv_header_version())
  }

  /// Lays out `dot` with `engine` and renders it as `format`.
  ///
  /// When `engine` is missing from this Graphviz build (sfdp is optional), the first available
  /// of ``LayoutEngine/fallbacks`` is used and a `render.engine-fallback` note is reported.
  /// Graphviz warnings on a successful render are reported as `render.graphviz-warning`.
  public static func render(
    dot: String, engine: LayoutEngine, format: RenderFormat,
    diagnostics: DiagnosticHandler = { _ in }
  ) throws(RenderError) -> [UInt8] {
    let chosen = try usableEngine(for: engine)
    if chosen != engine {
      diagnostics(
        Diagnostic(
          .note, "render.engine-fallback",
          "layout engine \(engine) is not available in this graphviz installation; "
            + "using \(chosen) instead"))
    }
    let (bytes, warnings) = try lock.withLock { _ throws(RenderError) in
      try renderLocked(dot: dot, engine: chosen, format: format)
    }
    for warning in warnings {
      diagnostics(Diagnostic(.warning, "render.graphviz-warning", warning))
    }
    return bytes
  }

  /// Whether this Graphviz installation has the `engine` layout plugin.
  public static func isAvailable(_ engine: LayoutEngine) -> Bool {
    engineAvailability[LayoutEngine.allCases.firstIndex(of: engine) ?? 0]
  }

  /// Whether this Graphviz installation can write `format`.
  public static func isAvailable(_ format: RenderFormat) -> Bool {
    formatAvailability[RenderFormat.allCases.firstIndex(of: format) ?? 0]
  }

  /// The layout engines this Graphviz installation provides, in declaration order.
  public static var availableEngines: [LayoutEngine] {
    LayoutEngine.allCases.filter { isAvailable($0) }
  }

  /// `engine` if available, else its first available fallback.
  public static func usableEngine(for engine: LayoutEngine) throws(RenderError) -> LayoutEngine {
    try usableEngine(for: engine, isAvailable: { isAvailable($0) })
  }

  /// `engine` if `isAvailable` says so, else its first available fallback.
  package static func usableEngine(
    for engine: LayoutEngine, isAvailable: (LayoutEngine) -> Bool
  ) throws(RenderError) -> LayoutEngine {
    let candidates = [engine] + engine.fallbacks
    guard let chosen = candidates.first(where: isAvailable) else {
      throw .engineUnavailable(engine, tried: candidates)
    }
    return chosen
  }

  // MARK: - Helpers

  private static let lock = Mutex(())

  /// Probed once per process by laying out a one-node graph with each engine.
  private static let engineAvailability: [Bool] = LayoutEngine.allCases.map { engine in
    lock.withLock { _ in coauth_gv_can_render(engine.rawValue, "svg") != 0 }
  }

  /// Probed once per process by rendering a one-node graph in each format.
  private static let formatAvailability: [Bool] = {
    let engine = LayoutEngine.allCases.first { isAvailable($0) } ?? .dot
    return RenderFormat.allCases.map { format in
      lock.withLock { _ in coauth_gv_can_render(engine.rawValue, format.rawValue) != 0 }
    }
  }()

  /// One Graphviz session; the caller holds `lock`.
  private static func renderLocked(
    dot: String, engine: LayoutEngine, format: RenderFormat
  ) throws(RenderError) -> (bytes: [UInt8], warnings: [String]) {
    var result = coauth_gv_render(dot, engine.rawValue, format.rawValue)
    defer { coauth_gv_result_free(&result) }
    let messages = result.messages.map { String(cString: $0) } ?? ""
    let stage: RenderError.Stage? =
      switch result.stage {
      case COAUTH_GV_OK: nil
      case COAUTH_GV_CONTEXT: .context
      case COAUTH_GV_PARSE: .parse
      case COAUTH_GV_LAYOUT: .layout
      default: .render
      }
    if let stage {
      let text = messages.trimmingTrailingWhitespace()
      throw .graphviz(stage: stage, message: text.isEmpty ? "no message from graphviz" : text)
    }
    let bytes =
      result.data.map { Array(UnsafeRawBufferPointer(start: $0, count: result.length)) } ?? []
    return (bytes, warningLines(messages))
  }

  /// Graphviz messages split into lines, without the `Warning: ` prefix, blank lines dropped.
  private static func warningLines(_ messages: String) -> [String] {
    messages.split(whereSeparator: \.isNewline).map { line in
      let text = line.hasPrefix("Warning: ") ? line.dropFirst("Warning: ".count) : line[...]
      return String(text).trimmingTrailingWhitespace()
    }.filter { !$0.isEmpty }
  }
}

extension String {
  fileprivate func trimmingTrailingWhitespace() -> String {
    var text = self[...]
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
