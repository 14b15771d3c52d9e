import CoauthModel
import Testing

/// The DOI table of a corpus stays in step with its publications.
@Suite struct CorpusTests {
  private func corpus(_ ids: [String], dois: [Int: String]) -> Corpus {
    Corpus(
      publications: ids.map { Publication(id: $0, location: SourceLocation(path: "x", line: 1)) },
      doisByPublication: dois)
  }

  @Test func appendingACorpusMovesItsDOIsWithItsPublications() {
    var first = corpus(["a", "b"], dois: [1: "10.1/b"])
    first.append(contentsOf: corpus(["c", "d", "e"], dois: [0: "10.1/c", 2: "10.1/e"]))
    #expect(first.publications.map(\.id) == ["a", "b", "c", "d", "e"])
    #expect(first.doisByPublication == [1: "10.1/b", 2: "10.1/c", 4: "10.1/e"])
  }

  @Test func appendingAPublicationFilesItsDOIUnderItsIndex() {
    var corpus = corpus(["a"], dois: [:])
    corpus.append(Publication(id: "b", location: SourceLocation(path: "x", line: 2)), doi: nil)
    corpus.append(Publication(id: "c", location: SourceLocation(path: "x", line: 3)), doi: "10.1/c")
    #expect(corpus.publications.map(\.id) == ["a", "b", "c"])
    #expect(corpus.doisByPublication == [2: "10.1/c"])
  }

  @Test func removingPublicationsKeepsTheDOIsOfTheOthers() {
    var all = corpus(["a", "b", "c", "d", "e"], dois: [0: "10.1/a", 2: "10.1/c", 4: "10.1/e"])
    all.removePublications { $0.id == "a" || $0.id == "d" }
    #expect(all.publications.map(\.id) == ["b", "c", "e"])
    #expect(all.doisByPublication == [1: "10.1/c", 2: "10.1/e"])
    var none = corpus(["a", "b"], dois: [:])
    none.removePublications { $0.id == "a" }
    #expect(none.publications.map(\.id) == ["b"])
    #expect(none.doisByPublication.isEmpty)
  }
}
