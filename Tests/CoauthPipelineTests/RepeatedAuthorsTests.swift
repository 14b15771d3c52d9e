import CoauthModel
import CoauthNames
import CoauthPipeline
import Testing

@Suite struct RepeatedAuthorsTests {
  @Test func anAuthorPrintedTwiceCountsOnce() {
    let location = SourceLocation(path: "t.bib", line: 1)
    let corpus = Corpus(
      publications: [
        ["Alice Adams", "Alice Adams", "Bob Brown"], ["Alice Adams", "Bob Brown"], [],
        ["Bob Brown", "Carl Cole", "Bob Brown", "Bob Brown"],
      ].enumerated().map { index, names in
        Publication(
          id: "p\(index)", authors: names.map { AuthorMention(printed: $0, location: location) },
          location: location)
      })
    let resolution = AuthorResolver().resolve(corpus, diagnostics: { _ in })
    let repeated = RepeatedAuthors(resolution, publicationCount: corpus.publications.count)
    #expect(repeated.distinctAuthorCounts == [2, 2, 0, 2])
    #expect(repeated.publications == [0, 3])
  }
}
