import CoauthGraph

/// The diameter of one connected component, exact or bracketed.
public struct DiameterBounds: Sendable, Hashable {
  /// A lower bound: the largest eccentricity found.
  public var lower: Int
  /// An upper bound; equal to `lower` when the diameter is exact.
  public var upper: Int
  /// Breadth-first searches spent.
  public var searches: Int

  public init(lower: Int, upper: Int, searches: Int) {
    self.lower = lower
    self.upper = upper
    self.searches = searches
  }

  /// Whether the bounds meet.
  public var isExact: Bool { lower == upper }
}

/// Diameter (largest hop distance) of the connected component of `node`, by iFUB.
///
/// A 4-sweep picks a central node `u` and a lower bound; then the nodes are taken by decreasing
/// distance from `u`, one level (fringe) `i` at a time: every pair with a node beyond level `i`
/// is covered by the eccentricities computed, and pairs within it are at most `2 i` apart, so the
/// search stops when the largest eccentricity found reaches `2 (i - 1)`. The searches from one
/// fringe run 64 at a time as one bit-parallel search, the batches on every core. On
/// co-authorship and other small-world graphs this takes a few to a few hundred searches; when
/// `maximumSearches` runs out first, the bounds `[lower, upper]` are returned instead of the
/// exact value. On
/// a whole disconnected graph networkx raises; here call it per component.
///
/// - Parameters:
///   - node: any node of the component (the pipeline passes one of the giant component).
///   - maximumSearches: budget of breadth-first searches (at least 6 are needed to start).
/// - Complexity: O(searches * (n + m)) for the component's `n` nodes and `m` edges.
/// Crescenzi, Grossi, Habib, Lanzi and Marino 2013, doi:10.1016/j.tcs.2012.09.018 (iFUB and
/// 4-sweep). Example: a path of 5 nodes has diameter 4.
public func diameter(
  _ graph: CoauthorGraph, componentOf node: Int, maximumSearches: Int = 500
) -> DiameterBounds {
  var search = BreadthFirstSearch(nodeCount: graph.nodeCount)
  var searches = 0
  var lower = 0
  /// Searches from `source` and returns the farthest node (smallest id among ties is not
  /// needed: the first met in visit order is deterministic).
  func sweep(from source: Int) -> Int {
    let eccentricity = search.run(graph, from: source)
    searches += 1
    lower = max(lower, eccentricity)
    return Int(search.order[search.reached - 1])
  }
  /// The node halfway along a shortest path from the last source to `end`.
  func middle(towards end: Int) -> Int {
    var current = end
    let target = search.distance[end] / 2
    while search.distance[current] > target {
      let want = search.distance[current] - 1
      for h in graph.neighborRange(current) where search.distance[Int(graph.targets[h])] == want {
        current = Int(graph.targets[h])
        break
      }
    }
    return current
  }
  // 4-sweep from the highest-degree node of the component.
  search.run(graph, from: node)
  var start = node
  for index in 0..<search.reached {
    let v = Int(search.order[index])
    if graph.degree(v) > graph.degree(start) { start = v }
  }
  let a1 = sweep(from: start)
  let b1 = sweep(from: a1)
  let r2 = middle(towards: b1)
  let a2 = sweep(from: r2)
  let b2 = sweep(from: a2)
  let centre = middle(towards: b2)

  // Levels around the centre, farthest first.
  let eccentricity = search.run(graph, from: centre)
  searches += 1
  lower = max(lower, eccentricity)
  let byDistance = Array(search.order[0..<search.reached])
  let level = byDistance.map { search.distance[Int($0)] }
  var index = byDistance.count - 1
  var i = eccentricity
  let fringeSearch = FringeEccentricities(graph)
  while 2 * i > lower {
    var first = index
    while first >= 0, Int(level[first]) == i { first -= 1 }
    let fringe = byDistance[(first + 1)...index].map { Int($0) }
    let affordable = min(fringe.count, maximumSearches - searches)
    lower = max(lower, fringeSearch.largest(of: fringe[..<affordable]))
    searches += affordable
    guard affordable == fringe.count else {
      return DiameterBounds(lower: lower, upper: max(lower, 2 * i), searches: searches)
    }
    index = first
    if lower > 2 * (i - 1) { break }
    i -= 1
  }
  return DiameterBounds(lower: lower, upper: lower, searches: searches)
}

/// The largest eccentricity among the nodes of a fringe, 64 sources per bit-parallel search
/// (`MultiSourceBFS`) and the batches on every core: iFUB's searches from one fringe are
/// independent, and on graphs with a wide fringe (hundreds of nodes at the same distance from
/// the centre) they are nearly all of its work.
private struct FringeEccentricities {
  let adjacency: CompactAdjacency
  let unitSize: [Int]

  init(_ graph: CoauthorGraph) {
    adjacency = CompactAdjacency(graph, inverseWeightLengths: false)
    unitSize = [Int](repeating: 1, count: graph.nodeCount)
  }

  func largest(of fringe: ArraySlice<Int>) -> Int {
    var eccentricities = [Int](repeating: 0, count: fringe.count)
    eccentricities.withUnsafeMutableBufferPointer { eccentricities in
      // Each source writes only its own entry.
      nonisolated(unsafe) let out = eccentricities
      MultiSourceBFS.searchAll(adjacency, classSize: unitSize, sources: Array(fringe)) {
        index, result in
        out[index] = result.eccentricity
      }
    }
    return eccentricities.max() ?? 0
  }
}
