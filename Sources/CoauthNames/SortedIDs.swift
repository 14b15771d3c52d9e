/// Set operations on sorted arrays of ids (interned names, clusters, words): compact, no hashing,
/// no allocation where only a count is asked for.

/// `values` (sorted) without repeats.
func uniqueSorted(_ values: [Int32]) -> [Int32] {
  var result: [Int32] = []
  result.reserveCapacity(values.count)
  for value in values where result.last != value { result.append(value) }
  return result
}

/// The sorted union of two sorted arrays without repeats.
func mergedSorted(_ a: [Int32], _ b: [Int32]) -> [Int32] {
  var result: [Int32] = []
  result.reserveCapacity(a.count + b.count)
  var i = 0
  var j = 0
  while i < a.count || j < b.count {
    let next: Int32
    if j >= b.count || (i < a.count && a[i] <= b[j]) {
      next = a[i]
      i += 1
    } else {
      next = b[j]
      j += 1
    }
    if result.last != next { result.append(next) }
  }
  return result
}

/// Number of values in both sorted arrays (without repeats). A short array against a much
/// longer one is looked up by binary search, so that a group of few co-authors is compared with
/// a large neighbourhood in time of the short side.
func intersectionCount(_ a: [Int32], _ b: [Int32]) -> Int {
  let (short, long) = a.count <= b.count ? (a, b) : (b, a)
  if short.count * 8 < long.count {
    var count = 0
    var low = 0
    for value in short {
      low = lowerBound(of: value, in: long, from: low)
      if low == long.count { break }
      if long[low] == value { count += 1 }
    }
    return count
  }
  var i = 0
  var j = 0
  var count = 0
  while i < a.count, j < b.count {
    if a[i] == b[j] {
      count += 1
      i += 1
      j += 1
    } else if a[i] < b[j] {
      i += 1
    } else {
      j += 1
    }
  }
  return count
}

/// True when the sorted arrays share a value.
func intersects(_ a: [Int32], _ b: [Int32]) -> Bool {
  var i = 0
  var j = 0
  while i < a.count, j < b.count {
    if a[i] == b[j] { return true }
    if a[i] < b[j] { i += 1 } else { j += 1 }
  }
  return false
}

/// The first position at or after `start` whose value is not below `value`.
private func lowerBound(of value: Int32, in sorted: [Int32], from start: Int) -> Int {
  var low = start
  var high = sorted.count
  while low < high {
    let middle = (low + high) / 2
    if sorted[middle] < value { low = middle + 1 } else { high = middle }
  }
  return low
}
