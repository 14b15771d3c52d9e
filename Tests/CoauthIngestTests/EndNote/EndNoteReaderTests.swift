import CoauthModel
import Testing

@testable import CoauthIngest

@Suite struct EndNoteReaderTests {
  /// The records as `InputLoader` hands them on: its `TruncationMarkers` take "et al." out.
  private func read(_ text: String) throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var corpus = try EndNoteReader().read(InputSource(label: "s.enw", text: text)) {
      diagnostics.append($0)
    }
    for index in corpus.publications.indices {
      TruncationMarkers.remove(from: &corpus.publications[index])
    }
    return (corpus, diagnostics)
  }

  /// Google Scholar's export: records of tags, a blank line between them; names "Last, First"
  /// with particles; the journal, else the secondary title; the DOI; a field continued on the
  /// next line; a label as the id.
  @Test func readsGoogleScholarRecords() throws {
    let (corpus, diagnostics) = try read(
      """
      %0 Journal Article
      %T Deep learning for tiny research groups
      %A Lee, Ann
      %A van der Berg, Anna
      %A Stone, Carl, Jr.
      %J Journal of Lab Studies
      %V 12
      %P 45-67
      %D 2019
      %R https://doi.org/10.5555/X.1

      %0 Conference Proceedings
      %T Counting co-authors
      carefully
      %A Müller, Jürgen
      %A et al.
      %B Workshop on Lab Graphs
      %D 2020/05/01
      %F mueller2020
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let publications = corpus.publications
    #expect(publications.map(\.id) == ["s-1", "mueller2020"])
    #expect(publications.map(\.title) == [
      "Deep learning for tiny research groups", "Counting co-authors carefully",
    ])
    #expect(publications.map(\.year) == [2019, 2020])
    #expect(publications.map(\.venue) == ["Journal of Lab Studies", "Workshop on Lab Graphs"])
    #expect(publications.map(\.type) == ["journal article", "conference proceedings"])
    #expect(publications.first?.authors.map(\.name) == [
      PersonName(given: "Ann", family: "Lee"),
      PersonName(given: "Anna", particle: "van der", family: "Berg"),
      PersonName(given: "Carl", family: "Stone", suffix: "Jr."),
    ])
    #expect(publications.map(\.isTruncated) == [false, true])
    #expect(publications.last?.authors.map(\.printed) == ["Müller, Jürgen"])
    #expect(publications.map(\.location.line) == [1, 12])
    #expect(corpus.doisByPublication[0] == "10.5555/x.1")
  }

  /// Refer records without `%0` start at their first field after a blank line; a `%0` right
  /// after another record's fields starts a new one; a file of no records is a warning.
  @Test func recordsWithoutTypeAndWithoutBlankLines() throws {
    let (corpus, _) = try read(
      """
      %A Doe, Jane
      %T First title here

      %T Second title here
      %A Roe, Rick
      %0 Book
      %T Third title here
      %A Doe, Jane
      """)
    #expect(corpus.publications.map(\.title) == [
      "First title here", "Second title here", "Third title here",
    ])
    let (empty, diagnostics) = try read("just a line of text\n")
    #expect(empty.publications.isEmpty)
    #expect(diagnostics.map(\.code) == ["endnote.stray-text", "endnote.no-records"])
  }
}
