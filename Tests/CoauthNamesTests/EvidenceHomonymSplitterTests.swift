import CoauthModel
import CoauthNames
import Testing

@Suite struct EvidenceHomonymSplitterTests {
  /// Every name may be split (small corpora cannot tell common names from rare ones).
  static let options = ResolutionOptions(
    homonymSplitter: EvidenceHomonymSplitter(rareNameNamesakes: 0))

  /// Publications from (title, printed names).
  private func corpus(_ papers: [(String, [String])]) -> Corpus {
    Corpus(
      publications: papers.enumerated().map { index, paper in
        let location = SourceLocation(path: "refs.bib", line: index + 1)
        return Publication(
          id: "p\(index)", title: paper.0, year: 2020, venue: "V\(index)",
          authors: paper.1.map { AuthorMention(printed: $0, location: location) }, location: location)
      })
  }

  private func resolve(_ corpus: Corpus, _ options: ResolutionOptions = options) -> Resolution {
    AuthorResolver(options: options).resolve(corpus, diagnostics: { _ in })
  }

  private func same(_ resolution: Resolution, _ a: Int, _ b: Int) -> Bool {
    resolution.authorships[a].author == resolution.authorships[b].author
  }

  @Test func neighbourhoodsAndTopicsThatDoNotMeetAreDifferentPeople() {
    let result = resolve(
      corpus([
        ("Protein folding dynamics", ["Wei Wang", "Ann Lee"]),
        ("Folding proteins faster", ["Wei Wang", "Ann Lee", "Bo Chen"]),
        ("Neural machine translation", ["Wei Wang", "Cy Diaz"]),
        ("Translation quality estimation", ["Cy Diaz", "Wei Wang", "Di Eng"]),
      ]))
    #expect(same(result, 0, 2))
    #expect(same(result, 5, 8))
    #expect(!same(result, 0, 5))
    #expect(Set(result.authors.ids.filter { $0.hasPrefix("wei-wang") }).count == 2)
    let split = result.decisions.authors[Int(result.authorships[0].author)].splits
    #expect(split.contains { if case .homonym = $0.reason { true } else { false } })
  }

  @Test func coauthorsOfCoauthorsJoinGroups() {
    let result = resolve(
      corpus([
        ("Protein folding", ["Wei Wang", "Ann Lee"]), ("Protein design", ["Wei Wang", "Ann Lee"]),
        ("Machine translation", ["Wei Wang", "Cy Diaz"]), ("Speech recognition", ["Cy Diaz", "Wei Wang"]),
        ("Joint work", ["Ann Lee", "Cy Diaz"]),
      ]))
    #expect(same(result, 0, 4) && same(result, 0, 7))
  }

  @Test func sharedTopicJoinsGroups() {
    let result = resolve(
      corpus([
        ("Neural machine translation", ["Wei Wang", "Ann Lee"]),
        ("Neural machine translation revisited", ["Wei Wang", "Ann Lee"]),
        ("Neural machine translation for low-resource languages", ["Wei Wang", "Cy Diaz"]),
        ("Neural machine translation evaluation", ["Cy Diaz", "Wei Wang"]),
        // Other topics of the corpus, so that the shared words are rare enough to count.
        ("Protein folding", ["Ed Fox"]), ("Galaxy surveys", ["Flo Gray"]), ("Soil erosion", ["Gil Hu"]),
      ]))
    #expect(same(result, 0, 4) && same(result, 0, 7))
  }

  @Test func rareNamesAreNotSplit() {
    let papers = corpus([
      ("Protein folding", ["Wei Wang", "Ann Lee"]), ("Protein design", ["Wei Wang", "Ann Lee"]),
      ("Machine translation", ["Wei Wang", "Cy Diaz"]), ("Speech recognition", ["Wei Wang", "Cy Diaz"]),
    ])
    let result = resolve(papers, ResolutionOptions(homonymSplitter: EvidenceHomonymSplitter()))
    #expect(same(result, 0, 4))
  }
}
