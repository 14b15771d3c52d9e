/// Whole-input failures of graph construction.
public enum GraphError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The graph would need more half-edges (or edge-publication links) than `Int32` can index.
  case tooLarge(halfEdges: Int)
  /// A node id is negative or not below the node count.
  case nodeOutOfRange(node: Int32, nodeCount: Int)
  /// An edge weight is NaN, infinite or not positive.
  case invalidWeight(source: Int32, target: Int32, weight: Double)

  public var description: String {
    switch self {
    case .tooLarge(let halfEdges):
      "graph too large: \(halfEdges) half-edges exceed the Int32 index range"
    case .nodeOutOfRange(let node, let nodeCount):
      "node id \(node) out of range; expected 0..<\(nodeCount)"
    case .invalidWeight(let source, let target, let weight):
      "edge \(source)-\(target) has weight \(weight); expected a finite positive number"
    }
  }
}
