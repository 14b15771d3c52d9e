/// Contiguous ranges of the lowest corners `0..<nodeCount` of an oriented triangle listing,
/// `count` at most, of about equal listing work as `cost(u)` estimates it for corner `u`.
func balancedCornerRanges(_ count: Int, nodeCount: Int, cost: (Int) -> Int) -> [Range<Int>] {
  guard count > 1, nodeCount > 0 else { return [0..<nodeCount] }
  var work = [Int](repeating: 0, count: nodeCount + 1)
  for u in 0..<nodeCount { work[u + 1] = work[u] + cost(u) }
  var ranges = [Range<Int>]()
  var start = 0
  for part in 1...count {
    let goal = work[nodeCount] * part / count
    var end = start
    while end < nodeCount, work[end] < goal { end += 1 }
    if part == count { end = nodeCount }
    if end > start { ranges.append(start..<end) }
    start = end
  }
  return ranges
}
