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

  /// Databases write accented letters precomposed (NFC), decomposed (NFD) or without the accent.
  @Test func foldedTitlesIgnoreHowAccentsAreWritten() {
    let location = SourceLocation(path: "x", line: 1)
    let titles = ["Schr\u{F6}dinger's cat", "Schro\u{308}dinger's cat", "Schrodinger's cat"]
    let folded = titles.map { Publication(id: "a", title: $0, location: location).foldedTitle }
    #expect(folded == Array(repeating: "schrodingerscat", count: 3))
  }

  /// PubMed and Web of Science spell Greek letters out where Crossref and LaTeX print them.
  @Test func foldedTitlesSpellGreekLettersOut() {
    let location = SourceLocation(path: "x", line: 1)
    let titles = [
      "Mutation in the α-Synuclein Gene", "Mutation in the alpha-synuclein gene.",
      "MUTATION IN THE Α-SYNUCLEIN GENE",
    ]
    let folded = titles.map { Publication(id: "a", title: $0, location: location).foldedTitle }
    #expect(folded == Array(repeating: "mutationinthealphasynucleingene", count: 3))
    #expect(Publication(id: "b", title: "TNF-ϵ and 5 µm", location: location).foldedTitle == "tnfepsilonand5mum")
  }
}
