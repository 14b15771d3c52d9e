import OrderedCollections

/// The printed names (entries) of one author with their mention counts, in first-seen order.
/// Most authors print one name only: that case needs no allocation.
struct EntryCounts: Sequence {
  private var first: Int32 = -1
  private var firstCount = 0
  /// Every entry with its count, once there are several.
  private var several: OrderedDictionary<Int32, Int>?

  /// Counts one more mention of `entry`.
  mutating func add(_ entry: Int32) {
    if first < 0 {
      first = entry
      firstCount = 1
    } else if several == nil, entry == first {
      firstCount += 1
    } else {
      if several == nil { several = [first: firstCount] }
      several?[entry, default: 0] += 1
    }
  }

  /// The mentions of `entry`, nil when it is not one of the author's names.
  subscript(entry: Int32) -> Int? {
    if let several { return several[entry] }
    return entry == first && first >= 0 ? firstCount : nil
  }

  /// The entry and its count when the author prints one name only.
  var only: (entry: Int32, count: Int)? {
    several == nil && first >= 0 ? (first, firstCount) : nil
  }

  /// All mentions of the author.
  var total: Int { several.map { $0.values.reduce(0, +) } ?? (first >= 0 ? firstCount : 0) }

  func makeIterator() -> Iterator {
    Iterator(counts: self)
  }

  struct Iterator: IteratorProtocol {
    let counts: EntryCounts
    var index = 0

    mutating func next() -> (key: Int32, value: Int)? {
      defer { index += 1 }
      if let several = counts.several {
        guard index < several.count else { return nil }
        return (several.keys[index], several.values[index])
      }
      guard index == 0, counts.first >= 0 else { return nil }
      return (counts.first, counts.firstCount)
    }
  }
}
