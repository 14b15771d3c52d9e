import CoauthModel
import Testing

@Suite struct DOITests {
  @Test(arguments: [
    ("10.1000/XYZ", "10.1000/xyz"),
    ("doi:10.1000/xyz", "10.1000/xyz"),
    (" https://doi.org/10.1000/xyz ", "10.1000/xyz"),
    ("http://dx.doi.org/10.1000/xyz", "10.1000/xyz"),
    ("10.1000/xyz [doi]", "10.1000/xyz"),
    ("DOI: 10.1000/xyz", "10.1000/xyz"),
    ("urn:doi:10.1000/XYZ", "10.1000/xyz"),
    ("info:doi/10.1000/xyz", "10.1000/xyz"),
  ])
  func readsDOIs(text: String, doi: String) {
    #expect(DOI.normalized(from: text) == doi)
  }

  /// doi.org addresses as browsers and reference managers copy them: escaped, with www.
  @Test(arguments: [
    ("https://doi.org/10.1002/%28SICI%291097-4571%28199806%2949%3A8%3C693%3A%3AAID-ASI4%3E3.0.CO%3B2-0",
     "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0"),
    ("https://www.doi.org/10.1000/XYZ", "10.1000/xyz"),
    ("doi.org/10.1000/a%2Fb", "10.1000/a/b"),
    ("<https://doi.org/10.1000/xyz>", "10.1000/xyz"),
    ("https://doi.org/10.1000/xyz?via%3Dihub", "10.1000/xyz"),
    ("https://doi.org/10.1000/xyz#sec1", "10.1000/xyz"),
  ])
  func readsDOIAddresses(text: String, doi: String) {
    #expect(DOI.normalized(from: text) == doi)
  }

  /// A normalized DOI is its own normalization.
  @Test(arguments: [
    "10.1000/XYZ [doi] [doi]", "doi:10.1000/a[doi]", "10.1000/x", "https://doi.org/10.1000/x%5Bdoi%5D",
    "https://doi.org/10.1000/a%2541",
  ])
  func normalizingTwiceChangesNothing(text: String) throws {
    let doi = try #require(DOI.normalized(from: text))
    #expect(DOI.normalized(from: doi) == doi)
  }

  @Test(arguments: [
    "", "10.1000", "10.1000/", "doi:", "https://example.org/10.1000/x", "11.1/x", "10.1/a b",
    "S0000-0000(18)00001-1 [pii]",
  ])
  func textWithoutADOIHasNone(text: String) {
    #expect(DOI.normalized(from: text) == nil)
  }
}
