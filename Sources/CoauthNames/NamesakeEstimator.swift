/// How common a name is in one corpus: the number of different persons expected to bear it if
/// the parts of names combined at random. "Yang Liu" among NLP authors is expected several times
/// over; "Harkirat Singh Behl" almost never. Corpora of fewer than `minimumAuthors` authors say
/// nothing about commonness, and every name counts as rare there.
///
/// The estimate is (authors of the family name) x (authors of the first given word) / (all
/// authors), times, for a name with more given words, the share of all authors whose given
/// words after the first are the same ("Jessy" of "Junyi Jessy Li", "P." of "John P. McCrae"):
/// a middle name or initial makes a name rarer, however common its first given word and family.
///
/// Names are given as interned keys (see `ResolutionRun.familyIDOf`, `givenKeyIDOf` and
/// `laterGivenKeyIDOf`): the family key, -1 for groups and names without a family; the first
/// given word; the given words after it, -1 when there are none.
struct NamesakeEstimator {
  static let minimumAuthors = 1000
  private var familyCounts: [Int32: Int] = [:]
  private var givenCounts: [Int32: Int] = [:]
  private var laterGivenCounts: [Int32: Int] = [:]
  private var total = 0

  /// Counts the names of the authors found so far, one (family, first given word, later given
  /// words) per author.
  init(names: some Sequence<(family: Int32, given: Int32, laterGiven: Int32)>) {
    for name in names where name.family >= 0 {
      familyCounts[name.family, default: 0] += 1
      givenCounts[name.given, default: 0] += 1
      if name.laterGiven >= 0 { laterGivenCounts[name.laterGiven, default: 0] += 1 }
      total += 1
    }
  }

  /// True when the corpus is large enough (`minimumAuthors`) to tell common names from rare ones.
  var hasStatistics: Bool { total >= Self.minimumAuthors }

  /// The expected number of authors printed with this name (see the type's description).
  func expectedNamesakes(family: Int32, given: Int32, laterGiven: Int32 = -1) -> Double {
    guard hasStatistics, family >= 0, let familyCount = familyCounts[family] else {
      return 0
    }
    let givenCount = givenCounts[given] ?? 0
    var expected = Double(familyCount) * Double(givenCount) / Double(total)
    if laterGiven >= 0 {
      expected *= Double(laterGivenCounts[laterGiven] ?? 0) / Double(total)
    }
    return expected
  }
}
