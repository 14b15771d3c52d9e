import Testing

@testable import CoauthNames

@Suite struct NamesakeEstimatorTests {
  // Interned keys of a made-up corpus of 2000 authors.
  static let liu: Int32 = 0
  static let wang: Int32 = 1
  static let other: Int32 = 2
  static let yang: Int32 = 10
  static let junyi: Int32 = 11
  static let rest: Int32 = 12
  static let jessy: Int32 = 20
  static let middleInitial: Int32 = 21

  /// 200 Liu, 100 Wang; 100 Yang, 20 Junyi; 4 authors with the later given word "Jessy" and
  /// 40 with the middle initial "P.".
  static let estimator: NamesakeEstimator = {
    var names: [(family: Int32, given: Int32, laterGiven: Int32)] = []
    for index in 0..<2000 {
      let family = index < 200 ? liu : index < 300 ? wang : other
      let given = index % 20 == 0 ? yang : index % 100 == 1 ? junyi : rest
      let laterGiven = index % 500 == 7 ? jessy : index % 50 == 9 ? middleInitial : -1
      names.append((family, given, laterGiven))
    }
    return NamesakeEstimator(names: names)
  }()

  @Test func commonFamilyAndGivenNamesAreExpectedSeveralTimes() {
    // 200 Liu x 100 Yang / 2000 authors.
    #expect(Self.estimator.expectedNamesakes(family: Self.liu, given: Self.yang) == 10)
    // 100 Wang x 20 Junyi / 2000.
    #expect(Self.estimator.expectedNamesakes(family: Self.wang, given: Self.junyi) == 1)
  }

  @Test func laterGivenWordsMakeANameRarer() {
    let plain = Self.estimator.expectedNamesakes(family: Self.wang, given: Self.junyi)
    let withMiddleName = Self.estimator.expectedNamesakes(
      family: Self.wang, given: Self.junyi, laterGiven: Self.jessy)
    let withMiddleInitial = Self.estimator.expectedNamesakes(
      family: Self.wang, given: Self.junyi, laterGiven: Self.middleInitial)
    // Times 4 / 2000 and 40 / 2000 of the authors.
    #expect(abs(withMiddleName - plain * 0.002) < 1e-12)
    #expect(abs(withMiddleInitial - plain * 0.02) < 1e-12)
  }

  @Test func unknownKeysAndSmallCorporaAreRare() {
    #expect(Self.estimator.expectedNamesakes(family: 99, given: Self.yang) == 0)
    #expect(Self.estimator.expectedNamesakes(family: Self.liu, given: 99) == 0)
    #expect(Self.estimator.expectedNamesakes(family: -1, given: Self.yang) == 0)
    let small = NamesakeEstimator(
      names: Array(repeating: (family: Self.liu, given: Self.yang, laterGiven: Int32(-1)), count: 999))
    #expect(small.expectedNamesakes(family: Self.liu, given: Self.yang) == 0)
  }
}
