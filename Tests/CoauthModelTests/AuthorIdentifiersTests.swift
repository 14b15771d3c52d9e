import CoauthModel
import Testing

@Suite struct AuthorIdentifiersTests {
  @Test(arguments: [
    ("0000-0002-1825-0097", "0000-0002-1825-0097"),
    ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
    ("http://orcid.org/0000-0001-5109-3700 ", "0000-0001-5109-3700"),
    ("0000000218250097", "0000-0002-1825-0097"), ("0000-0002-1694-233x", "0000-0002-1694-233X"),
  ])
  func readsORCIDs(_ text: String, _ canonical: String) {
    #expect(AuthorIdentifiers.canonicalORCID(text) == canonical)
  }

  @Test(arguments: [
    "0000-0002-1825-0098", "0000-0002-1825-009", "0000-0002-1825-00977", "abcd-0002-1825-0097",
    "", "https://example.org/0000-0002-1825-0097", "0000-0002-1694-2330",
  ])
  func rejectsWhatIsNoORCID(_ text: String) {
    #expect(AuthorIdentifiers.canonicalORCID(text) == nil)
  }

  @Test func saysWhyTextIsNoORCID() {
    #expect(AuthorIdentifiers.checkedORCID("https://orcid.org/0000-0002-1825-0097") == .success("0000-0002-1825-0097"))
    #expect(AuthorIdentifiers.checkedORCID("0000-0002-1825-0098") == .failure(.checkDigit(expected: "7", found: "8")))
    #expect(AuthorIdentifiers.checkedORCID("0000-0002-1694-2330") == .failure(.checkDigit(expected: "X", found: "0")))
    #expect(AuthorIdentifiers.checkedORCID("0000-0002-1825-009") == .failure(.notAnORCID))
    #expect(
      AuthorIdentifiers.ORCIDProblem.checkDigit(expected: "7", found: "8").description
        == "its check digit does not match: expected 7, found 8")
  }
}
