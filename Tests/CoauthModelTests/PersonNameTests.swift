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

  @Test(arguments: [
    "John Smith", "J. Smith", "JP Doe", "Wei LI", "Andrew NG", "Minh LE", "Smith III",
    "SMITH J", "H. S. Behl", "Smith", "A B", "Smith Ja", "Smith J.Ab.", "Smith ABCD",
  ])
  func leavesOtherNamesAlone(_ text: String) {
    #expect(PersonName(initialsAfterFamilyName: text) == nil)
  }
}
