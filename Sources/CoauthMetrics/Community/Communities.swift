/// A partition of the nodes into communities.
public struct Communities: Sendable, Hashable {
  /// Community id of each node. Ids run by decreasing size, ties by smallest node.
  public var membership: [Int32]
  /// Number of nodes of each community, non-increasing.
  public var sizes: [Int]
  /// Weighted modularity of the partition on the graph it was computed for.
  public var modularity: Double

  public init(membership: [Int32], sizes: [Int], modularity: Double) {
    self.membership = membership
    self.sizes = sizes
    self.modularity = modularity
  }

  /// Number of communities.
  public var count: Int { sizes.count }

  /// Renumbers arbitrary labels `0..<labelCount` by decreasing size, ties by smallest node.
  static func canonical(labels: [Int32], labelCount: Int) -> (membership: [Int32], sizes: [Int]) {
    var size = [Int](repeating: 0, count: labelCount)
    var smallest = [Int](repeating: Int.max, count: labelCount)
    for (node, label) in labels.enumerated() {
      size[Int(label)] += 1
      smallest[Int(label)] = min(smallest[Int(label)], node)
    }
    let used = (0..<labelCount).filter { size[$0] > 0 }
    let ranked = used.sorted {
      size[$0] != size[$1] ? size[$0] > size[$1] : smallest[$0] < smallest[$1]
    }
    var rank = [Int32](repeating: -1, count: labelCount)
    for (position, label) in ranked.enumerated() { rank[label] = Int32(position) }
    return (labels.map { rank[Int($0)] }, ranked.map { size[$0] })
  }
}
