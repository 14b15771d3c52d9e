import CoauthModel
import CoauthNames
import Foundation
import PropertyBased
import Testing

@Suite struct NameNormalizerTests {
  @Test(arguments: [
    ("Ondřej Bojar", "ondrej bojar"),
    ("Marta R. Costa-jussà", "marta r costa jussa"),
    ("Marta R. Costa-Jussa", "marta r costa jussa"),
    ("Søren Ørsted", "soren orsted"),
    ("Paweł Łukasz", "pawel lukasz"),
    ("Straße", "strasse"),
    ("Æsa Cæsar", "aesa caesar"),
    ("Đorđe", "dorde"),
    ("Yıldız", "yildiz"),
    ("Colm O’Riordan", "colm oriordan"),
    ("Colm O'riordan", "colm oriordan"),
    ("Jay‐Yoon Lee", "jay yoon lee"),
    ("Jay-Yoon Lee", "jay yoon lee"),
    ("H.S. Behl", "h s behl"),
    ("Mausam .", "mausam"),
    ("  Wei   WANG ", "wei wang"),
    ("ＡＢＣ", "abc"),
    ("王小明", "王小明"),
  ])
  func keys(_ text: String, _ expected: String) {
    #expect(NameNormalizer.key(text) == expected)
  }

  @Test func foldKeepsHyphensThatJoinWords() {
    #expect(NameNormalizer.fold("Costa-jussà") == "costa-jussa")
    #expect(NameNormalizer.fold("- Smith -") == "smith")
    #expect(NameNormalizer.fold("a--b") == "a b")
  }

  @Test func umlautsAreWrittenOut() {
    #expect(NameNormalizer.expandingUmlauts("Hinrich Schütze") == "Hinrich Schuetze")
    #expect(NameNormalizer.expandingUmlauts("Ölberg") == "Oelberg")
    #expect(NameNormalizer.expandingUmlauts("Hinrich Schuetze") == nil)
    #expect(NameNormalizer.expandingUmlauts("Søren Ågård") == "Soeren Aagaard")
    let schuetze = NameKeys(NameParser().parse("Hinrich Schütze"))
    #expect(schuetze.umlautExpandedFull == NameKeys(NameParser().parse("Hinrich Schuetze")).full)
  }

  @Test func nameKeysOfDifferentSplitsAgree() {
    let a = NameKeys(PersonName(given: "Ahmed Hassan", family: "Awadallah"))
    let b = NameKeys(PersonName(given: "Ahmed", family: "Hassan Awadallah"))
    #expect(a.full == b.full)
    // The keys are computed on one canonical split, whatever split the source printed.
    #expect(a.family == b.family)
    #expect(a.given == b.given)
    let bibtex = NameKeys(PersonName(given: "Kiet Van", family: "Nguyen"))
    let dblp = NameKeys(NameParser().parse("Kiet Van Nguyen"))
    #expect(bibtex == dblp)
    #expect(dblp.given.map(\.description) == ["kiet", "van"])
    #expect(NameKeys(NameParser().parse("James O’ Neill")).full == "james oneill")
    #expect(NameKeys(NameParser().parse("AiTi Aw")).compact == NameKeys(NameParser().parse("Ai Ti Aw")).compact)
    #expect(NameKeys(NameParser().parse("Harkirat Singh Behl")).familyInitial == "behl h")
  }

  @Test func givenWordsSplitInitials() {
    #expect(GivenWord.words(ofGivenName: "H.S.").map(\.description) == ["h", "s"])
    #expect(GivenWord.words(ofGivenName: "Cees GM").map(\.description) == ["cees", "g", "m"])
    // Capitals alone in the given name are initials when the family name is not in capitals.
    #expect(GivenWord.words(ofGivenName: "JP", familyName: "Doe").map(\.description) == ["j", "p"])
    #expect(GivenWord.words(ofGivenName: "JP", familyName: "DOE").map(\.description) == ["jp"])
    #expect(GivenWord.words(ofGivenName: "Yun-Nung").map(\.description) == ["yun-nung"])
    #expect(GivenWord.words(ofGivenName: "Y.-N.").map(\.isInitial) == [true])
    #expect(GivenWord.words(ofGivenName: "Krishnamurthy (Dj)").map(\.description) == ["krishnamurthy"])
    #expect(GivenWord.nicknames(ofGivenName: "Krishnamurthy (Dj)") == ["dj"])
    #expect(GivenWord.words(ofGivenName: "Md.").map(\.description) == ["md"])
  }

  // MARK: - Properties

  /// Names from letters, accented letters, spaces and punctuation.
  static let nameText = Gen<Character?>.element(of: Array("abcXYZ éüøłßÆĐı'’.-,  Ñő"))
    .map { $0 ?? " " }.string(of: 0...24)

  @Test func normalisationIsIdempotent() async {
    await propertyCheck(input: Self.nameText) { text in
      let key = NameNormalizer.key(text)
      #expect(NameNormalizer.key(key) == key)
      let folded = NameNormalizer.fold(text)
      #expect(NameNormalizer.fold(folded) == folded)
    }
  }

  @Test func compositionAndCaseDoNotChangeKeys() async {
    await propertyCheck(input: Self.nameText) { text in
      let key = NameNormalizer.key(text)
      #expect(NameNormalizer.key(text.decomposedStringWithCanonicalMapping) == key)
      #expect(NameNormalizer.key(text.precomposedStringWithCanonicalMapping) == key)
      #expect(NameNormalizer.key(text.uppercased()) == NameNormalizer.key(text.uppercased().lowercased()))
    }
  }

  @Test func nfcAndNfdMüllerAgree() {
    let composed = "M\u{00FC}ller"
    let decomposed = "Mu\u{0308}ller"
    #expect(composed.unicodeScalars.count != decomposed.unicodeScalars.count)
    #expect(NameNormalizer.key(composed) == NameNormalizer.key(decomposed))
    #expect(NameNormalizer.expandingUmlauts(decomposed) == "Mueller")
  }
}
