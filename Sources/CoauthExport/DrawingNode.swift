/// One person in a ``GraphDrawing``.
public struct DrawingNode: Sendable, Hashable {
  /// The DOT node name; unique within the drawing.
  public var id: String
  /// Text shown in the node (any Unicode; newlines become line breaks).
  public var label: String
  /// Relative importance in 0...1, mapped to font size and width; other values are clamped.
  public var size: Double
  /// Community or other group; picks the fill colour from ``DrawingPalette``. Nil draws white.
  public var group: Int?
  /// Text shown on hover in SVG output.
  public var tooltip: String?
  /// First-publication year; nodes with the same cohort share a rank in mentorship drawings.
  public var cohort: Int?

  /// A node; see the properties for the meaning of each value.
  public init(
    id: String, label: String, size: Double = 0, group: Int? = nil, tooltip: String? = nil,
    cohort: Int? = nil
  ) {
    self.id = id
    self.label = label
    self.size = size
    self.group = group
    self.tooltip = tooltip
    self.cohort = cohort
  }
}
