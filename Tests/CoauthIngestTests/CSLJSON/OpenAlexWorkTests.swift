import CoauthIngest
import CoauthModel
import Testing

/// Works of the OpenAlex API, read by the CSL-JSON reader.
@Suite struct OpenAlexWorkTests {
  private func read(_ text: String) throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try CSLJSONReader().read(InputSource(label: "w.json", text: text)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  /// One work (`/works/W...`): printed names before display names, ORCID addresses as iDs
  /// (an invalid one left out), a truncated list, the DOI.
  @Test func oneWork() throws {
    let (corpus, diagnostics) = try read(
      """
      {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.5555/X.1",
       "display_name": "A <i>graph</i> of labs", "publication_year": 2019, "type": "article",
       "primary_location": {"source": {"display_name": "Lab Letters"}},
       "authorships": [
         {"author": {"display_name": "Ann Lee", "orcid": "https://orcid.org/0000-0002-1825-0097"},
          "raw_author_name": "A. Lee"},
         {"author": {"display_name": "Bo Kim", "orcid": "https://orcid.org/0000-0002-1825-0098"}},
         {"author": {"display_name": null}, "raw_author_name": ""}
       ],
       "is_authors_truncated": true}
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let work = try #require(corpus.publications.first)
    #expect(work.id == "https://openalex.org/W1")
    #expect(work.title == "A graph of labs")
    #expect(work.year == 2019)
    #expect(work.venue == "Lab Letters")
    #expect(work.type == "article")
    #expect(work.isTruncated)
    #expect(work.authors.map(\.printed) == ["A. Lee", "Bo Kim"])
    #expect(work.authors.map(\.identifiers.orcid) == ["0000-0002-1825-0097", nil])
    #expect(corpus.doisByPublication[0] == "10.5555/x.1")
  }

  /// A work whose `authorships` is not an array is skipped with a warning naming its line;
  /// CSL items beside OpenAlex works are read as before.
  @Test func badWorkIsSkippedAndItemsAreKept() throws {
    let (corpus, diagnostics) = try read(
      """
      [
        {"id": "https://openalex.org/W2", "title": "Broken", "authorships": "Ann Lee"},
        {"id": "csl1", "title": "A CSL item", "author": [{"family": "Lee", "given": "Ann"}]}
      ]
      """)
    #expect(corpus.publications.map(\.id) == ["csl1"])
    #expect(diagnostics.map(\.code) == ["csljson.invalid-record"])
    #expect(diagnostics.first?.location?.line == 2)
    #expect(diagnostics.first?.message.contains("\"authorships\" of work 'https://openalex.org/W2'") == true)
  }
}
