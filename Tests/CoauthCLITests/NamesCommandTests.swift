import CoauthTestSupport
import Foundation
import Testing

/// `coauth names`: variants, merge evidence and lookup of one author.
@Suite struct NamesCommandTests {
  static let lab = AnalyzeCommandTests.lab

  @Test func explainsEachMergeWithItsRule() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["names", Self.lab, "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Alice Student [alice-student]: 6 mentions"))
    #expect(result.stdout.contains("printed as: Alice Student (5), A. Student (1)"))
    #expect(result.stdout.contains("merged \"A. Student\" = \"Alice Student\": compatible given names (initials)"))
    #expect(!result.stdout.contains("Carl Junior ["))
  }

  /// A name kept apart because its agreement is not joined (a dropped middle name of a common
  /// family, which a small corpus does not join on the names alone) is shown with the co-authors
  /// the two share and the overrides row that joins them, which works.
  @Test func aDroppedMiddleNameIsShownWithTheRowThatJoinsIt() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      """
      @article{a, author={Li, Xiang Lorraine and Person, Ann and Person, Bob}, title={One}, year={2020}}
      @article{b, author={Li, Xiang and Person, Ann and Person, Bob}, title={Two}, year={2021}}
      @article{c, author={Other, Olga}, title={Three}, year={2021}}
      """, to: "li.bib")
    let result = try coauth.run(["names", "li.bib", "--author", "Xiang Li", "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "kept apart from Xiang Lorraine Li [xiang-lorraine-li]: \"Xiang Li\" vs "
          + "\"Xiang Lorraine Li\", dropped middle name is not joined without an override "
          + "(2 shared co-authors); to join: merge,xiang-li,xiang-lorraine-li"))
    try coauth.write(
      "action,author,value\nmerge,xiang-li,xiang-lorraine-li\n", to: "overrides.csv")
    let joined = try coauth.run(
      ["names", "li.bib", "--author", "Xiang Li", "--overrides", "overrides.csv", "-q"])
    #expect(joined.stdout.contains("printed as: Xiang Lorraine Li (1), Xiang Li (1)"))
    #expect(!joined.stdout.contains("kept apart"))
  }

  /// In a small corpus a dropped middle name of a rarer family joins the one fuller name that
  /// fits it, without shared co-authors, and says so.
  @Test func aDroppedMiddleNameJoinsInASmallCorpus() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      """
      @article{a, author={Awadalla, Hany Hassan and Person, Ann}, title={One}, year={2020}}
      @article{b, author={Awadalla, Hany and Other, Olga}, title={Two}, year={2021}}
      """, to: "hany.bib")
    let result = try coauth.run(["names", "hany.bib", "--author", "Hany Awadalla", "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("printed as: Hany Hassan Awadalla (1), Hany Awadalla (1)"))
    #expect(
      result.stdout.contains(
        "merged \"Hany Awadalla\" = \"Hany Hassan Awadalla\": compatible given names "
          + "(dropped middle name), the only fitting name of its family in a corpus too small for "
          + "name statistics, confidence 0.6"))
  }

  /// A name printed in reversed order ("Zhang Wei" / "Wei Zhang") with shared co-authors is
  /// shown with the row that joins it; --join-reversed-names joins it.
  @Test func aReversedNameIsShownWithTheRowThatJoinsItOrJoinedWhenAsked() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      """
      @article{a, author={Zhang Wei and Li, Na and Chen, Hao}, title={One}, year={2020}}
      @article{b, author={Zhang, Wei and Li, Na and Chen, Hao}, title={Two}, year={2021}}
      """, to: "zhang.bib")
    let result = try coauth.run(["names", "zhang.bib", "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "kept apart from Wei Zhang [wei-zhang]: \"Zhang Wei\" vs \"Wei Zhang\", same words in "
          + "reversed order, not joined without an override (2 shared co-authors); to join: "
          + "merge,zhang-wei,wei-zhang"))
    let joined = try coauth.run(["names", "zhang.bib", "--join-reversed-names", "-q"])
    #expect(joined.stdout.contains("merged \"Zhang Wei\" = \"Wei Zhang\": same words in reversed order"))
    #expect(!joined.stdout.contains("kept apart"))
  }

  /// A second family name left out ("Gabriel García" / "Gabriel García Márquez") with a
  /// shared co-author is shown with the row that joins it; --join-dropped-names joins it, and
  /// says so with its evidence.
  @Test func aDroppedFamilyNameIsShownWithTheRowThatJoinsItOrJoinedWhenAsked() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      """
      @article{a, author={García, Gabriel and Li, Na}, title={One}, year={2020}}
      @article{b, author={García Márquez, Gabriel and Li, Na}, title={Two}, year={2021}}
      @article{c, author={Other, Olga}, title={Three}, year={2021}}
      """, to: "garcia.bib")
    let result = try coauth.run(["names", "garcia.bib", "--author", "Gabriel García", "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "kept apart from Gabriel García Márquez [gabriel-garcia-marquez]: \"Gabriel García\" vs "
          + "\"Gabriel García Márquez\", last name left out, not joined without an override "
          + "(1 shared co-author); to join: merge,gabriel-garcia,gabriel-garcia-marquez"))
    let joined = try coauth.run(
      ["names", "garcia.bib", "--author", "Gabriel García", "--join-dropped-names", "-q"])
    #expect(
      joined.stdout.contains(
        "merged \"Gabriel García\" = \"Gabriel García Márquez\": name form: last name left out, "
          + "confidence 0.70, 1 shared co-author"))
    #expect(!joined.stdout.contains("kept apart"))
  }

  @Test func allListsEveryone() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["names", Self.lab, "--all", "-q"])
    #expect(result.stdout.contains("Carl Junior [carl-junior]: 3 mentions"))
    #expect(result.stdout.contains("The Invented Lab Consortium [the-invented-lab-consortium] (group)"))
  }

  @Test func authorFilterFindsAVariantRegardlessOfOrder() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["names", Self.lab, "--author", "Senior, M.", "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Mary Senior [mary-senior]"))
    #expect(!result.stdout.contains("Alice"))
    let unknown = try coauth.run(["names", Self.lab, "--author", "Nobody At All", "-q"])
    #expect(unknown.status == 1)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("no author matches 'Nobody At All'"))
  }

  @Test func ambiguousInitialsAreListedWithAConfidencePerPerson() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    // Three persons behind "X. Li", none sharing a co-author with the two "X. Li" papers.
    try coauth.write(
      """
      @article{a, title = {A}, year = {2020}, author = {Li, Xiang and Bo, Ann}}
      @article{b, title = {B}, year = {2020}, author = {Li, Xin and Cy, Bea}}
      @article{c, title = {C}, year = {2020}, author = {Li, Xiaoli and Du, Cat}}
      @article{d, title = {D}, year = {2021}, author = {Li, X. and Eu, Dan}}
      @article{e, title = {E}, year = {2021}, author = {Li, X. and Fa, Eve}}
      @article{f, title = {F}, year = {2021}, author = {Li, Xiang and Ho, Hal}}
      @article{g, title = {G}, year = {2021}, author = {Go, Gil and Io, Ian}}
      @article{h, title = {H}, year = {2022}, author = {Ju, Jo and Ho, Hal}}
      @article{i, title = {I}, year = {2022}, author = {Ju, Jo and Ko, Kim}}
      @article{j, title = {J}, year = {2022}, author = {Lu, Lo and Ko, Kim}}
      """, to: "lis.bib")
    let result = try coauth.run(["names", coauth.path("lis.bib"), "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("To review (1 ambiguous name)"))
    // The more frequent Xiang Li is the likelier; the confidences sum to 1.
    #expect(
      result.stdout.contains(
        "could be: Xiang Li [xiang-li] 0.38; Xin Li [xin-li] 0.31; Xiaoli Li [xiaoli-li] 0.31"))
    #expect(result.stdout.contains("Crowded initial keys (1;"))
    #expect(
      result.stdout.contains(
        "X. Li: 3 persons: Xiang Li (2), Xin Li (1), Xiaoli Li (1); initials only: X. Li [x-li]"))
  }

  @Test func overridesFileMergesAndPinsWithWarningsForBadRows() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      """
      action,author,value
      merge,Carl Junior,Alice Student
      name,alice-student,"Student, Alice C."
      split,Alice Student,centuries:20
      """, to: "fixes.csv")
    let result = try coauth.run(
      ["names", Self.lab, "--overrides", coauth.path("fixes.csv"), "--author", "Alice Student"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Student, Alice C. [alice-student]"))
    #expect(result.stdout.contains("merged \"Alice Student\" = \"Carl Junior\": overrides file"))
    #expect(result.stderr.contains("fixes.csv:4: warning: expected 'papers:ID|ID'"))
    let strict = try coauth.run(
      ["names", Self.lab, "--overrides", coauth.path("fixes.csv"), "--strict", "-q"])
    #expect(strict.status == 1)
    let missing = try coauth.run(["names", Self.lab, "--overrides", coauth.path("none.csv")])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("cannot read the overrides file"))
  }

  /// An overrides file saved by a spreadsheet program on Windows (Windows-1252, CRLF) is read as
  /// the inputs are: with a warning for the encoding, not refused.
  @Test func overridesFileInWindows1252IsRead() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write("@article{a1, author = {Ann Lee and Bo Chen}, title = {One}, year = {2020}}\n", to: "refs.bib")
    let latin = Data("action,author,value\r\nname,Ann Lee,Ann L".utf8) + Data([0xE9]) + Data("e\r\n".utf8)
    try latin.write(to: URL(fileURLWithPath: coauth.path("fixes.csv")))
    let result = try coauth.run(
      ["names", coauth.path("refs.bib"), "--overrides", coauth.path("fixes.csv"), "--all"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Ann L\u{E9}e [ann-lee]"))
    #expect(result.stderr.contains("fixes.csv:2: warning: expected utf-8 text, found byte 0xe9"))
  }
}
