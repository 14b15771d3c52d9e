/// A line between two nodes of a ``GraphDrawing``, given by their positions in
/// ``GraphDrawing/nodes``. For mentorship edges `source` is the mentor and `target` the mentee.
public struct DrawingEdge: Sendable, Hashable {
  /// Index of the first node (the mentor for directed edges).
  public var source: Int
  /// Index of the second node (the mentee for directed edges).
  public var target: Int
  /// Strength of the tie (joint papers, fractional weight, confidence); sets the line width
  /// relative to the heaviest edge of the same kind.
  public var weight: Double

  /// An edge between `source` and `target` with `weight`.
  public init(source: Int, target: Int, weight: Double = 1) {
    self.source = source
    self.target = target
    self.weight = weight
  }
}
