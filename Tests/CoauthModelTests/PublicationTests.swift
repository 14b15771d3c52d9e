import CoauthModel
import Testing

@Suite struct PublicationTests {
  @Test func foldedTitlesIgnoreCaseSpacesAndPunctuation() {
    let location = SourceLocation(path: "x", line: 1)
    let one = Publication(id: "a", title: "Learning {Things}: A Study.", location: location)
    let other = Publication(id: "b", title: "LEARNING THINGS - a study", location: location)
    #expect(one.foldedTitle == other.foldedTitle)
    #expect(one.foldedTitle == "learningthingsastudy")
  }
}
