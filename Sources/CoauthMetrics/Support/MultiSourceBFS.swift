/// Bit-parallel BFS from up to 64 sources: bit `i` of a node's masks stands for source `i`.
struct MultiSourceBFS {
  /// Sources that have reached each node.
  var seen: [UInt64]
  /// Sources whose frontier holds each node at the current level.
  var visit: [UInt64]
  /// Sources reaching each node at the next level (before removing those already seen).
  var next: [UInt64]
  var frontier: [Int32] = []
  var touched: [Int32] = []

  init(nodeCount: Int) {
    seen = [UInt64](repeating: 0, count: nodeCount)
    visit = seen
    next = seen
  }

  /// Per source (at most 64, distinct): nodes reached (itself included), sum of hop distances, the
  /// harmonic sum `sum over levels d of count(d) / d`, a node counting `classSize` times, and the
  /// eccentricity (the last level that reached a new node).
  ///
  /// With `targetSums` (three blocks of `nodeCount` entries), each node reached also adds, over the
  /// sources that reach it, its hop distances to block 0, `harmonicUnit / distance` to block 1
  /// and one per source to block 2 (the view from the other end, for sampled closeness).
  mutating func run(
    _ graph: CompactAdjacency, classSize: [Int], sources: some Collection<Int>,
    targetSums: UnsafeMutableBufferPointer<Int>? = nil
  ) -> [(
    reached: Int, total: Int, harmonic: Double, eccentricity: Int
  )] {
    var sums = [(reached: Int, total: Int, harmonic: Double, eccentricity: Int)](
      repeating: (1, 0, 0, 0), count: sources.count)
    var levelCounts = [Int](repeating: 0, count: sources.count)
    frontier.removeAll(keepingCapacity: true)
    var allSeen = [Int32]()
    for (bit, source) in sources.enumerated() {
      seen[source] = 1 << UInt64(bit)
      visit[source] = 1 << UInt64(bit)
      frontier.append(Int32(source))
      allSeen.append(Int32(source))
    }
    var level = 0
    graph.offsets.withUnsafeBufferPointer { offsets in
      graph.targets.withUnsafeBufferPointer { targets in
        seen.withUnsafeMutableBufferPointer { seen in
          visit.withUnsafeMutableBufferPointer { visit in
            next.withUnsafeMutableBufferPointer { next in
              while !frontier.isEmpty {
                level += 1
                touched.removeAll(keepingCapacity: true)
                for v32 in frontier {
                  let v = Int(v32)
                  let bits = visit[v]
                  visit[v] = 0
                  for h in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(targets[h])
                    if next[w] == 0 { touched.append(Int32(w)) }
                    next[w] |= bits
                  }
                }
                frontier.removeAll(keepingCapacity: true)
                for w32 in touched {
                  let w = Int(w32)
                  var fresh = next[w] & ~seen[w]
                  next[w] = 0
                  guard fresh != 0 else { continue }
                  if seen[w] == 0 { allSeen.append(w32) }
                  seen[w] |= fresh
                  visit[w] = fresh
                  frontier.append(w32)
                  if let targetSums {
                    let count = fresh.nonzeroBitCount
                    targetSums[w] += count * level
                    targetSums[graph.nodeCount + w] += count * (Self.harmonicUnit / level)
                    targetSums[2 * graph.nodeCount + w] += count
                  }
                  while fresh != 0 {
                    levelCounts[fresh.trailingZeroBitCount] += classSize[w]
                    fresh &= fresh &- 1
                  }
                }
                for index in levelCounts.indices where levelCounts[index] > 0 {
                  let count = levelCounts[index]
                  sums[index].reached += count
                  sums[index].total += count * level
                  sums[index].harmonic += Double(count) / Double(level)
                  sums[index].eccentricity = level
                  levelCounts[index] = 0
                }
              }
              for v in allSeen { seen[Int(v)] = 0 }
            }
          }
        }
      }
    }
    return sums
  }
}

extension MultiSourceBFS {
  /// The fixed-point unit of harmonic sums over targets: integers add up to the same total in
  /// any order, so the sums do not depend on how sources were spread over cores.
  static let harmonicUnit = 1 << 40

  /// What one source's search found (see `run`).
  typealias SourceResult = (reached: Int, total: Int, harmonic: Double, eccentricity: Int)

  /// Searches from every node of `sources`, 64 at a time as one bit-parallel search, the batches
  /// dealt to every core; `each(i, result)` receives the result of `sources[i]` (calls for
  /// different `i` may run at the same time, each `i` once).
  static func searchAll(
    _ adjacency: CompactAdjacency, classSize: [Int], sources: [Int],
    each: @escaping @Sendable (Int, SourceResult) -> Void
  ) {
    let batchCount = (sources.count + 63) / 64
    SourceChunks.forEach(sourceCount: batchCount) { chunk, chunkCount in
      var search = MultiSourceBFS(nodeCount: adjacency.nodeCount)
      var batch = chunk
      while batch < batchCount {
        let first = batch * 64
        let results = search.run(
          adjacency, classSize: classSize, sources: sources[first..<min(first + 64, sources.count)])
        for (offset, result) in results.enumerated() { each(first + offset, result) }
        batch += chunkCount
      }
    }
  }
}
