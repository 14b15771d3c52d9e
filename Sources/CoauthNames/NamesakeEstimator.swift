/// How common a name is in one corpus: the number of different persons expected to bear it if
/// family and first given names combined at random. "Yang Liu" among NLP authors is expected
/// several times over; "Harkirat Singh Behl" almost never. Corpora of fewer than
/// `minimumAuthors` authors say nothing about commonness, and every name counts as rare there.
///
/// Names are given as interned keys (see `ResolutionRun.familyIDOf` and `givenKeyIDOf`): the
/// family key, -1 for groups and names without a family, and the first given word.
struct NamesakeEstimator {
  static let minimumAuthors = 1000

  private var familyCounts: [Int32: Int] = [:]
  private var givenCounts: [Int32: Int] = [:]
  private var total = 0

  /// Counts the names of the authors found so far, one (family, first given word) per author.
  init(names: some Sequence<(family: Int32, given: Int32)>) {
    for name in names where name.family >= 0 {
      familyCounts[name.family, default: 0] += 1
      givenCounts[name.given, default: 0] += 1
      total += 1
    }
  }

  /// (authors of the family name) x (authors of the first given name) / (all authors).
  func expectedNamesakes(family: Int32, given: Int32) -> Double {
    guard total >= Self.minimumAuthors, family >= 0, let familyCount = familyCounts[family] else {
      return 0
    }
    let givenCount = givenCounts[given] ?? 0
    return Double(familyCount) * Double(givenCount) / Double(total)
  }
}
