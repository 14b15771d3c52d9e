/// Disjoint sets over `0..<count` with path halving and union by size. The root of a merged set
/// is the smaller of the two roots when sizes tie, so results do not depend on call order more
/// than the partition itself does.
struct UnionFind {
  private var parent: [Int32]
  private var size: [Int32]

  init(count: Int) {
    parent = (0..<count).map { Int32($0) }
    size = Array(repeating: 1, count: count)
  }

  /// The representative of `element`'s set.
  mutating func find(_ element: Int32) -> Int32 {
    var current = element
    while parent[Int(current)] != current {
      let grandparent = parent[Int(parent[Int(current)])]
      parent[Int(current)] = grandparent
      current = grandparent
    }
    return current
  }

  /// Merges the sets of `a` and `b`; returns the new root, or nil when they were already one set.
  @discardableResult
  mutating func union(_ a: Int32, _ b: Int32) -> Int32? {
    var rootA = find(a)
    var rootB = find(b)
    guard rootA != rootB else { return nil }
    if size[Int(rootA)] < size[Int(rootB)] || (size[Int(rootA)] == size[Int(rootB)] && rootB < rootA) {
      swap(&rootA, &rootB)
    }
    parent[Int(rootB)] = rootA
    size[Int(rootA)] += size[Int(rootB)]
    return rootA
  }
}
