import CoauthModel
import Testing

@Suite struct PersonNameTests {
  @Test(arguments: [
    ("Smith J.", "J.", "Smith"), ("Smith J", "J", "Smith"), ("Smith JA", "JA", "Smith"),
    ("Smith J.A.", "J.A.", "Smith"), ("Doe J.-P.", "J.-P.", "Doe"), ("Smith J A", "J A", "Smith"),
    ("Costa-jussà MR", "MR", "Costa-jussà"), ("van der Berg J.-P.", "J.-P.", "van der Berg"),
    ("Müller J", "J", "Müller"),
  ])
  func readsInitialsAfterTheFamilyName(_ text: String, _ given: String, _ family: String) {
    #expect(PersonName(initialsAfterFamilyName: text) == PersonName(given: given, family: family))
  }

  /// PubMed prints a suffix after the initials ("King ML Jr").
  @Test func aSuffixAfterTheInitialsIsTheSuffix() {
    #expect(
      PersonName(initialsAfterFamilyName: "King ML Jr")
        == PersonName(given: "ML", family: "King", suffix: "Jr"))
    #expect(
      PersonName(initialsAfterFamilyName: "Gates WH 3rd")
        == PersonName(given: "WH", family: "Gates", suffix: "3rd"))
    #expect(PersonName(initialsAfterFamilyName: "John Smith Jr") == nil)
  }

  @Test func namesInChineseJapaneseOrKoreanScriptDisplayFamilyNameFirst() {
    #expect(PersonName(given: "伟", family: "王").displayForm == "王伟")
    #expect(PersonName(given: "민준", family: "김").displayForm == "김민준")
    #expect(PersonName(given: "Wei", family: "Wang").displayForm == "Wei Wang")
    #expect(PersonName(given: "伟", family: "Wang").displayForm == "伟 Wang")
  }

  @Test(arguments: [
    "John Smith", "J. Smith", "JP Doe", "Wei LI", "Andrew NG", "Minh LE", "Smith III",
    "SMITH J", "H. S. Behl", "Smith", "A B", "Smith Ja", "Smith J.Ab.", "Smith ABCD",
  ])
  func leavesOtherNamesAlone(_ text: String) {
    #expect(PersonName(initialsAfterFamilyName: text) == nil)
  }
}
