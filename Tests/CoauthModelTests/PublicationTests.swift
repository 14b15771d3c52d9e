import CoauthModel
import Testing

@Suite struct PublicationTests {
  @Test(arguments: [
    ("10.1000/XYZ", "10.1000/xyz"),
    ("doi:10.1000/xyz", "10.1000/xyz"),
    (" https://doi.org/10.1000/xyz ", "10.1000/xyz"),
    ("http://dx.doi.org/10.1000/xyz", "10.1000/xyz"),
    ("10.1000/xyz [doi]", "10.1000/xyz"),
  ])
  func readsDOIs(text: String, doi: String) {
    #expect(Publication.doi(from: text) == doi)
  }

  @Test(arguments: ["", "10.1000", "10.1000/", "doi:", "https://example.org/10.1000/x", "11.1/x", "10.1/a b"])
  func textWithoutADOIHasNone(text: String) {
    #expect(Publication.doi(from: text) == nil)
  }

  @Test func foldedTitlesIgnoreCaseSpacesAndPunctuation() {
    let one = Publication(id: "a", title: "Learning {Things}: A Study.", location: SourceLocation(path: "x", line: 1))
    let other = Publication(id: "b", title: "LEARNING THINGS - a study", location: SourceLocation(path: "x", line: 1))
    #expect(one.foldedTitle == other.foldedTitle)
    #expect(one.foldedTitle == "learningthingsastudy")
  }
}
