import CoauthIngest
import CoauthModel
import Testing

@Suite struct MEDLINEReaderTests {
  private func read(_ text: String, label: String = "pubmed-x.txt") throws -> (Corpus, [Diagnostic])
  {
    try read(Array(text.utf8), label: label)
  }

  private func read(_ bytes: [UInt8], label: String = "pubmed-x.txt") throws -> (
    Corpus, [Diagnostic]
  ) {
    var diagnostics: [Diagnostic] = []
    let corpus = try MEDLINEReader().read(InputSource(label: label, bytes: bytes)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  @Test func readsRecords() throws {
    let (corpus, diagnostics) = try read(
      """

      PMID- 12345678
      OWN - NLM
      TI  - A title that may continue
            on the next line.
      FAU - Smith, John
      AU  - Smith J
      AUID- ORCID: 0000-0002-1825-0097
      AD  - Some University,
            Some Town.
      FAU - Doe, Jane A
      AU  - Doe JA
      CN  - Some Consortium
      FAU - van der Berg, Anna
      AU  - van der Berg A
      AUID- ORCID: https://orcid.org/0000-0001-5109-3700
      PT  - Journal Article
      PT  - Review
      DP  - 2020 Jan 15
      JT  - Journal of Things
      TA  - J Things
      LID - 10.1000/xyz [doi]

      PMID- 23456789
      TI  - Only short names?
      AU  - Lee K
      AU  - Roe RB
      DP  - 1998 Winter
      TA  - Other J
      PMID- 34567890
      BTI - A Book Title.
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.id) == ["12345678", "23456789", "34567890"])
    let first = corpus.publications[0]
    #expect(first.title == "A title that may continue on the next line")
    #expect(first.year == 2020)
    #expect(first.venue == "Journal of Things")
    #expect(first.type == "journal article")
    #expect(first.location == SourceLocation(path: "pubmed-x.txt", line: 2))
    #expect(
      first.authors.map(\.printed) == [
        "Smith, John", "Doe, Jane A", "Some Consortium", "van der Berg, Anna",
      ])
    #expect(first.authors.map(\.kind) == [.person, .person, .group, .person])
    #expect(first.authors[0].name == PersonName(given: "John", family: "Smith"))
    #expect(first.authors[3].name == PersonName(given: "Anna", particle: "van der", family: "Berg"))
    #expect(
      first.authors.map(\.identifiers.orcid) == [
        "0000-0002-1825-0097", nil, nil, "0000-0001-5109-3700",
      ])
    #expect(first.authors.map { $0.location?.line } == [6, 11, 13, 14])
    let second = corpus.publications[1]
    #expect(second.title == "Only short names?")
    #expect(second.year == 1998)
    #expect(second.venue == "Other J")
    #expect(second.authors.map(\.printed) == ["Lee K", "Roe RB"])
    #expect(
      second.authors.map(\.name) == [
        PersonName(given: "K", family: "Lee"), PersonName(given: "RB", family: "Roe"),
      ])
    #expect(corpus.publications[2].title == "A Book Title")
    #expect(corpus.publications[2].authors.isEmpty)
  }

  /// A chapter appeared in its book (BTI); a book is its own title; PubMed's "[Not Available]."
  /// is no title.
  @Test func booksChaptersAndMissingTitles() throws {
    let (corpus, _) = try read(
      """
      PMID- 1
      TI  - A chapter.
      BTI - The Book.
      FAU - Doe, Jane

      PMID- 2
      BTI - Another Book.
      FAU - Doe, Jane

      PMID- 3
      TI  - [Not Available].
      JT  - Journal of Things
      FAU - Doe, Jane
      """)
    #expect(corpus.publications.map(\.title) == ["A chapter", "Another Book", ""])
    #expect(corpus.publications.map(\.venue) == ["The Book.", "", "Journal of Things"])
  }

  /// A title translated into English is printed in brackets; they are not part of it (a
  /// bracket inside a title stays).
  @Test func translatedTitlesLoseTheirBrackets() throws {
    let (corpus, _) = try read(
      """
      PMID- 1
      TI  - [Treatment of asthma in children].
      FAU - Doe, Jane

      PMID- 2
      TI  - [18F]FDG uptake in [tumours].
      FAU - Doe, Jane
      """)
    #expect(corpus.publications.map(\.title) == [
      "Treatment of asthma in children", "[18F]FDG uptake in [tumours]",
    ])
  }

  @Test func byteOrderMarkAndCRLFAreRead() throws {
    let text = "PMID- 1\r\nFAU - Doe, Jane\r\nTI  - One.\r\n\r\nPMID- 2\r\nFAU - Roe, Rick\r\n"
    let (corpus, diagnostics) = try read([0xEF, 0xBB, 0xBF] + Array(text.utf8), label: "a.nbib")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["1", "2"])
    #expect(corpus.publications.map(\.location.line) == [1, 5])
    #expect(corpus.publications[0].title == "One")
  }

  @Test func damageIsReportedAndGoodRecordsKept() throws {
    let (corpus, diagnostics) = try read(
      """
      Search results from PubMed

      PMID- 1
      FAU - Doe, Jane
      AUID- ORCID: 0000-0002-1825-0098
      this line is junk
      DP  - 2020

      OWN - NLM
      TI  - The PMID line of this record was lost.
      FAU - Lost, Pete

      PMID-
      AUID- ORCID: 0000-0002-1825-0097
      FAU - Roe, Rick
      """)
    #expect(corpus.publications.map(\.id) == ["1", "pubmed-x-2"])
    #expect(corpus.publications[0].authors.map(\.identifiers.orcid) == [nil])
    #expect(corpus.publications[1].authors.map(\.printed) == ["Roe, Rick"])
    #expect(
      diagnostics.map(\.code) == [
        "medline.stray-text", "medline.stray-text", "medline.bad-orcid", "medline.missing-pmid",
        "medline.missing-id", "medline.unplaced-orcid",
      ])
    #expect(diagnostics.map { $0.location?.line } == [1, 6, 5, 9, 13, 14])
    #expect(diagnostics.map(\.skippedRecords) == [0, 0, 0, 1, 0, 0])
    #expect(diagnostics[1].message.contains("in the record that starts at line 3"))
    #expect(diagnostics[2].message.contains("check digit does not match: expected 7, found 8"))
    #expect(diagnostics[3].message.contains("expected 'PMID- 12345678' starting a record"))
    #expect(diagnostics[3].message.contains("lines 9-11"))
  }

  @Test func textWithoutRecordsIsReported() throws {
    let (corpus, diagnostics) = try read("hello\n")
    #expect(corpus.publications.isEmpty)
    #expect(diagnostics.map(\.code) == ["medline.stray-text", "medline.no-records"])
  }

  @Test func loaderPicksTheReader() {
    #expect(InputFormat.medline.reader is MEDLINEReader)
    #expect(InputFormat(rawValue: "medline") == .medline)
  }
}
