/// An undirected weighted edge given directly (not through papers), for graphs built from an
/// edge list. Repeated pairs are merged: weights add up and each repetition counts as a paper.
public struct WeightedEdge: Sendable, Hashable {
  public var source: Int32
  public var target: Int32
  public var weight: Double

  public init(_ source: Int32, _ target: Int32, weight: Double = 1) {
    self.source = source
    self.target = target
    self.weight = weight
  }
}
