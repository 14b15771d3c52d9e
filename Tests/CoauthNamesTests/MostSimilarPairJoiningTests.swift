import PropertyBased
import Testing

@testable import CoauthNames

@Suite struct MostSimilarPairJoiningTests {
  /// Clusters as small sets of features; similarity is their Jaccard index, which ties often.
  static let clusters = Gen<Int>.int(in: 0...7).array(of: 1...4).map { Set($0) }.array(of: 0...14)

  private static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
    Double(a.intersection(b).count) / Double(a.union(b).count)
  }

  /// The definition: search all pairs after every join.
  private static func allPairsReference(_ clusters: inout [Set<Int>], threshold: Double) -> [Int] {
    var alive = Array(clusters.indices)
    while alive.count > 1 {
      var best: (score: Double, a: Int, b: Int) = (-1, -1, -1)
      for (i, a) in alive.enumerated() {
        for b in alive[(i + 1)...] {
          let score = jaccard(clusters[a], clusters[b])
          if score > best.score { best = (score, a, b) }
        }
      }
      guard best.score >= threshold else { break }
      clusters[best.a].formUnion(clusters[best.b])
      alive.removeAll { $0 == best.b }
    }
    return alive
  }

  @Test func joinsThePairsASearchOfAllPairsJoins() async {
    await propertyCheck(input: zip(Self.clusters, Gen<Int>.int(in: 0...4))) { start, tenths in
      let threshold = Double(tenths) / 10
      var expected = start
      let expectedAlive = Self.allPairsReference(&expected, threshold: threshold)
      // With the table of similarities, and without (evaluated when needed).
      for largestTable in [4096, 0] {
        var actual = start
        var joining = MostSimilarPairJoining<Set<Int>>(
          similarity: Self.jaccard, join: { $0.union($1) })
        joining.largestTable = largestTable
        let actualAlive = joining.run(&actual, threshold: threshold)
        #expect(actualAlive == expectedAlive)
        #expect(actualAlive.map { actual[$0] } == expectedAlive.map { expected[$0] })
      }
    }
  }

  @Test func aThresholdAboveEveryPairJoinsNothing() {
    var clusters: [Set<Int>] = [[1], [1, 2], [3]]
    let joining = MostSimilarPairJoining<Set<Int>>(similarity: Self.jaccard, join: { $0.union($1) })
    #expect(joining.run(&clusters, threshold: 1.1) == [0, 1, 2])
    #expect(clusters == [[1], [1, 2], [3]])
  }

  @Test func theMostSimilarPairGoesFirstAndKeepsTheFirstPlace() {
    // {1,2} and {1,2,3} (0.67) join before {1} and {1,2} (0.5); then {1} joins the pair.
    var clusters: [Set<Int>] = [[1], [1, 2], [1, 2, 3], [9]]
    let joining = MostSimilarPairJoining<Set<Int>>(similarity: Self.jaccard, join: { $0.union($1) })
    #expect(joining.run(&clusters, threshold: 0.3) == [0, 3])
    #expect(clusters[0] == [1, 2, 3])
  }
}
