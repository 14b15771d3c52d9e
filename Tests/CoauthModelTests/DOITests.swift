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
  ])
  func readsDOIs(text: String, doi: String) {
    #expect(DOI.normalized(from: text) == doi)
  }

  /// A normalized DOI is its own normalization.
  @Test(arguments: ["10.1000/XYZ [doi] [doi]", "doi:10.1000/a[doi]", "10.1000/x"])
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
