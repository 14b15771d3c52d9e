import CoauthModel
import CoauthNames
import Testing

@Suite struct ResolutionOverridesTests {
  /// Publications p0, p1, ... of years 2010, 2011, ... with the given printed names.
  private func corpus(_ papers: [[String]]) -> Corpus {
    Corpus(
      publications: papers.enumerated().map { index, names in
        let location = SourceLocation(path: "refs.bib", line: index + 1)
        return Publication(
          id: "p\(index)", year: 2010 + index, venue: "V",
          authors: names.map { AuthorMention(printed: $0, location: location) }, location: location)
      })
  }

  private func overrides(_ text: String) -> (ResolutionOverrides, [Diagnostic]) {
    var reported: [Diagnostic] = []
    let parsed = ResolutionOverrides(csv: text, path: "overrides.csv") { reported.append($0) }
    return (parsed, reported)
  }

  private func resolve(_ corpus: Corpus, _ text: String) -> (Resolution, [Diagnostic]) {
    let (parsed, parseDiagnostics) = overrides(text)
    var reported = parseDiagnostics
    // The rules of corpora large enough for name statistics: the small corpora here would
    // otherwise join the fitting names that the overrides are tested against.
    let resolution = AuthorResolver(
      options: ResolutionOptions(joinsFittingNamesInSmallCorpora: false, overrides: parsed))
      .resolve(corpus) { reported.append($0) }
    return (resolution, reported)
  }

  private func author(_ resolution: Resolution, _ mention: Int) -> String {
    resolution.authors.ids[Int(resolution.authorships[mention].author)]
  }

  @Test func parsesEveryActionAndReportsBadRows() {
    let (parsed, reported) = overrides(
      """
      action,author,value
      # a comment
      merge,Harkirat Behl,"Harkirat Singh Behl|H. Behl"
      split,Wei Wang,papers:p1|p2
      split,Wei Wang,years:2015-2019   # trailing comment
      split,Wei Wang,coauthor:Jiawei Han
      name,harkirat-behl,"Behl, Harkirat S."
      id,Harkirat Behl,behl
      split,Wei Wang,decade:1990
      rename,Wei Wang,Wei
      merge,"unclosed,x
      merge,only two
      name,Wei Wang,

      """)
    #expect(parsed.merges.map(\.authors) == [["Harkirat Behl", "Harkirat Singh Behl", "H. Behl"]])
    #expect(parsed.splits.map(\.selector) == [
      .publications(["p1", "p2"]), .years(2015...2019), .coauthor("Jiawei Han"),
    ])
    #expect(parsed.pins.map(\.value) == ["Behl, Harkirat S.", "behl"])
    #expect(parsed.merges.first?.location == SourceLocation(path: "overrides.csv", line: 3))
    #expect(reported.map(\.location?.line) == [9, 10, 11, 12, 13])
    #expect(reported.allSatisfy { $0.code == "overrides.bad-row" && $0.severity == .warning })
    #expect(reported.last?.message.hasPrefix("expected a value in field 3") == true)
  }

  /// A file saved with Windows line ends (as spreadsheet programs save CSV) reads as with `\n`.
  @Test func readsWindowsLineEnds() {
    let (parsed, reported) = overrides(
      "\u{FEFF}action,author,value\r\n# a comment\r\nsplit,Wei Wang,years:2015-2019\r\n"
        + "merge,Harkirat Behl,H. Behl\r\n\r\nrename,Wei Wang,Wei\r\n")
    #expect(parsed.splits.map(\.selector) == [.years(2015...2019)])
    #expect(parsed.merges.map(\.authors) == [["Harkirat Behl", "H. Behl"]])
    #expect(parsed.merges.first?.location == SourceLocation(path: "overrides.csv", line: 4))
    #expect(reported.map(\.location?.line) == [6])
  }

  @Test func mergeJoinsAuthorsTheRulesKeepApart() {
    let papers = corpus([["Harkirat Singh Behl", "A B"], ["Harkirat Behl", "C D"]])
    let (plain, _) = resolve(papers, "")
    #expect(author(plain, 0) != author(plain, 2))
    let (merged, reported) = resolve(papers, "merge,Harkirat Behl,harkirat-singh-behl")
    #expect(reported.isEmpty)
    #expect(author(merged, 0) == author(merged, 2))
    let decisions = merged.decisions.authors[Int(merged.authorships[0].author)]
    #expect(decisions.merges.contains { $0.rule == .override && $0.confidence == 1 })
  }

  @Test func splitTakesSelectedPapersOff() {
    let papers = corpus([
      ["Wei Wang", "Jiawei Han"], ["Wei Wang", "Jiawei Han"], ["Wei Wang", "Ann Lee"],
      ["Wei Wang", "Ann Lee"],
    ])
    for selector in ["papers:p2|p3", "years:2012-2013", "coauthor:Ann Lee"] {
      let (split, reported) = resolve(papers, "split,Wei Wang,\(selector)")
      #expect(reported.isEmpty, "\(selector)")
      #expect(author(split, 0) == author(split, 2), "\(selector)")
      #expect(author(split, 4) == author(split, 6), "\(selector)")
      #expect(author(split, 0) != author(split, 4), "\(selector)")
      #expect(author(split, 0) == "wei-wang" && author(split, 4) == "wei-wang-2")
      let decisions = split.decisions.authors[Int(split.authorships[4].author)]
      #expect(decisions.splits.contains { if case .override = $0.reason { true } else { false } })
    }
  }

  /// The id a run with a split shows for the half it takes off names that half in merges and
  /// pins of the same file.
  @Test func mergesAndPinsNameTheHalfASplitTookOffByItsID() {
    let papers = corpus([
      ["Wei Wang", "Jiawei Han"], ["Wei Wang", "Jiawei Han"], ["Wei Wang", "Ann Lee"],
      ["W. Wang", "Ann Lee"],
    ])
    let (result, reported) = resolve(
      papers,
      """
      split,Wei Wang,coauthor:Ann Lee
      name,wei-wang-2,Wei Wang (Tsinghua)
      merge,wei-wang-2,W. Wang
      """)
    #expect(reported.isEmpty, "\(reported)")
    let half = Int(result.authorships[4].author)
    #expect(result.authors.names[half] == "Wei Wang (Tsinghua)")
    #expect(author(result, 4) == author(result, 6))
    #expect(author(result, 0) != author(result, 4))
  }

  @Test func splitThatSelectsEverythingOrNothingIsReported() {
    let papers = corpus([["Wei Wang", "A B"], ["Wei Wang", "C D"]])
    for selector in ["years:2000-2030", "papers:p9"] {
      let (result, reported) = resolve(papers, "split,Wei Wang,\(selector)")
      #expect(author(result, 0) == author(result, 2))
      #expect(reported.map(\.code) == ["overrides.split-unchanged"])
    }
  }

  @Test func pinsSetNameAndID() {
    let papers = corpus([["Harkirat Singh Behl", "Wei Wang"], ["Wei Wang", "Hong Li"]])
    let (result, reported) = resolve(
      papers,
      """
      name,Harkirat Singh Behl,Harkirat S. Behl
      id,Hong Li,h-li
      """)
    #expect(reported.isEmpty)
    let behl = Int(result.authorships[0].author)
    #expect(result.authors.names[behl] == "Harkirat S. Behl")
    #expect(author(result, 3) == "h-li")
    #expect(author(result, 1) == "wei-wang")
  }

  /// Pinning the id another author has would rename that author behind the user's back: the
  /// row is reported with its line and the author it would take the id from, and not applied.
  @Test func pinOfAnIDAnotherAuthorHasIsReportedAndNotApplied() {
    let papers = corpus([["Harkirat Singh Behl", "Philip Torr"], ["Philip Torr", "Hong Li"]])
    let (result, reported) = resolve(
      papers,
      """
      action,author,value
      id,philip-torr,harkirat-singh-behl
      """)
    #expect(author(result, 0) == "harkirat-singh-behl")
    #expect(author(result, 1) == "philip-torr")
    let warning = try? #require(reported.first)
    #expect(reported.count == 1)
    #expect(warning?.code == "overrides.id-taken")
    #expect(warning?.severity == .warning)
    #expect(warning?.location == SourceLocation(path: "overrides.csv", line: 2))
    #expect(warning?.message.contains("'harkirat-singh-behl'") == true)
    #expect(warning?.message.contains("Harkirat Singh Behl") == true)
  }

  /// Two authors may trade ids: each id is pinned away from the author that had it.
  @Test func authorsPinnedToEachOthersIDsTradeThem() {
    let papers = corpus([["Wei Wang", "Hong Li"]])
    let (result, reported) = resolve(
      papers,
      """
      id,Wei Wang,hong-li
      id,Hong Li,wei-wang
      """)
    #expect(reported.isEmpty, "\(reported)")
    #expect(author(result, 0) == "hong-li")
    #expect(author(result, 1) == "wei-wang")
  }

  @Test func referencesThatFitNoAuthorAreReported() {
    let (result, reported) = resolve(corpus([["Wei Wang"]]), "merge,Nobody Here,Wei Wang")
    #expect(result.authors.count == 1)
    #expect(reported.map(\.code) == ["overrides.unmatched"])
    #expect(reported.first?.location == SourceLocation(path: "overrides.csv", line: 1))
  }

  @Test func aMergeRowWithAReferenceThatFitsNoAuthorOrSeveralDoesNothing() {
    let papers = corpus([
      ["Alice Jones", "Ryan Behl"], ["Alice Jones", "Ryan Behl"], ["Alice Jones", "Q R"],
    ])
    // Alice Jones is split in two; a merge row that names nobody must not join the halves
    // back, and a name that now fits two authors merges nothing.
    for row in ["merge,Nobody Here,Alice Jones", "merge,Ryan Behl,Alice Jones"] {
      let (result, reported) = resolve(papers, "split,Alice Jones,years:2012-2012\n" + row)
      #expect(author(result, 0) == author(result, 2), "\(row)")
      #expect(author(result, 0) != author(result, 4), "\(row)")
      #expect(author(result, 1) != author(result, 0) && author(result, 1) != author(result, 4))
      let expected = row.contains("Nobody") ? ["overrides.unmatched"] : []
      #expect(reported.map(\.code) == expected + ["overrides.ambiguous"], "\(row)")
      #expect(reported.first?.location == SourceLocation(path: "overrides.csv", line: 2))
    }
  }
}
