import CoauthIngest
import CoauthModel
import Testing

@Suite struct MEDLINEAuthorsTests {
  /// An `AUID` line after an investigator (`FIR`, `IR`) is the investigator's iD: investigators
  /// are not authors, and the iD is not the last author's.
  @Test func anInvestigatorsORCIDIsNoAuthors() throws {
    var diagnostics: [Diagnostic] = []
    let corpus = try MEDLINEReader().read(
      InputSource(
        label: "a.nbib",
        bytes: Array(
          """
          PMID- 1
          FAU - Smith, John
          AU  - Smith J
          FAU - Doe, Jane
          AU  - Doe J
          PT  - Journal Article
          FIR - Roe, Rick
          IR  - Roe R
          AUID- ORCID: 0000-0002-1825-0097
          IRAD- Somewhere.
          FAU - Late, Lee
          AU  - Late L
          AUID- ORCID: 0000-0001-5109-3700
          """.utf8))
    ) { diagnostics.append($0) }
    let authors = corpus.publications[0].authors
    #expect(authors.map(\.printed) == ["Smith, John", "Doe, Jane", "Late, Lee"])
    #expect(authors.map(\.identifiers.orcid) == [nil, nil, "0000-0001-5109-3700"])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
  }
}
