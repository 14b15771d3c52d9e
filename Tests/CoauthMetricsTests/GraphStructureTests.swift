import CoauthGraph
import CoauthMetrics
import CoauthTestSupport
import Testing

/// Truss, transitivity, assortativity, distances, cut structure and brokerage on graphs small
/// enough to check by hand.
@Suite struct GraphStructureTests {
  /// Triangle {0, 1, 2} with node 3 hanging off node 0.
  private let triangleWithPendant = SmallGraphs.edges(4, [(0, 1), (0, 2), (1, 2), (0, 3)])

  @Test func trussOfATriangleWithAPendant() {
    let truss = trussNumbers(triangleWithPendant)
    #expect(truss.edges == [3, 3, 2, 3])
    #expect(truss.nodes == [3, 3, 3, 2])
    #expect(trussNumbers(SmallGraphs.complete(5)).edges.allSatisfy { $0 == 5 })
    #expect(trussNumbers(SmallGraphs.disconnected).nodes == [2, 2, 2, 2, 2, 0])
    #expect(trussNumbers(.empty).edges.isEmpty)
  }

  @Test func transitivityCountsClosedTriples() {
    #expect(isApproximatelyEqual(transitivity(triangleWithPendant), 3.0 / 5))
    #expect(transitivity(SmallGraphs.star(5)) == 0)
    #expect(transitivity(SmallGraphs.complete(4)) == 1)
  }

  @Test func assortativityOfStarsAndRegularGraphs() throws {
    let star = try #require(degreeAssortativity(SmallGraphs.star(6)))
    #expect(isApproximatelyEqual(star, -1))
    // Every end has degree 2: the correlation is undefined.
    #expect(degreeAssortativity(SmallGraphs.edges(3, [(0, 1), (1, 2), (0, 2)])) == nil)
    #expect(degreeAssortativity(SmallGraphs.edges(3, [])) == nil)
  }

  @Test func diameterOfPathsAndBudgets() {
    let path = SmallGraphs.path(50)
    let exact = diameter(path, componentOf: 10)
    #expect(exact.isExact && exact.lower == 49)
    let pair = diameter(SmallGraphs.disconnected, componentOf: 3)
    #expect(pair.isExact && pair.lower == 1)
    #expect(diameter(SmallGraphs.disconnected, componentOf: 5).lower == 0)
    // A grid needs more searches than the budget: the answer brackets the true diameter 2 * 9.
    let grid = Self.grid(10)
    let bounded = diameter(grid, componentOf: 0, maximumSearches: 7)
    #expect(bounded.lower <= 18 && 18 <= bounded.upper && bounded.searches <= 7)
    #expect(diameter(grid, componentOf: 0).lower == 18)
  }

  /// iFUB (fringes searched 64 sources at a time) gives the largest eccentricity a search from
  /// every node finds, on graphs with wide fringes and with long tails; with a budget too small,
  /// bounds around it.
  @Test(arguments: 0..<6)
  func diameterMatchesEverySearch(seed: UInt64) throws {
    let graph = try SmallGraphs.paperCliques(seed: seed)
    // The component of node 0 (regular authors are numbered first).
    let fromZero = hopDistances(graph, from: 0)
    let component = fromZero.indices.filter { fromZero[$0] >= 0 }
    let expected = component.map { hopDistances(graph, from: $0).max() ?? 0 }.max() ?? 0
    let found = diameter(graph, componentOf: 0)
    #expect(found.isExact && found.lower == expected, "seed \(seed)")
    let bounded = diameter(graph, componentOf: 0, maximumSearches: 8)
    #expect(bounded.lower <= expected && expected <= bounded.upper && bounded.searches <= 8)
  }

  @Test func averagePathLengthExactAndSampled() {
    let path = SmallGraphs.path(4)
    // Ordered pairs: 3 at distance 1 twice, 2 at distance 2 twice, 1 at distance 3 twice.
    #expect(isApproximatelyEqual(averageShortestPathLength(path, componentOf: 0).value, 20.0 / 12))
    let single = averageShortestPathLength(SmallGraphs.disconnected, componentOf: 5)
    #expect(single.value == 0 && single.nodes == 1)
    let grid = Self.grid(12)
    let exact = averageShortestPathLength(grid, componentOf: 0)
    let first = averageShortestPathLength(grid, componentOf: 0, samples: 40, seed: 9)
    #expect(first == averageShortestPathLength(grid, componentOf: 0, samples: 40, seed: 9))
    #expect(first.sources == 40 && first.nodes == 144)
    #expect(abs(first.value - exact.value) < 4 * first.standardError)
  }

  @Test func bridgesAndArticulationPoints() {
    let cut = cutStructure(SmallGraphs.bridgedTriangles)
    #expect(cut.bridges.count == 1)
    #expect(cut.bridges.first.map { SmallGraphs.bridgedTriangles.edgeEndpoints(Int($0)) == (2, 3) } == true)
    #expect(cut.separatedComponents == [0, 0, 1, 1, 0, 0])
    #expect(cut.articulationPoints == [2, 3])
    // The centre of a star separates every leaf from the others.
    #expect(cutStructure(SmallGraphs.star(5)).separatedComponents == [3, 0, 0, 0, 0])
    #expect(cutStructure(SmallGraphs.complete(4)).bridges.isEmpty)
  }

  @Test func cutStructureOfALongPathNeedsNoRecursion() {
    let n = 200_000
    let cut = cutStructure(SmallGraphs.path(n))
    #expect(cut.bridges.count == n - 1)
    #expect(cut.articulationPointCount == n - 2)
  }

  @Test func brokerageOfAStar() {
    let star = brokerage(SmallGraphs.star(4))
    expectClose(star.constraint, [1.0 / 3, 1, 1, 1], "constraint")
    expectClose(star.effectiveSize, [3, 1, 1, 1], "effective size")
    let isolated = brokerage(SmallGraphs.disconnected)
    #expect(isolated.constraint[5].isNaN && isolated.effectiveSize[5].isNaN)
    // In a triangle each contact is fully redundant with the other: 2 - 2 * 1 / 2.
    expectClose(brokerage(SmallGraphs.complete(3)).effectiveSize, [1, 1, 1], "triangle")
  }

  /// A `side` x `side` grid.
  static func grid(_ side: Int) -> CoauthorGraph {
    var pairs = [(Int32, Int32)]()
    for row in 0..<side {
      for column in 0..<side {
        let v = Int32(row * side + column)
        if column + 1 < side { pairs.append((v, v + 1)) }
        if row + 1 < side { pairs.append((v, v + Int32(side))) }
      }
    }
    return SmallGraphs.edges(side * side, pairs)
  }
}
