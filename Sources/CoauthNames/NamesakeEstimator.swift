/// How common a name is in one corpus: the number of different persons expected to bear it if
/// family and first given names combined at random. "Yang Liu" among NLP authors is expected
/// several times over; "Harkirat Singh Behl" almost never. Corpora of fewer than
/// `minimumAuthors` authors say nothing about commonness, and every name counts as rare there.
struct NamesakeEstimator {
  static let minimumAuthors = 1000

  private var familyCounts: [String: Int] = [:]
  private var givenCounts: [String: Int] = [:]
  private var total = 0

  /// Counts the names of the authors found so far, one `NameKeys` per author (nil for groups).
  init(keys: [NameKeys?]) {
    for case let name? in keys where !name.family.isEmpty {
      familyCounts[name.family, default: 0] += 1
      givenCounts[Self.givenKey(name), default: 0] += 1
      total += 1
    }
  }

  /// (authors of the family name) x (authors of the first given name) / (all authors).
  func expectedNamesakes(_ name: NameKeys) -> Double {
    guard total >= Self.minimumAuthors, let family = familyCounts[name.family] else { return 0 }
    let given = givenCounts[Self.givenKey(name)] ?? 0
    return Double(family) * Double(given) / Double(total)
  }

  private static func givenKey(_ name: NameKeys) -> String {
    name.given.first?.parts.joined(separator: "-") ?? ""
  }
}
