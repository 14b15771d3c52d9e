import Testing

@testable import CoauthNames

@Suite struct JapaneseRomanisationTests {
  @Test(arguments: [
    ("satou", "sato"), ("satoh", "sato"), ("ohno", "ono"), ("oono", "ono"), ("yuuki", "yuki"),
    ("kouji", "koji"), ("shuuichi", "shuichi"), ("kouichi", "koichi"),
    ("inoue", "inoue"), ("kohei", "kohei"),
    ("ota", "ota"),
  ])
  func longVowelsFold(_ word: String, _ expected: String) {
    #expect(JapaneseRomanisation.foldingLongVowels(word) == expected)
  }

  @Test(arguments: [
    "sato", "ono", "yuki", "koji", "kenji", "shinichi", "tsuyoshi", "hattori", "sampei", "kyoko",
    "matsumoto", "ryuichi", "nakamura",
  ])
  func japaneseWordsRead(_ word: String) {
    #expect(JapaneseRomanisation.isRomanisedJapanese(word))
  }

  @Test(arguments: ["smith", "lois", "coper", "martin", "john", "david", "vera", "xu", "tom"])
  func otherWordsDoNot(_ word: String) {
    #expect(!JapaneseRomanisation.isRomanisedJapanese(word))
  }

  /// Names of other languages keep their vowels: "Lois" is not "Louis".
  @Test func onlyJapaneseNamesFold() {
    #expect(NameForms.foldingJapaneseLongVowels(["louis", "moore"]) == ["louis", "moore"])
    #expect(NameForms.foldingJapaneseLongVowels(["yuuki", "satou"]) == ["yuki", "sato"])
    #expect(NameForms.foldingJapaneseLongVowels(["y", "satoh"]) == ["y", "sato"])
  }
}
