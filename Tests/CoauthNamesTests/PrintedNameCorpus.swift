import CoauthModel
import CoauthNames

/// Builds small corpora for resolution tests: publications p0, p1, ... of 2020 in venue "V",
/// read from `path`, each a list of printed names.
func corpus(_ papers: [[String]], path: String = "test.bib") -> Corpus {
  Corpus(
    publications: papers.enumerated().map { index, names in
      let location = SourceLocation(path: path, line: index + 1)
      return Publication(
        id: "p\(index)", year: 2020, venue: "V",
        authors: names.map { AuthorMention(printed: $0, location: location) }, location: location)
    })
}

/// True when mentions `a` and `b` (flat indices in corpus order) got the same author.
func sameAuthor(_ resolution: Resolution, _ a: Int, _ b: Int) -> Bool {
  resolution.authorships[a].author == resolution.authorships[b].author
}
