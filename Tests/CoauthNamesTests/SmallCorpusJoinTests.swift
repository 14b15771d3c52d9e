import CoauthModel
import CoauthNames
import Testing

private func resolve(_ papers: [[String]], options: ResolutionOptions = .init()) -> Resolution {
  AuthorResolver(options: options).resolve(corpus(papers), diagnostics: { _ in })
}

/// The decisions about the author of mention `index`.
private func decisions(_ resolution: Resolution, _ index: Int) -> AuthorDecisions {
  resolution.decisions.authors[Int(resolution.authorships[index].author)]
}

/// `ResolutionOptions.joinsFittingNamesInSmallCorpora`: in a corpus too small for name
/// statistics, a name joins the one fitting person of its family block on the names alone,
/// unless the family is one of the world's commonest. Each corpus prints the two names beside
/// co-authors they do not share.
@Suite struct SmallCorpusJoinTests {
  @Test func aDroppedMiddleNameJoinsTheOneFullerName() {
    let result = resolve([
      ["Hany Hassan Awadalla", "Ann Person"], ["Hany Awadalla", "Olga Other"],
    ])
    #expect(sameAuthor(result, 0, 2))
    let merge = decisions(result, 0).merges.first
    #expect(merge?.rule == .fittingNameInSmallCorpus(.droppedMiddleName))
    #expect(merge?.sharedCoauthors == 0)
    #expect(merge.map { $0.confidence < 0.65 } == true)
  }

  @Test func nicknamesAndDroppedInitialsJoinToo() {
    let result = resolve([
      ["Steven Abney", "Ann Person"], ["Steve Abney", "Olga Other"],
      ["Noah A. Kessler", "Carl Dahl"], ["Noah Kessler", "Eva Fisk"],
    ])
    #expect(sameAuthor(result, 0, 2))
    #expect(sameAuthor(result, 4, 6))
  }

  /// "Xiang Li" and "Xiang Lorraine Li" may be two people of one lab: a common family keeps the
  /// options' rules, by which a dropped middle name is not joined and a nickname needs a shared
  /// co-author.
  @Test func commonFamiliesKeepNeedingEvidence() {
    let result = resolve([
      ["Xiang Lorraine Li", "Ann Person"], ["Xiang Li", "Olga Other"],
      ["Steven Lee", "Carl Dahl"], ["Steve Lee", "Eva Fisk"],
    ])
    #expect(!sameAuthor(result, 0, 2))
    #expect(!sameAuthor(result, 4, 6))
    #expect(
      decisions(result, 2).splits.map(\.reason) == [
        .agreementNotJoined(.droppedMiddleName, sharedCoauthors: 0)
      ])
    // Joined with the co-author the options ask for, by the options' rule.
    let shared = resolve([["Steven Lee", "Carl Dahl"], ["Steve Lee", "Carl Dahl"]])
    #expect(sameAuthor(shared, 0, 2))
    #expect(decisions(shared, 0).merges.map(\.rule) == [.compatibleGivenNames(.nickname)])
  }

  @Test func aNameFittingSeveralPersonsStaysApart() {
    let result = resolve([
      ["Hany Hassan Awadalla", "Ann Person"], ["Hany Mahmoud Awadalla", "Carl Dahl"],
      ["Hany Awadalla", "Olga Other"],
    ])
    #expect(!sameAuthor(result, 4, 0))
    #expect(!sameAuthor(result, 4, 2))
    #expect(!sameAuthor(result, 0, 2))
    #expect(result.decisions.ambiguities.count == 1)
  }

  /// A particle printed on one side may be a name of its own ("Jan van der Berg" / "Jan Berg"),
  /// and two names on one publication are two people.
  @Test func particlesAndOnePublicationKeepTheirRules() {
    let particle = resolve([["Jan van der Berg", "Ann Person"], ["Jan Berg", "Olga Other"]])
    #expect(!sameAuthor(particle, 0, 2))
    let together = resolve([["Hany Hassan Awadalla", "Hany Awadalla"]])
    #expect(!sameAuthor(together, 0, 1))
  }

  /// From 1,000 authors the corpus tells common names from rare ones, and the options' rules
  /// apply, as they do when the option is off.
  @Test func largerCorporaAndTheOptionOffKeepTheOptionsRules() {
    let papers = [["Hany Hassan Awadalla", "Ann Person"], ["Hany Awadalla", "Olga Other"]]
    let filler = (0..<1000).map { ["Given\(Self.letters($0)) Family\(Self.letters($0))"] }
    #expect(!sameAuthor(resolve(papers + filler), 0, 2))
    #expect(sameAuthor(resolve(papers + filler.prefix(900)), 0, 2))
    let off = ResolutionOptions(joinsFittingNamesInSmallCorpora: false)
    #expect(!sameAuthor(resolve(papers, options: off), 0, 2))
  }

  /// Distinct words of letters only for `number` (names do not take digits).
  private static func letters(_ number: Int) -> String {
    var text = ""
    var rest = number
    repeat {
      text.append(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(rest % 26))))
      rest /= 26
    } while rest > 0
    return text
  }

  @Test func theCommonFamilyListIsFoldedAndReadFromItsText() {
    let list = CommonFamilyNames.standard
    #expect(list.count > 300)
    for family in ["Li", "Nguyễn", "Müller", "Kim", "Singh", "García"] {
      let key = NameKeys(PersonName(given: "Ann", family: family)).family
      #expect(list.contains(familyKey: key), "\(family)")
    }
    #expect(!list.contains(familyKey: "awadalla"))
    let text = CommonFamilyNames(text: "# a comment\n\n  Dupont \nvan Dijk\n")
    #expect(text.count == 2)
    #expect(text.contains(familyKey: "dupont") && text.contains(familyKey: "vandijk"))
  }
}
