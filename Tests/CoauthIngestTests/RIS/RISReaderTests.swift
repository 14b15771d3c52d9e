import CoauthIngest
import CoauthModel
import Testing

@Suite struct RISReaderTests {
  private func read(_ text: String, label: String = "t.ris") throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try RISReader().read(InputSource(label: label, text: text)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  @Test func readsRecords() throws {
    let (corpus, diagnostics) = try read(
      """
      TY  - JOUR
      ID  - mueller2020
      AU  - Müller, Jürgen
      A1  - King, Martin Luther, Jr.
      AU  - Mausam
      A2  - Editor, Ed
      TI  - A Long Title
        Continued Here
      T2  - Journal of Things
      PY  - 2020///
      ER  - 

      TY  - CONF
      T1  - Second
      BT  - Proc. Conf
      DA  - 2019/05/01
      AU  - Doe, Jane
      ER  -
      """)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["mueller2020", "t-2"])
    let first = corpus.publications[0]
    #expect(first.title == "A Long Title Continued Here")
    #expect(first.year == 2020)
    #expect(first.venue == "Journal of Things")
    #expect(first.type == "jour")
    #expect(first.location == SourceLocation(path: "t.ris", line: 1))
    #expect(first.authors.map(\.printed) == ["Müller, Jürgen", "King, Martin Luther, Jr.", "Mausam"])
    #expect(first.authors[0].name == PersonName(given: "Jürgen", family: "Müller"))
    #expect(first.authors[1].name?.suffix == "Jr.")
    #expect(first.authors[2].name == nil)
    #expect(first.authors.map { $0.location?.line } == [3, 4, 5])
    let second = corpus.publications[1]
    #expect(second.title == "Second")
    #expect(second.year == 2019)
    #expect(second.venue == "Proc. Conf")
    #expect(second.location.line == 13)
  }

  /// Zotero's and Web of Science's RIS keep the inline HTML of rich-text titles.
  @Test func titlesLoseTheirInlineMarkup() throws {
    let (corpus, diagnostics) = try read(
      """
      TY  - JOUR
      AU  - Lee, Ann
      TI  - Coexistence of <i>Plantago</i> and <i>Poa</i> under CO<sub>2</sub> &amp; heat
      PY  - 2021
      ER  -
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      corpus.publications.map(\.title) == ["Coexistence of Plantago and Poa under CO2 & heat"])
  }

  /// Web of Science's RIS export has no `ID`: its accession number (`AN  - WOS:...`, the `UT`
  /// of its plain-text export, which that reader takes as the id) is the id. An `ID` comes
  /// first; PubMed's accession number is its PMID (`pubMedAccessionNumbersAreIds`).
  @Test func webOfScienceAccessionNumbersAreIds() throws {
    let (corpus, diagnostics) = try read(
      "TY  - JOUR\nAU  - Lee, A\nTI  - One\nAN  - WOS:000900000000001\nER  -\n\n"
        + "TY  - JOUR\nAU  - Lee, A\nTI  - Two\nAN  - MEDLINE:31234567\nER  -\n\n"
        + "TY  - JOUR\nID  - lee2020\nAU  - Lee, A\nTI  - Three\nAN  - WOS:000900000000003\nER  -\n\n"
        + "TY  - JOUR\nAU  - Lee, A\nTI  - Four\nAN  - 31234567\nDB  - PubMed\nER  -\n\n"
        + "TY  - JOUR\nAU  - Lee, A\nTI  - Five\nAN  - WOS:\nER  -\n")
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.map(\.id) == [
        "WOS:000900000000001", "MEDLINE:31234567", "lee2020", "31234567", "t-5",
      ])
  }

  /// Web of Science writes its group authors (`CA` in its plain-text export) as `A1` lines of
  /// its RIS: groups after the names, whatever their words, as that reader reads them. In
  /// other records `A1` is an author as `AU` is.
  @Test func webOfScienceA1LinesAreGroupAuthors() throws {
    let (corpus, diagnostics) = try read(
      "TY  - JOUR\nAU  - Lee, A\nA1  - European Food Safety Authority\nAU  - Okafor, C\n"
        + "A1  - European Ctr Dis Prevention Contro\nTI  - T\nAN  - WOS:000900000000009\nER  -\n\n"
        + "TY  - JOUR\nA1  - Lee, Ann\nAU  - Okafor, Chidi\nTI  - T\nER  -\n")
    #expect(diagnostics.isEmpty)
    let wos = try #require(corpus.publications.first)
    #expect(
      wos.authors.map(\.printed) == [
        "Lee, A", "Okafor, C", "European Food Safety Authority", "European Ctr Dis Prevention Contro",
      ])
    #expect(wos.authors.map(\.kind) == [.person, .person, .group, .group])
    #expect(wos.authors.map { $0.location?.line } == [2, 4, 3, 5])
    #expect(corpus.publications[1].authors.map(\.kind) == [.person, .person])
  }

  /// A record from PubMed (`DB` or `DP` naming it, as EndNote, Zotero and NCBI's citation
  /// exporter write) has PubMed's title, whose closing full stop is no part of it, as in
  /// MEDLINE; an ellipsis is kept, and other records keep their stops.
  @Test func pubMedTitlesLoseTheClosingStop() throws {
    let (corpus, diagnostics) = try read(
      "TY  - JOUR\nDB  - PubMed\nAU  - Lee, Ann\nT1  - Lab graphs in medicine.\nAN  - 1\nER  - \n\n"
        + "TY  - JOUR\nAU  - Lee, Ann\nTI  - Lab graphs in medicine.\nDP  - NLM\nER  - \n\n"
        + "TY  - JOUR\nDP  - PubMed\nAU  - Lee, Ann\nTI  - Lab graphs and ...\nER  - \n\n"
        + "TY  - JOUR\nDB  - MEDLINE\nAU  - Lee, Ann\nTI  - [Lab graphs in children].\nER  - \n\n"
        + "TY  - JOUR\nAU  - Lee, Ann\nTI  - Labs of St. Anne Inc.\nDB  - Scopus\nER  - \n")
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.map(\.title) == [
        "Lab graphs in medicine", "Lab graphs in medicine", "Lab graphs and ...",
        "Lab graphs in children", "Labs of St. Anne Inc.",
      ])
  }

  /// PubMed's RIS gives the PMID in `AN`, which its MEDLINE and CSV exports use as the id; other
  /// databases' `AN` numbers (an EndNote library's) are no id.
  @Test func pubMedAccessionNumbersAreIds() throws {
    let (corpus, _) = try read(
      "TY  - JOUR\nDB  - PubMed\nAU  - Lee, Ann\nTI  - A.\nAN  - 39000001\nER  - \n\n"
        + "TY  - JOUR\nAU  - Lee, Ann\nTI  - B.\nAN  - 17\nER  - \n\n"
        + "TY  - JOUR\nDB  - PubMed\nAU  - Lee, Ann\nTI  - C.\nAN  - PMC123\nER  - \n")
    #expect(corpus.publications.map(\.id) == ["39000001", "t-2", "t-3"])
  }

  /// A thesis names its university and a preprint its archive only as the publisher (Zotero).
  @Test func thePublisherIsTheLastVenue() throws {
    let (corpus, _) = try read(
      "TY  - THES\nTI  - T\nAU  - Lee, Ann\nPB  - Example University\nER  - \n\n"
        + "TY  - UNPB\nTI  - P\nAU  - Lee, Ann\nPB  - arXiv\nER  - \n\n"
        + "TY  - CHAP\nTI  - C\nAU  - Lee, Ann\nT2  - Book of Labs\nT3  - Series\nPB  - Press\nER  - \n")
    #expect(corpus.publications.map(\.venue) == ["Example University", "arXiv", "Book of Labs"])
  }

  /// Wiley, Taylor & Francis and SAGE put a header before the first record of their downloads.
  @Test func publishersDownloadHeaderIsNoStrayText() throws {
    let (corpus, diagnostics) = try read(
      "Provider: John Wiley & Sons, Ltd\r\nDatabase: Wiley Online Library\r\n"
        + "Content: text/plain; charset=\"UTF-8\"\r\n\r\nTY  - JOUR\r\nAU  - Smith, John\r\n"
        + "TI  - T\r\nER  - \r\n\r\nProvider: again\r\n")
    #expect(corpus.publications.map(\.title) == ["T"])
    // After a record, such a line is stray text as any other.
    #expect(diagnostics.map(\.code) == ["ris.stray-text"])
    #expect(diagnostics.map { $0.location?.line } == [10])
  }

  /// Web of Science and Scopus RIS exports print a note where a record names no author.
  @Test func placeholdersForMissingAuthorsAreNoAuthors() throws {
    let (corpus, diagnostics) = try read(
      "TY  - JOUR\nAU  - [Anonymous]\nTI  - Editorial\nER  - \n\n"
        + "TY  - JOUR\nAU  - [No author name available]\nAU  - Doe, J.\nTI  - Letter\nER  - \n")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map { $0.authors.map(\.printed) } == [[], ["Doe, J."]])
  }

  /// Zotero writes an organisation as one field, EndNote with a closing comma.
  @Test func corporateAuthorsAreGroups() throws {
    let (corpus, diagnostics) = try read(
      "TY  - JOUR\nAU  - The 1000 Genomes Project Consortium\nAU  - World Health Organization,\n"
        + "AU  - Abecasis, Gonçalo R.\nAU  - Mausam\nAU  - Jane Doe\nTI  - T\nER  - \n")
    #expect(diagnostics.isEmpty)
    let authors = try #require(corpus.publications.first?.authors)
    #expect(authors.map(\.printed) == [
      "The 1000 Genomes Project Consortium", "World Health Organization", "Abecasis, Gonçalo R.",
      "Mausam", "Jane Doe",
    ])
    #expect(authors.map(\.kind) == [.group, .group, .person, .person, .person])
  }

  @Test func initialsAfterTheFamilyNameWithoutACommaAreTheGivenName() throws {
    let (corpus, _) = try read("TY  - JOUR\nAU  - Smith JA\nAU  - Jane Doe\nTI  - T\nER  - \n")
    #expect(corpus.publications[0].authors.map(\.name) == [
      PersonName(given: "JA", family: "Smith"), nil,
    ])
  }

  /// A suffix without a comma of its own, after the given names or after the family name, is
  /// the suffix, as with its comma; two initials that spell one ("Petrov, IV") are not.
  @Test func suffixesWithoutTheirCommaAreSuffixes() throws {
    let lines = [
      "Stone, Carl, Jr.", "Stone, Carl Jr", "Stone, C. Jr.", "Stone Jr, Carl", "King, Martin L III",
      "Petrov, IV", "Jr, Carl",
    ]
    let (corpus, _) = try read(
      "TY  - JOUR\n" + lines.map { "AU  - \($0)\n" }.joined() + "TI  - T\nER  - \n")
    #expect(corpus.publications[0].authors.map(\.name) == [
      PersonName(given: "Carl", family: "Stone", suffix: "Jr."),
      PersonName(given: "Carl", family: "Stone", suffix: "Jr"),
      PersonName(given: "C.", family: "Stone", suffix: "Jr."),
      PersonName(given: "Carl", family: "Stone", suffix: "Jr"),
      PersonName(given: "Martin L", family: "King", suffix: "III"),
      PersonName(given: "IV", family: "Petrov"),
      PersonName(given: "Carl", family: "Jr"),
    ])
  }

  @Test func junkBetweenRecordsAndMissingEndAreTolerated() throws {
    let (corpus, diagnostics) = try read(
      """
      Exported by SomeTool 1.0
      on Tuesday

      TY  - JOUR
      TI  - One
      ER  - 
      some junk
      TY  - JOUR
      TI  - Two
      TY  - JOUR
      TI  - Three
      """)
    #expect(corpus.publications.map(\.title) == ["One", "Two", "Three"])
    #expect(diagnostics.map(\.code) == ["ris.stray-text", "ris.stray-text", "ris.missing-er", "ris.missing-er"])
    #expect(diagnostics.map { $0.location?.line } == [1, 7, 10, 11])
    #expect(diagnostics[0].message.contains("lines 1-2"))
    #expect(diagnostics.allSatisfy { $0.skippedRecords == 0 })
  }

  @Test func textWithoutRecordsIsReported() throws {
    let (corpus, diagnostics) = try read("hello\n")
    #expect(corpus.publications.isEmpty)
    #expect(diagnostics.map(\.code) == ["ris.stray-text", "ris.no-records"])
  }

  @Test func loaderPicksTheReader() {
    #expect(InputFormat.ris.reader is RISReader)
  }
}
