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
}
