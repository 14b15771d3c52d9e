import CoauthIngest
import CoauthModel
import Testing

@Suite struct WoSReaderTests {
  private func read(_ text: String, label: String = "savedrecs.txt") throws -> (
    Corpus, [Diagnostic]
  ) {
    try read(Array(text.utf8), label: label)
  }

  private func read(_ bytes: [UInt8], label: String = "savedrecs.txt") throws -> (
    Corpus, [Diagnostic]
  ) {
    var diagnostics: [Diagnostic] = []
    let corpus = try WoSReader().read(InputSource(label: label, bytes: bytes)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  @Test func readsRecords() throws {
    let (corpus, diagnostics) = try read(
      """
      FN Clarivate Analytics Web of Science
      VR 1.0
      PT J
      AU Smith, J
         Doe, JA
      AF Smith, John
         Doe, Jane A.
      TI A title that may continue
         on the next line
      SO JOURNAL OF THINGS
      J9 J THINGS
      DT Article
      CR Smith J, 2019, J THINGS, V1, P1
         Doe JA, 2018, OTHER J, V2, P3
      PY 2020
      DI 10.1000/xyz
      OI Smith, John/0000-0002-1825-0097; Doe, Jane A./0000-0001-5109-3700
      RI Smith, John/A-1234-2010
      UT WOS:000123456700001
      ER

      PT J
      AU Lee, K
         Roe, RB
      CA Some Consortium
      TI Second
      J9 OTHER J
      EA JAN 2021
      DI 10.1000/second
      ER

      EF
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.id) == ["WOS:000123456700001", "10.1000/second"])
    let first = corpus.publications[0]
    #expect(first.title == "A title that may continue on the next line")
    #expect(first.year == 2020)
    #expect(first.venue == "JOURNAL OF THINGS")
    #expect(first.type == "article")
    #expect(first.location == SourceLocation(path: "savedrecs.txt", line: 3))
    #expect(first.authors.map(\.printed) == ["Smith, John", "Doe, Jane A."])
    #expect(
      first.authors.map(\.name) == [
        PersonName(given: "John", family: "Smith"), PersonName(given: "Jane A.", family: "Doe"),
      ])
    #expect(
      first.authors.map(\.identifiers.orcid) == ["0000-0002-1825-0097", "0000-0001-5109-3700"])
    #expect(first.authors.map { $0.location?.line } == [6, 7])
    let second = corpus.publications[1]
    #expect(second.year == 2021)
    #expect(second.venue == "OTHER J")
    #expect(second.type == "j")
    #expect(second.authors.map(\.printed) == ["Lee, K", "Roe, RB", "Some Consortium"])
    #expect(second.authors.map(\.kind) == [.person, .person, .group])
    #expect(second.authors[1].name == PersonName(given: "RB", family: "Roe"))
    #expect(second.authors[2].name == nil)
  }

  @Test func byteOrderMarkCRLFAndNoHeaderAreRead() throws {
    let text =
      "PT J\r\nAF Doe, Jane\r\nTI One\r\nUT WOS:1\r\nER\r\n\r\nPT J\r\nAF Roe, Rick\r\nUT WOS:2\r\nER\r\n"
    let (corpus, diagnostics) = try read([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["WOS:1", "WOS:2"])
    #expect(corpus.publications.map(\.location.line) == [1, 7])
    #expect(corpus.publications[0].title == "One")
  }

  @Test func missingEndJunkAndARecordWithoutItsFirstLineAreReported() throws {
    let (corpus, diagnostics) = try read(
      """
      FN Clarivate Analytics Web of Science
      VR 1.0
      Exported on Tuesday
      PT J
      AF Doe, Jane
      UT WOS:1
      PT J
      AF Roe, Rick
      some junk inside
      UT WOS:2
      ER
      AF Lost, Pete
      TI The PT line of this record was lost
      UT WOS:lost
      ER
      PT J
      TI No authors and no end
      UT WOS:3
      """)
    #expect(corpus.publications.map(\.id) == ["WOS:1", "WOS:2", "WOS:3"])
    #expect(corpus.publications[2].authors.isEmpty)
    #expect(
      diagnostics.map(\.code) == [
        "wos.stray-text", "wos.missing-er", "wos.stray-text", "wos.missing-pt", "wos.missing-er",
      ])
    #expect(diagnostics.map { $0.location?.line } == [3, 6, 9, 12, 18])
    #expect(diagnostics.map(\.skippedRecords) == [0, 0, 0, 1, 0])
    #expect(diagnostics[1].message.contains("a new record at line 7"))
    #expect(diagnostics[2].message.contains("record that starts at line 7"))
    #expect(diagnostics[3].message.contains("expected 'PT J' starting a record"))
    #expect(diagnostics[3].message.contains("lines 12-15"))
    #expect(diagnostics[4].message.contains("the end of the file"))
  }

  /// A book record may give its DOI only as the book's (`D2`); an article's own `DI` comes first.
  @Test func theDOIIsDIElseTheBooksD2() throws {
    let (corpus, _) = try read(
      "PT B\nAU Doe, J\nTI A book\nD2 10.1000/BOOK\nUT WOS:1\nER\n"
        + "PT S\nAU Doe, J\nTI A chapter\nDI 10.1000/chapter\nD2 10.1000/book\nUT WOS:2\nER\n")
    #expect(corpus.doisByPublication == [0: "10.1000/book", 1: "10.1000/chapter"])
  }

  @Test func aRecordWithoutAnIDGetsAMadeOneWithAWarning() throws {
    let (corpus, diagnostics) = try read("PT J\nAU Doe, J\nTI T\nER\n", label: "exports/run.ciw")
    #expect(corpus.publications.map(\.id) == ["run-1"])
    #expect(diagnostics.map(\.code) == ["wos.missing-id"])
    #expect(diagnostics.first?.location?.line == 1)
  }

  @Test func shortNamesAnonymousAndGroupsInTheNameList() throws {
    let (corpus, _) = try read(
      """
      PT J
      AU [Anonymous]
      CA Some Consortium
      UT WOS:1
      ER
      PT J
      AU Doe, JA
         Some Study Group
      CA Some Study Group
      OI Doe, Jane/0000-0002-1825-0097; Nobody, Here/0000-0001-5109-3700; Doe, J/123
      UT WOS:2
      ER
      """)
    #expect(corpus.publications[0].authors.map(\.printed) == ["Some Consortium"])
    #expect(corpus.publications[0].authors.map(\.kind) == [.group])
    let second = corpus.publications[1]
    #expect(second.authors.map(\.printed) == ["Doe, JA", "Some Study Group"])
    #expect(second.authors.map(\.kind) == [.person, .group])
    #expect(second.authors[0].identifiers.orcid == "0000-0002-1825-0097")
  }

  @Test func orcidsThatFitNoAuthorAreReported() throws {
    let (corpus, diagnostics) = try read(
      "PT J\nAF Doe, Jane\nOI Nobody, Here/0000-0001-5109-3700; Doe, Jane/123\nUT WOS:1\nER\n")
    #expect(corpus.publications[0].authors[0].identifiers.orcid == nil)
    #expect(diagnostics.map(\.code) == ["wos.unplaced-orcid"])
    #expect(diagnostics.first?.location?.line == 3)
    #expect(
      diagnostics.first?.message.contains(
        "'Nobody, Here/0000-0001-5109-3700' (names no one author of the row), 'Doe, Jane/123' "
          + "(not an ORCID iD)") == true, "\(diagnostics)")
  }

  @Test func textWithoutRecordsIsReported() throws {
    let (corpus, diagnostics) = try read("FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n")
    #expect(corpus.publications.isEmpty)
    #expect(diagnostics.map(\.code) == ["wos.no-records"])
  }

  /// A MEDLINE (or RIS) file forced through this reader: its dashed tag lines are no WoS fields,
  /// so it yields no records made of them (found by QA: `--format wos` on a .nbib made four).
  @Test func dashedTagLinesOfOtherFormatsAreNoFields() throws {
    let (corpus, diagnostics) = try read(
      "PMID- 1\nTI  - A title.\nFAU - Doe, Jane\nAU  - Doe J\nPT  - Journal Article\n\n")
    #expect(corpus.publications.isEmpty)
    #expect(diagnostics.map(\.code).contains("wos.no-records"), "\(diagnostics)")
  }

  /// Web of Science prints species names in italics in its titles, as inline HTML.
  @Test func titlesLoseTheirInlineMarkup() throws {
    let (corpus, diagnostics) = try read(
      """
      PT J
      AU Lee, A
      TI Demography of the understory herb <i>H</i><i>eliconia acuminata</i>
         (Heliconiaceae) in a <i>fragmented</i> landscape &amp; CO<sub>2</sub>
      PY 2023
      UT WOS:000000000000001
      ER
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      corpus.publications.map(\.title) == [
        "Demography of the understory herb Heliconia acuminata (Heliconiaceae) in a fragmented "
          + "landscape & CO2"
      ])
  }

  /// The names of `OI` come from researchers' profiles and are printed unlike the paper's:
  /// words split otherwise, a second family name, an umlaut written out.
  @Test func orcidIDsFindNamesPrintedOtherwise() throws {
    let (corpus, diagnostics) = try read(
      """
      PT J
      AU Moreira, ASF
         Aranda, M
         Frolicher, TL
         Stone, C
      AF Moreira, Ana Silvia Franco
         Aranda, Manuel
         Frolicher, Thomas L.
         Stone, Carl
      TI Names from profiles
      OI Franco Moreira, Ana Silvia/0000-0002-1825-0097; Aranda Lastra,
         Manuel/0000-0001-5109-3700; Froelicher, Thomas/0000-0002-1694-233X; Stein,
         Carl/0000-0003-1419-2405
      PY 2021
      UT WOS:000000000000002
      ER
      """)
    #expect(
      corpus.publications.first?.authors.map(\.identifiers.orcid) == [
        "0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X", nil,
      ])
    #expect(diagnostics.map(\.code) == ["wos.unplaced-orcid"])
    #expect(diagnostics.first?.message.contains("'Stein, Carl/0000-0003-1419-2405'") == true)
  }

  @Test func loaderPicksTheReader() {
    #expect(InputFormat.wos.reader is WoSReader)
    #expect(InputFormat(rawValue: "wos") == .wos)
  }
}
