import CoauthIngest
import CoauthModel
import Testing

@Suite struct DBLPReaderTests {
  private func read(_ text: String) throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try DBLPReader().read(InputSource(label: "t.xml", text: text)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  private static let document = """
    <?xml version="1.0" encoding="ISO-8859-1"?>
    <!DOCTYPE dblp SYSTEM "dblp.dtd">
    <dblp>
    <article mdate="2020-01-01" key="journals/x/Muller20" publtype="informal">
    <author pid="12/345" orcid="0000-0002-1825-0097">J&uuml;rgen M&#252;ller</author>
    <author>Wei Wang 0001</author>
    <author>
      Ana   P&#xE9;rez
    </author>
    <title>On H<sub>2</sub>O and <i>C&amp;C</i> &quot;Things&quot;.</title>
    <year>2020</year>
    <journal>J. Chem.</journal>
    <ee>https://doi.org/10.1/x</ee>
    </article>
    <!-- a comment between records -->
    <inproceedings key="conf/y/Doe21">
    <author>Jane Doe</author>
    <title>Why?</title>
    <booktitle>Proc. Y</booktitle>
    <year>2021</year>
    </inproceedings>
    <www key="homepages/12/345">
    <author>J&uuml;rgen M&uuml;ller</author>
    <author>J. M&uuml;ller</author>
    <title>Home Page</title>
    </www>
    <phdthesis key="phd/Roe19"><author>Rick Roe</author><title>T<sup>2</sup>.</title><year>2019</year><school>U</school></phdthesis>
    </dblp>

    """

  @Test func readsRecordsAndFields() throws {
    let (corpus, diagnostics) = try read(Self.document)
    #expect(corpus.publications.map(\.id) == ["journals/x/Muller20", "conf/y/Doe21", "phd/Roe19"])
    let first = corpus.publications[0]
    #expect(first.title == "On H2O and C&C \"Things\"")
    #expect(first.year == 2020)
    #expect(first.venue == "J. Chem.")
    #expect(first.type == "article")
    #expect(first.location == SourceLocation(path: "t.xml", line: 4))
    #expect(corpus.publications[1].title == "Why?")
    #expect(corpus.publications[1].venue == "Proc. Y")
    #expect(corpus.publications[2].title == "T2")
    #expect(corpus.publications[2].venue == "U")
    #expect(corpus.publications[2].location.line == 27)
    #expect(diagnostics.map(\.code) == ["dblp.person-records"])
    #expect(diagnostics.first?.severity == .note)
    #expect(diagnostics.first?.location?.line == 22)
    // The <www> record's names are kept as variants of one person.
    #expect(corpus.nameVariantGroups.map(\.id) == ["homepages/12/345"])
    #expect(corpus.nameVariantGroups.first?.names.map(\.printed) == ["Jürgen Müller", "J. Müller"])
    #expect(corpus.nameVariantGroups.first?.location.line == 22)
  }

  @Test func readsAuthorsWithIdentifiers() throws {
    let (corpus, _) = try read(Self.document)
    let authors = corpus.publications[0].authors
    #expect(authors.map(\.printed) == ["Jürgen Müller", "Wei Wang", "Ana Pérez"])
    #expect(authors[0].identifiers == AuthorIdentifiers(orcid: "0000-0002-1825-0097", dblpPID: "12/345"))
    #expect(authors[1].identifiers == AuthorIdentifiers(homonymNumber: "0001"))
    #expect(authors[2].identifiers.isEmpty)
    #expect(authors.map { $0.location?.line } == [5, 6, 7])
  }

  @Test func personRecordsAreNotPublications() throws {
    let (corpus, _) = try read(Self.document)
    #expect(!corpus.publications.contains { $0.id.hasPrefix("homepages/") })
    #expect(!corpus.publications.flatMap(\.authors).contains { $0.printed == "J. Müller" })
  }

  @Test func unknownEntityIsReportedAndKept() throws {
    let (corpus, diagnostics) = try read(
      "<dblp>\n<article key=\"a\">\n<author>Jos&eacute; &bogus; &bogus;</author><title>A &#xZZ; B</title>\n</article>\n</dblp>\n")
    #expect(corpus.publications.first?.authors.first?.printed == "José &bogus; &bogus;")
    #expect(corpus.publications.first?.title == "A &#xZZ; B")
    #expect(diagnostics.map(\.code) == ["dblp.unknown-entity", "dblp.unknown-entity"])
    #expect(diagnostics.allSatisfy { $0.location == SourceLocation(path: "t.xml", line: 3) })
    #expect(diagnostics.first?.message.contains("&bogus;") == true)
  }

  @Test func truncatedDocumentKeepsCompleteRecords() throws {
    let (corpus, diagnostics) = try read(
      "<dblp>\n<article key=\"a\"><author>A B</author></article>\n<article key=\"b\">\n<author>C D</au")
    #expect(corpus.publications.map(\.id) == ["a"])
    #expect(diagnostics.map(\.code) == ["dblp.truncated"])
    #expect(diagnostics.first?.location?.line == 4)
    #expect(diagnostics.first?.skippedRecords == 1)
    #expect(diagnostics.first?.message.contains("line 3") == true)
  }

  @Test func missingRootEndIsReported() throws {
    let (corpus, diagnostics) = try read(
      "<dblp>\n<article key=\"a\"><author>A B</author></article>\n")
    #expect(corpus.publications.map(\.id) == ["a"])
    #expect(diagnostics.map(\.code) == ["dblp.truncated"])
    #expect(diagnostics.first?.skippedRecords == 0)
  }

  @Test func rootWithoutRecordsIsReportedAsEmptyNotCut() throws {
    for text in ["<?xml version=\"1.0\"?>\n<dblp/>\n", "<dblp></dblp>", "<dblp  />"] {
      let (corpus, diagnostics) = try read(text)
      #expect(corpus.publications.isEmpty)
      #expect(diagnostics.map(\.code) == ["dblp.no-records"], "\(text)")
    }
  }

  @Test func damagedRecordIsSkipped() throws {
    let (corpus, diagnostics) = try read(
      """
      <dblp>
      <article key="a"><author>A B</author></article>
      <article key="bad"><author>C D</title></article>
      <article key="open"><author>E F</author>
      <article key="c"><author>G H</author></article>
      <article key="attr x><author>I J</author></article>
      <article key="d"><title>x</title></article>
      </dblp>

      """)
    #expect(corpus.publications.map(\.id) == ["a", "c", "d"])
    #expect(diagnostics.map(\.code) == Array(repeating: "dblp.damaged-record", count: 3))
    #expect(diagnostics.map { $0.location?.line } == [3, 5, 6])
    #expect(diagnostics.allSatisfy { $0.skippedRecords == 1 })
  }

  @Test func declaredEntitiesAreExpanded() throws {
    let (corpus, diagnostics) = try read(
      """
      <?xml version="1.0"?>
      <!DOCTYPE dblp [
        <!ENTITY who "Ren&eacute;">
        <!ENTITY full "&who; Descartes">
        <!ELEMENT dblp ANY>
      ]>
      <dblp><book key="b"><author>&full;</author></book></dblp>
      """)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.first?.authors.first?.printed == "René Descartes")
  }

  @Test func entityBombIsRejected() {
    var declarations = "<!ENTITY lol0 \"lol\">\n"
    for level in 1...9 {
      let references = String(repeating: "&lol\(level - 1);", count: 10)
      declarations += "<!ENTITY lol\(level) \"\(references)\">\n"
    }
    let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE dblp [\n\(declarations)]>\n<dblp><article key=\"a\"><title>&lol9;</title></article></dblp>\n"
    #expect {
      _ = try read(text)
    } throws: { error in
      guard case .limitExceeded(let path, let line, let limit) = error as? IngestError else {
        return false
      }
      return path == "t.xml" && line == 8 && limit.contains("entity-expansion bomb")
    }
  }

  @Test func selfReferentialEntityIsRejected() {
    let text = "<!DOCTYPE dblp [\n<!ENTITY a \"x&b;\">\n<!ENTITY b \"&a;\">\n]>\n<dblp/>\n"
    #expect(throws: IngestError.self) { try read(text) }
  }

  @Test func textWithoutXMLThrows() {
    #expect(throws: IngestError.self) { try read("just some words\n") }
  }

  @Test func loaderPicksTheDBLPReader() throws {
    #expect(InputFormat.dblp.reader is DBLPReader)
  }

  /// With `readsDOIs`, a record's DOI is that of its first `<ee>` link to doi.org, however the
  /// address is written; links elsewhere give none. Without it (the default), no DOI is read.
  @Test func readsTheDOIOfTheFirstDOILink() throws {
    let text = """
      <dblp>
      <article key="a"><author>A B</author><title>T.</title>
      <ee>https://aclanthology.org/2020.acl-main.1</ee>
      <ee>https://doi.org/10.18653/V1/2020.ACL-MAIN.1</ee><ee>https://doi.org/10.1/other</ee>
      </article>
      <article key="b"><author>A B</author><ee type="oa">http://dx.doi.org/10.1002/%28SICI%29x</ee></article>
      <article key="c"><author>A B</author><ee>https://arxiv.org/abs/2001.1</ee></article>
      <article key="d"><author>A B</author><ee>https://doi.org/10.1/x?via=ihub</ee></article>
      <article key="e"><author>A B</author><ee>
        https://doi.org/10.1/Spaced </ee></article>
      </dblp>
      """
    var reader = DBLPReader(splitting: .oneThread)
    reader.readsDOIs = true
    let corpus = try reader.read(InputSource(label: "t.xml", text: text)) { _ in }
    #expect(corpus.publications.map(\.id) == ["a", "b", "c", "d", "e"])
    #expect(corpus.doisByPublication == [
      0: "10.18653/v1/2020.acl-main.1", 1: "10.1002/(sici)x", 3: "10.1/x", 4: "10.1/spaced",
    ])
    let withoutDOIs = try DBLPReader().read(InputSource(label: "t.xml", text: text)) { _ in }
    #expect(withoutDOIs.doisByPublication.isEmpty)
  }
}
