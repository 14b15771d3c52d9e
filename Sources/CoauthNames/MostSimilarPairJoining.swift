/// Greedy agglomerative clustering: the most similar pair of clusters is joined first, and
/// joining goes on while the best pair's similarity reaches a threshold.
///
/// Recomputing every pair after each join costs O(n³) similarity evaluations for n clusters,
/// hours for a common name of a large corpus. Here each row keeps its best partner, and the pair
/// similarities are kept in a triangular table: a join evaluates the similarity of the joined
/// cluster to every other one (n evaluations) and rescans only the rows whose best partner was
/// one of the two, so the whole run evaluates O(n²) similarities. Above `largestTable` clusters
/// the table (n²/2 numbers) is not kept and a rescanned row evaluates its similarities again:
/// more work, memory that grows only with n.
///
/// The pairs are chosen as a search of all pairs would choose them: the highest similarity,
/// ties going to the pair whose first cluster comes first, then whose second does. A joined
/// pair keeps the first cluster's place.
struct MostSimilarPairJoining<Cluster> {
  /// How alike two clusters are; must not depend on the order of the two.
  var similarity: (Cluster, Cluster) -> Double
  /// The cluster two clusters make, the first keeping its place.
  var join: (Cluster, Cluster) -> Cluster
  /// Clusters above which pair similarities are evaluated when needed instead of kept (4,096
  /// clusters keep 64 MiB).
  var largestTable = 4096

  /// Joins the most similar pairs of `clusters` while their similarity is at least `threshold`;
  /// returns the indices of the clusters left, in order. Joined clusters are stored at the index
  /// of the first of the pair; the other index is no longer used.
  func run(_ clusters: inout [Cluster], threshold: Double) -> [Int] {
    let count = clusters.count
    guard count > 1 else { return Array(clusters.indices) }
    var table = count <= largestTable ? PairTable(count: count) : nil
    if table != nil {
      for a in 0..<count {
        for b in (a + 1)..<count { table![a, b] = similarity(clusters[a], clusters[b]) }
      }
    }
    var alive = [Bool](repeating: true, count: count)
    /// The similarity of the pair `a < b`, kept or evaluated.
    func score(_ a: Int, _ b: Int) -> Double {
      table?[a, b] ?? similarity(clusters[a], clusters[b])
    }
    /// The best partner after `row` among the clusters still alive.
    func bestPartner(of row: Int) -> Partner {
      var best = Partner.none
      for other in (row + 1)..<count where alive[other] {
        best.consider(partner: other, score: score(row, other))
      }
      return best
    }
    var best = (0..<count).map { bestPartner(of: $0) }
    while let (a, b) = bestPair(best), best[a].score >= threshold {
      clusters[a] = join(clusters[a], clusters[b])
      alive[b] = false
      best[b] = .none
      if table != nil {
        for other in 0..<count where alive[other] && other != a {
          table![min(a, other), max(a, other)] = similarity(
            clusters[min(a, other)], clusters[max(a, other)])
        }
      }
      for row in 0..<count where alive[row] {
        if row == a || best[row].partner == a || best[row].partner == b {
          best[row] = bestPartner(of: row)
        } else if row < a {
          best[row].consider(partner: a, score: score(row, a))
        }
      }
    }
    return alive.indices.filter { alive[$0] }
  }

  /// The row holding the best pair: the highest score, the first row on ties.
  private func bestPair(_ best: [Partner]) -> (Int, Int)? {
    var found: Int?
    for row in best.indices where best[row].partner >= 0 {
      if let current = found, best[current].score >= best[row].score { continue }
      found = row
    }
    return found.map { ($0, best[$0].partner) }
  }
}

/// The best later partner of one row: the highest score, the smallest partner on ties.
private struct Partner {
  var partner: Int
  var score: Double

  static let none = Partner(partner: -1, score: -.infinity)

  mutating func consider(partner other: Int, score otherScore: Double) {
    if otherScore > score || (otherScore == score && other < partner) {
      (partner, score) = (other, otherScore)
    }
  }
}

/// Similarities of the pairs `a < b` of `count` clusters, stored row after row.
private struct PairTable {
  private var values: [Double]
  private let count: Int

  init(count: Int) {
    self.count = count
    values = [Double](repeating: 0, count: count * (count - 1) / 2)
  }

  /// Position of the pair (a, b), a < b: the rows before a hold count-1, count-2, ... pairs.
  private func offset(_ a: Int, _ b: Int) -> Int {
    a * (2 * count - a - 1) / 2 + (b - a - 1)
  }

  subscript(a: Int, b: Int) -> Double {
    get { values[offset(a, b)] }
    set { values[offset(a, b)] = newValue }
  }
}
