/// Contiguous ranges of the lowest corners `0..<nodeCount` of an oriented triangle listing,
/// `count` at most, of about equal listing work as `cost(u)` estimates it for corner `u`.
func balancedCornerRanges(_ count: Int, nodeCount: Int, cost: (Int) -> Int) -> [Range<Int>] {
  guard count > 1, nodeCount > 0 else { return [0..<nodeCount] }
  var work = [Int](repeating: 0, count: nodeCount + 1)
  for u in 0..<nodeCount { work[u + 1] = work[u] + cost(u) }
  return balancedRanges(count, itemCount: nodeCount) { work[$0] }
}

/// Contiguous ranges of `0..<itemCount`, `count` at most and none empty, of about equal work,
/// where `workBefore(i)` is the work of the items before `i` (nondecreasing from 0; a CSR
/// offset array is one): range `k` ends at the first item whose work before reaches `k / count`
/// of the total.
func balancedRanges(_ count: Int, itemCount: Int, workBefore: (Int) -> Int) -> [Range<Int>] {
  guard count > 1, itemCount > 0 else { return [0..<itemCount] }
  let total = workBefore(itemCount)
  var ranges = [Range<Int>]()
  var start = 0
  for part in 1...count {
    var end = itemCount
    if part < count {
      // The first item at or after `start` whose work before reaches the goal.
      let goal = total * part / count
      var low = start
      var high = itemCount
      while low < high {
        let middle = (low + high) / 2
        if workBefore(middle) < goal { low = middle + 1 } else { high = middle }
      }
      end = low
    }
    if end > start { ranges.append(start..<end) }
    start = end
  }
  return ranges
}
