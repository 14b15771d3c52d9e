/// An output format of Graphviz (the `-T` name).
public enum RenderFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Scalable vector graphics, text; always available (core plugin).
  case svg
  /// Raster image; needs the cairo or gd plugin.
  case png
  /// Vector document; needs the cairo plugin.
  case pdf

  public var description: String { rawValue }

  /// The usual file extension.
  public var fileExtension: String { rawValue }
}
