import CoauthIngest
import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

@Suite struct MarkdownListReaderTests {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  private func read(_ url: URL) throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader(forcedFormat: .markdown).load([url.path]) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  private func names(_ publication: Publication?) -> [String] {
    publication?.authors.map(\.printed) ?? []
  }

  @Test func readsFixtureEntries() throws {
    let (corpus, _) = try read(Self.fixtures.appendingPathComponent("homepage.md"))
    let publications = corpus.publications
    #expect(publications.map(\.id) == ["homepage-1", "homepage-2", "homepage-3", "homepage-4"])

    let first = try #require(publications.first)
    #expect(first.title == "Sketch of the Analytical Engine")
    #expect(first.year == 1843)
    #expect(first.venue == "Scientific Memoirs")
    #expect(names(first) == ["Ada Lovelace", "Charles Babbage", "Luigi Menabrea"])
    #expect(first.authors.map(\.marks.isHighlighted) == [true, false, false])
    #expect(first.authors.map(\.marks.equalContribution) == [true, true, false])
    #expect(first.authors.allSatisfy { $0.name == nil })
    #expect(first.location.line == 16)

    let group = publications[1]
    #expect(group.authors.map(\.kind) == [.group])
    #expect(group.title == "Notes on the Engine")
    #expect(group.year == 1842)

    let truncated = publications[2]
    #expect(truncated.isTruncated)
    #expect(names(truncated) == ["Charles Babbage", "Ada Lovelace"])
    #expect(truncated.title == "On the Economy of Machinery and Manufactures")
    #expect(truncated.year == 1832)

    let numbered = publications[3]
    #expect(numbered.title == "A Numbered Title")
    #expect(numbered.isAlphabetical)
    #expect(names(numbered) == ["Charles Babbage", "Krishnamurthy Dvijotham", "Ada Lovelace"])
    #expect(numbered.authors.last?.marks == MentionMarks(isHighlighted: true, equalContribution: true))
    #expect(numbered.venue == "Royal Society")
    #expect(numbered.year == 1845)
  }

  @Test func readsDeclaredRelations() throws {
    let (corpus, _) = try read(Self.fixtures.appendingPathComponent("homepage.md"))
    let relations = corpus.declaredRelations.map {
      "\($0.mentor) > \($0.mentee) \($0.startYear ?? 0)-\($0.endYear ?? 0)"
    }
    #expect(relations == [
      "Charles Babbage > Ada Lovelace 0-0", "Mary Somerville > Ada Lovelace 0-0",
      "Ada Lovelace > Jane Doe 1850-1855", "Ada Lovelace > John Smith 2010-2012",
    ])
  }

  @Test func ownerFallsBackToMostHighlightedName() throws {
    let text = """
      # Publications
      - **Grace Hopper**, Howard Aiken. "A Manual of Operation", 1946.
      - Howard Aiken, **Grace Hopper**. "Another Paper Title", 1947.
      - [Howard Aiken](#), Someone Else. "Third Paper Title", 1948.

      I was advised by Oystein Ore and Someone Else at Yale.
      """
    let corpus = try MarkdownListReader().read(InputSource(label: "gh.md", text: text)) { _ in }
    #expect(corpus.publications.count == 3)
    #expect(corpus.declaredRelations.map(\.mentee) == ["Grace Hopper", "Grace Hopper"])
    #expect(corpus.declaredRelations.map(\.mentor) == ["Oystein Ore", "Someone Else"])
  }

  @Test func htmlEntitiesAndCommentsAreHandled() throws {
    let text = """
      ## Papers
      <!-- - Hidden Author, Other Author. "Hidden Title Here", 2000. -->
      - Jos&eacute; Garc&iacute;a &amp; Ana L&oacute;pez&dagger;. "Entities &amp; Titles", 2001.
      """
    let corpus = try MarkdownListReader().read(InputSource(label: "e.md", text: text)) { _ in }
    #expect(corpus.publications.map(\.title) == ["Entities & Titles"])
    #expect(names(corpus.publications.first) == ["José García", "Ana López"])
    #expect(corpus.publications.first?.authors.last?.marks.equalContribution == true)
  }

  @Test func unparsableEntryInPublicationSectionIsNoted() throws {
    var codes: [String] = []
    _ = try MarkdownListReader().read(
      InputSource(label: "n.md", text: "## Publications\n- coming soon\n")
    ) { codes.append($0.code) }
    #expect(codes == ["markdown.unparsed-entry", "markdown.no-publications"])
  }

  // MARK: - Marks and entry layouts

  /// Reads `text` as a file named `label`, with the diagnostics it gave.
  private func read(_ text: String, label: String = "p.md") throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try MarkdownListReader().read(InputSource(label: label, text: text)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  /// An entry's DOI is the first it links to or prints, however it is written; an entry
  /// without one has none.
  @Test func entriesGiveTheDOIsTheyLinkTo() throws {
    let (corpus, _) = try read(
      """
      # Publications
      - Jane Doe, John Roe. [A First Paper](https://doi.org/10.1145/3442188.3445922). In Proc. of Things, 2021.
      - Jane Doe, Ann Poe. "A Second Paper." Journal of Things, 2020. doi:10.1000/ABC-1.
      - Jane Doe, Ann Poe. [A Third Paper](https://dl.acm.org/doi/abs/10.1002/(SICI)1097-4571(199806)49:8). Journal of Things, 2019.
      - Jane Doe, Ann Poe. [A Fourth Paper](https://arxiv.org/abs/2101.00010). Preprint, 2021. Cited 10.5 times.
      """)
    #expect(corpus.publications.count == 4)
    #expect(corpus.doisByPublication == [
      0: "10.1145/3442188.3445922", 1: "10.1000/abc-1",
      2: "10.1002/(sici)1097-4571(199806)49:8",
    ])
  }

  /// Names in Chinese, Japanese or Korean script are names (no capitals, no initials), and the
  /// ideographic and full-width commas separate them.
  @Test func readsNamesInChineseAndJapaneseScript() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - 山田太郎, 王伟. **A Paper**. Venue, 2020.
      - 山田太郎、鈴木一郎，李 小龙. 日本語の論文. 会議, 2021.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map { names($0) } == [
      ["山田太郎", "王伟"], ["山田太郎", "鈴木一郎", "李 小龙"],
    ])
    #expect(corpus.publications.map(\.title) == ["A Paper", "日本語の論文"])
  }

  /// Entries written with the ideographic full stop end their sentences there, space or none,
  /// and the venue loses the marks around the year.
  @Test func readsEntriesWithIdeographicFullStops() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - 山田太郎、鈴木一郎。日本語の論文。情報処理学会、2021。
      - 王伟，李小龙。中文论文题目。计算机学报，2019。
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map { names($0) } == [["山田太郎", "鈴木一郎"], ["王伟", "李小龙"]])
    #expect(corpus.publications.map(\.title) == ["日本語の論文", "中文论文题目"])
    #expect(corpus.publications.map(\.venue) == ["情報処理学会", "计算机学报"])
    #expect(corpus.publications.map(\.year) == [2021, 2019])
  }

  @Test func unescapedStarsAfterNamesAreEqualContributionMarks() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - Jane Doe*, John Smith*, Ann Lee. B Plain Paper. In NeurIPS, 2021.
      - Jane Doe, John Smith*, Ann Lee*. A Plain Paper. In NeurIPS, 2021.
      - **Jane Doe**, John Smith*. *Learning to read marks*, ICML 2020.
      """)
    #expect(diagnostics.isEmpty)
    let publications = corpus.publications
    #expect(publications.map { names($0) } == [
      ["Jane Doe", "John Smith", "Ann Lee"], ["Jane Doe", "John Smith", "Ann Lee"],
      ["Jane Doe", "John Smith"],
    ])
    #expect(publications.map { $0.authors.map(\.marks.equalContribution) } == [
      [true, true, false], [false, true, true], [false, true],
    ])
    #expect(publications.map(\.title) == [
      "B Plain Paper", "A Plain Paper", "Learning to read marks",
    ])
    #expect(publications.map(\.venue) == ["NeurIPS", "NeurIPS", "ICML"])
    #expect(publications.map(\.year) == [2021, 2021, 2020])
    #expect(publications.last?.authors.map(\.marks.isHighlighted) == [true, false])
  }

  @Test(arguments: ["†", "‡", "\\*", "*"])
  func markOnTheLastAuthorBeforeAPlainTitle(_ mark: String) throws {
    let (corpus, diagnostics) = try read(
      "# Publications\n\n- Jane Doe, John Smith, Ann Lee\(mark). A Plain Paper. In NeurIPS, 2021.")
    #expect(diagnostics.isEmpty)
    let publication = try #require(corpus.publications.first)
    #expect(names(publication) == ["Jane Doe", "John Smith", "Ann Lee"])
    #expect(publication.authors.map(\.marks.equalContribution) == [false, false, true])
    #expect(publication.title == "A Plain Paper")
    #expect(publication.venue == "NeurIPS")
    #expect(publication.year == 2021)
  }

  @Test(arguments: [
    "1. John Smith, Jane Doe, et al. [Big Model Paper](https://arxiv.org/abs/1). arXiv, 2022.",
    "1. John Smith, Jane Doe, et al. *Big Model Paper*. arXiv, 2022.",
    "1. John Smith, Jane Doe, et al. Big Model Paper. arXiv, 2022.",
    "- John Smith, Jane Doe, ... Big Model Paper. arXiv, 2022.",
    "- John Smith, Jane Doe, … [Big Model Paper](https://arxiv.org/abs/1). arXiv, 2022.",
  ])
  func truncatedAuthorListBeforeAnUnquotedTitle(_ item: String) throws {
    let (corpus, diagnostics) = try read("# Publications\n\n\(item)\n")
    #expect(diagnostics.isEmpty)
    let publication = try #require(corpus.publications.first)
    #expect(names(publication) == ["John Smith", "Jane Doe"])
    #expect(publication.isTruncated)
    #expect(publication.title == "Big Model Paper")
    #expect(publication.venue == "arXiv")
    #expect(publication.year == 2022)
  }

  /// "Jr.", "Sr." or "III" after a comma belongs to the name before it, in both orders.
  @Test func suffixAfterACommaBelongsToTheNameBeforeIt() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - Martin Luther King, Jr., Ralph Abernathy, and A. Einstein Jr. "Marching." Journal, 1960.
      - J. Doe and John Smith, III. *On relativity*. Physics Letters, 2021.
      - Smith, J., Jr., Doe, J., and Ray, B. (2022). Big model paper. arXiv.
      """)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map { names($0) } == [
      ["Martin Luther King, Jr.", "Ralph Abernathy", "A. Einstein Jr."],
      ["J. Doe", "John Smith, III"],
      ["Smith, J., Jr.", "Doe, J.", "Ray, B."],
    ])
    #expect(corpus.publications.map(\.title) == ["Marching", "On relativity", "Big model paper"])
  }

  /// A suffix with its full stop ("Jr.") right before the title ends the author list and
  /// keeps its stop, the title quoted or not.
  @Test func suffixBeforeTheTitleEndsTheAuthorList() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - Ann Lee and A. Einstein Jr. Marching. Journal, 1960.
      - Ann Lee, A. Einstein Sr. "Marching on." Journal, 1961.
      - Martin Luther King Jr. and Ann Lee. Marching again. Journal, 1962.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map { names($0) } == [
      ["Ann Lee", "A. Einstein Jr."], ["Ann Lee", "A. Einstein Sr."],
      ["Martin Luther King Jr.", "Ann Lee"],
    ])
    #expect(corpus.publications.map(\.title) == ["Marching", "Marching on", "Marching again"])
    #expect(corpus.publications.map(\.year) == [1960, 1961, 1962])
  }

  /// A two-letter family name ends the author list ("Andrew Y. Ng. Title"), where before the
  /// entry was skipped as no publication; a two-letter abbreviated given name that starts a name
  /// ("Th. Müller") does not.
  @Test func aShortFamilyNameEndsTheAuthorList() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      - Andrew Y. Ng. Some title about learning. ICML, 2020.
      - Jane Doe, Wei Li. Graphs of small labs. ACL, 2021.
      - Th. Müller, Ann Lee. Counting things carefully. Venue, 2019.
      - Bo Wu and Ann Lee. A third title here. EMNLP, 2022.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map { names($0) } == [
      ["Andrew Y. Ng"], ["Jane Doe", "Wei Li"], ["Th. Müller", "Ann Lee"], ["Bo Wu", "Ann Lee"],
    ])
    #expect(corpus.publications.map(\.title) == [
      "Some title about learning", "Graphs of small labs", "Counting things carefully",
      "A third title here",
    ])
  }

  /// Vancouver style (medicine): family names with their initials after them, no full stops
  /// between, the last initial's full stop ending the list; the names are split so.
  @Test func readsVancouverEntries() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      - Doe J, Roe B, Zed C. Vancouver style title. Lancet. 2017;3:1-2.
      - Van der Berg AM, **Lee JK**, et al. Another medical title. BMJ. 2018;360:k1.
      - Doe JK. A solo title here. Cell. 2019.
      - Jane C. Doe, Bob Roe. Initials inside names. In ICML, 2020.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let publications = corpus.publications
    #expect(publications.map { names($0) } == [
      ["Doe J", "Roe B", "Zed C"], ["Van der Berg AM", "Lee JK"], ["Doe JK"],
      ["Jane C. Doe", "Bob Roe"],
    ])
    #expect(publications.map(\.title) == [
      "Vancouver style title", "Another medical title", "A solo title here",
      "Initials inside names",
    ])
    #expect(publications.map(\.year) == [2017, 2018, 2019, 2020])
    #expect(publications.map(\.venue) == ["Lancet", "BMJ", "Cell", "ICML"])
    try #require(publications.count == 4)
    #expect(publications[1].isTruncated)
    #expect(publications[1].authors.map(\.marks.isHighlighted) == [false, true])
    #expect(publications[0].authors.map(\.name) == [
      PersonName(given: "J", family: "Doe"), PersonName(given: "B", family: "Roe"),
      PersonName(given: "C", family: "Zed"),
    ])
    #expect(publications[1].authors.first?.name == PersonName(given: "AM", family: "Van der Berg"))
    #expect(publications[3].authors.allSatisfy { $0.name == nil })
  }

  /// A name printed family name first may start with a lower-case particle ("van der Berg AM",
  /// "de Souza, A."); such entries were skipped as no publication, and a list of them as no list.
  @Test func readsNamesThatStartWithAParticle() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      1. van der Berg AM, Lee JK. Protein folding in small cells. Lancet. 2017;3:1-2.
      2. Lee JK, de Souza AM, Smith P. Another study of cells. Nature. 2018;5:10-12.
      3. de Souza, A., and Lee, J. (2019). A third study of cells. Cell, 5, 10-12.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let publications = corpus.publications
    #expect(publications.map { names($0) } == [
      ["van der Berg AM", "Lee JK"], ["Lee JK", "de Souza AM", "Smith P"],
      ["de Souza, A.", "Lee, J."],
    ])
    #expect(publications.map(\.title) == [
      "Protein folding in small cells", "Another study of cells", "A third study of cells",
    ])
    #expect(publications.first?.authors.first?.name == PersonName(given: "AM", family: "van der Berg"))
  }

  /// CV lines whose title line is a marked title and nothing else (as saved pages print it),
  /// and CV lines after a label line (a venue badge); before, both were skipped.
  @Test func readsCVLinesWithAMarkedTitleOrALabel() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      - [**A Neural Network for Parsing**](https://x.org/1)
        **Jane Doe**, Ann Lee and Bob Roe
        *ACL 2024* [[pdf](paper.pdf)]
      - "Counting People in Small Rooms"
        Ann Lee, Jane Doe
        EMNLP, 2023
      - ICLR
        Graph Methods for Tiny Research Groups
        Jane Doe, Bob Roe
        *International Conference on Learning Representations*, 2022
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.title) == [
      "A Neural Network for Parsing", "Counting People in Small Rooms",
      "Graph Methods for Tiny Research Groups",
    ])
    #expect(corpus.publications.map { names($0) } == [
      ["Jane Doe", "Ann Lee", "Bob Roe"], ["Ann Lee", "Jane Doe"], ["Jane Doe", "Bob Roe"],
    ])
    #expect(corpus.publications.map(\.venue) == [
      "ACL", "EMNLP", "International Conference on Learning Representations",
    ])
  }

  /// Volume, issue and pages after the venue's name are not part of it; a venue that ends in a
  /// number without a comma ("Systems 33") or with words after the number keeps it.
  @Test func venueLeavesOutVolumeAndPages() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      - Doe, J., & Roe, B. (2020). Deep learning for cells. Journal of Cell Biology, 12(3), 45–67.
      - Jane Doe, Bob Roe. A title of things. J. Chem. Phys., vol. 3, pp. 1–9, 2019.
      - Jane Doe, Bob Roe. Another title of things. BMJ, 360, k1, 2018.
      - Jane Doe, Bob Roe. Third title of things. Advances in Neural Information Processing Systems 33, 2020.
      - Jane Doe, Bob Roe. Fourth title of things. LNCS, 12345, Springer, 2021.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.venue) == [
      "Journal of Cell Biology", "J. Chem. Phys", "BMJ",
      "Advances in Neural Information Processing Systems 33", "LNCS, 12345, Springer",
    ])
  }

  /// A short bold title in Title Case reads like a name; before a list of two names or more and
  /// a full stop it is the title.
  @Test func readsTitleCaseBoldTitleFirst() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      - **Graph Neural Networks**. Jane Doe, Bob Roe. ICML, 2020.
      - **Jane Doe**. A solo paper. In ICLR, 2019.
      - **Jane Doe** and Bob Roe, Carl Zed. Names after a highlight. In ICML, 2018.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.title) == [
      "Graph Neural Networks", "A solo paper", "Names after a highlight",
    ])
    #expect(corpus.publications.map { names($0) } == [
      ["Jane Doe", "Bob Roe"], ["Jane Doe"], ["Jane Doe", "Bob Roe", "Carl Zed"],
    ])
    #expect(corpus.publications.map(\.venue) == ["ICML", "ICLR", "ICML"])
    #expect(corpus.publications.map(\.year) == [2020, 2019, 2018])
  }

  /// Many homepages print the title first, marked (bold, italics, quotes or a link), then the
  /// authors, then the venue.
  @Test func readsEntriesWithTheTitleFirst() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - **Deep learning for graphs**. Jane Doe, Bob Roe, Carl Zed. *Nature Methods*, 2021.
      - "Another title here." Jane Doe and Bob Roe. Science 2020.
      - [Linked title of a paper](https://example.org/p). **Jane Doe**, Carl Zed. In ICML, 2019.
      - *Italic title of a paper*. J. Doe and B. Roe. NeurIPS, 2018.
      """)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.title) == [
      "Deep learning for graphs", "Another title here", "Linked title of a paper",
      "Italic title of a paper",
    ])
    #expect(corpus.publications.map { names($0) } == [
      ["Jane Doe", "Bob Roe", "Carl Zed"], ["Jane Doe", "Bob Roe"], ["Jane Doe", "Carl Zed"],
      ["J. Doe", "B. Roe"],
    ])
    #expect(corpus.publications.map(\.year) == [2021, 2020, 2019, 2018])
    #expect(corpus.publications.map(\.venue) == ["Nature Methods", "Science", "ICML", "NeurIPS"])
    #expect(corpus.publications[2].authors.map(\.marks.isHighlighted) == [true, false])
  }

  @Test func readsAuthorYearEntries() throws {
    let (corpus, diagnostics) = try read(
      """
      # Publications

      - Smith, J., Doe, J., and Ray, B. (2022). Big model paper. arXiv.
      - **Doe, J.-P.**, Lee, A. B., . . . Ray, B.\\* (2020a). Reading lists. *Journal of Lists*, 12.
      - Jane Doe & John Smith (2019, March 3). Natural order. In ICML.
      - Smith, J., Doe, J., ... Ray, B. (2018). Short list. arXiv.
      """)
    #expect(diagnostics.isEmpty)
    let publications = corpus.publications
    #expect(publications.map { names($0) } == [
      ["Smith, J.", "Doe, J.", "Ray, B."], ["Doe, J.-P.", "Lee, A. B.", "Ray, B."],
      ["Jane Doe", "John Smith"], ["Smith, J.", "Doe, J.", "Ray, B."],
    ])
    #expect(publications.map(\.title) == [
      "Big model paper", "Reading lists", "Natural order", "Short list",
    ])
    #expect(publications.map(\.year) == [2022, 2020, 2019, 2018])
    #expect(publications.map(\.venue) == ["arXiv", "Journal of Lists", "ICML", "arXiv"])
    #expect(publications.map(\.isTruncated) == [false, true, false, true])
    let journal = try #require(publications.first { $0.title == "Reading lists" })
    #expect(journal.authors.map(\.marks.isHighlighted) == [true, false, false])
    #expect(journal.authors.map(\.marks.equalContribution) == [false, false, true])
  }

  /// Author-year entries without a full stop after the year: "Doe J, Roe B (2019) Title.".
  @Test func readsAuthorYearEntriesWithoutAFullStopAfterTheYear() throws {
    let (corpus, diagnostics) = try read(
      """
      # Papers

      - Jane Doe, Bob Roe (2019) Title here. Cell 12:1-3.
      - Smith, J., & Ray, B. (2020): Colon after the year. In ICML.
      - Jane Doe and Bob Roe (2021) *Italic title words*. Science.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map { names($0) } == [
      ["Jane Doe", "Bob Roe"], ["Smith, J.", "Ray, B."], ["Jane Doe", "Bob Roe"],
    ])
    #expect(corpus.publications.map(\.title) == [
      "Title here", "Colon after the year", "Italic title words",
    ])
    #expect(corpus.publications.map(\.year) == [2019, 2020, 2021])
    #expect(corpus.publications.map(\.venue) == ["Cell 12:1-3", "ICML", "Science"])
  }

  @Test(arguments: [
    ("p.md", ""), ("p.txt", "Publications\n\n"), ("p.md", "Some words about me.\n\n"),
  ])
  func listOfPublicationsWithoutAHeadingIsRead(_ label: String, _ before: String) throws {
    let (corpus, diagnostics) = try read(
      before + """
        - Jane Doe, John Smith. Paper one. In NeurIPS, 2021.
        - Bob Ray, Carl Zed. Another plain paper. In ICML, 2020.
        - **Jane Doe**. A solo paper. In ICLR, 2019.
        """, label: label)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.title) == [
      "Paper one", "Another plain paper", "A solo paper",
    ])
    #expect(corpus.publications.map { names($0) } == [
      ["Jane Doe", "John Smith"], ["Bob Ray", "Carl Zed"], ["Jane Doe"],
    ])
    #expect(corpus.publications.map(\.year) == [2021, 2020, 2019])
  }

  @Test(arguments: [
    // Items with one highlighted "author" each: teaching, awards.
    """
    - **Teaching Assistant**, *Large Language Model Systems*, Spring 2025
    - **Presidential Fellowship**, *Carnegie Mellon University*, Nov. 2024
    """,
    // Names and a year, but under a heading of another section.
    "## Teaching\n\n- Jane Doe, John Smith. Machine learning. Fall 2021.\n",
    // One item that is not a publication makes the list something else.
    """
    - Jane Doe, John Smith. Paper one. In NeurIPS, 2021.
    - 2021: Jane Doe joined the lab.
    """,
  ])
  func otherListsWithoutAHeadingAreNotPublications(_ text: String) throws {
    let (corpus, diagnostics) = try read(text)
    #expect(corpus.publications.isEmpty)
    #expect(diagnostics.map(\.code) == ["markdown.no-publications"])
  }

  /// Plain-text reference lists number their entries `[1]`, `1.` or `(1)`, one a line or
  /// wrapped onto continuation lines; they read as bulleted ones do.
  @Test(arguments: ["refs.txt", "refs.md"])
  func numberedReferenceListsAreRead(_ label: String) throws {
    let (corpus, diagnostics) = try read(
      """
      [1] A. Smith, B. Jones, and C. Lee. Learning things. In Proc. of ACL, 2020.
      [2] B. Jones and D. Kim. Other things. Journal of Stuff, 12(3):1-10, 2019.
      1. E. Park, F. Chen. Third paper. NeurIPS 2021.
      (4) G. Ray, H. Zed. Fourth paper. In ICML,
          2018.
      """, label: label)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map { names($0) } == [
      ["A. Smith", "B. Jones", "C. Lee"], ["B. Jones", "D. Kim"], ["E. Park", "F. Chen"],
      ["G. Ray", "H. Zed"],
    ])
    #expect(corpus.publications.map(\.title) == [
      "Learning things", "Other things", "Third paper", "Fourth paper",
    ])
    #expect(corpus.publications.map(\.year) == [2020, 2019, 2021, 2018])
    #expect(corpus.publications.map(\.location.line) == [1, 2, 3, 4])
  }

  @Test func fileWithoutPublicationsIsAWarningNamingIt() throws {
    let (corpus, diagnostics) = try read("# About\n\nNothing to see here.\n", label: "about.txt")
    #expect(corpus.publications.isEmpty)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(diagnostic.code == "markdown.no-publications")
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.location?.path == "about.txt")
  }

  // MARK: - Seed homepages and CVs

  private static var seeds: URL? { RepoPaths.shared?.appendingPathComponent("seeds") }

  private func seed(_ prefix: String) throws -> (Corpus, [Diagnostic]) {
    let folder = try #require(Self.seeds)
    let name = try #require(
      FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
    return try read(folder.appendingPathComponent(name))
  }

  @Test(.enabled(if: seeds != nil, "needs ../shared/seeds"))
  func seedHomepageWithGroupAuthors() throws {
    let (corpus, _) = try seed("000_")
    #expect(corpus.publications.count == 7)
    let first = try #require(corpus.publications.first)
    #expect(first.authors.map(\.kind) == [.group])
    #expect(names(first) == ["Microsoft GenAI Team"])
    #expect(first.year == 2025)
    let third = corpus.publications[2]
    #expect(names(third).count == 11)
    #expect(third.authors.filter(\.marks.isHighlighted).map(\.printed) == ["Junheng Hao"])
    #expect(names(corpus.publications[5]).contains("Chelsea J.-T. Ju"))
    #expect(corpus.publications[4].year == 2020)
    let relations = corpus.declaredRelations.map { "\($0.mentor) > \($0.mentee)" }
    #expect(relations == ["Yizhou Sun > Junheng Hao", "Wei Wang > Junheng Hao"])
  }

  @Test(.enabled(if: seeds != nil, "needs ../shared/seeds"))
  func seedCurriculumVitae() throws {
    let (corpus, _) = try seed("001_")
    #expect(corpus.publications.count == 18)
    let preprint = try #require(corpus.publications.first)
    #expect(preprint.title == "Phi-3: A Highly Capable Language Model Locally on Your Phone")
    #expect(preprint.isAlphabetical && preprint.isTruncated)
    #expect(preprint.venue == "arXiv" && preprint.year == 2024)
    #expect(names(corpus.publications[1]) == [
      "Marah Abdin", "Jyoti Aneja", "Sebastien Bubeck", "Harkirat Singh Behl", "Yi Zhang",
    ])
    let unlocking = corpus.publications[3]
    #expect(!unlocking.isAlphabetical)
    #expect(names(unlocking).contains("Cees GM Snoek"))
    let xDecoder = try #require(corpus.publications.first { $0.title.hasPrefix("X-Decoder") })
    #expect(xDecoder.authors.prefix(4).map(\.marks.equalContribution) == [true, true, true, false])
    let simplex = try #require(corpus.publications.first { $0.title.hasPrefix("Overcoming") })
    #expect(names(simplex).last == "Krishnamurthy Dvijotham")
    #expect(corpus.publications.allSatisfy { $0.authors.contains(where: \.marks.isHighlighted) })

    let relations = corpus.declaredRelations
    #expect(relations.prefix(2).map { "\($0.mentor) > \($0.mentee)" } == [
      "Philip Torr > Harkirat Behl", "Pawan Kumar > Harkirat Behl",
    ])
    let mentees = relations.dropFirst(2)
    #expect(mentees.count == 7)
    #expect(mentees.allSatisfy { $0.mentor == "Harkirat Behl" })
    #expect(mentees.map(\.mentee).last == "Yunhao Ge")
    #expect(mentees.map { $0.startYear ?? 0 } == [2024, 2023, 2023, 2023, 2022, 2022, 2021])
  }

  @Test(.enabled(if: seeds != nil, "needs ../shared/seeds"))
  func seedHomepageWithQuotedTitles() throws {
    let (corpus, _) = try seed("002_")
    #expect(corpus.publications.count == 3)
    let first = try #require(corpus.publications.first)
    #expect(first.title == "Sparse Matrix in Large Language Model Fine-Tuning")
    #expect(first.venue == "International Conference on Learning Representations (ICLR)")
    #expect(first.year == 2025)
    #expect(names(first) == ["Haoze He", "Juncheng Billy Li", "Xuan Jiang", "Heather Miller"])
    #expect(first.authors.map(\.marks.isHighlighted) == [true, false, false, false])
    #expect(!corpus.publications.contains { $0.title.contains("Fine-Tuning MoE") })
    let relations = corpus.declaredRelations.map { "\($0.mentor) > \($0.mentee)" }
    #expect(relations == [
      "Heather Miller > Haoze He", "Anna Choromanska > Haoze He", "Parijat Dube > Haoze He",
    ])
  }
}
