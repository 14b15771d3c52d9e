import CoauthIngest
import CoauthModel
import Testing

@Suite struct CSLJSONReaderTests {
  private func read(_ text: String) throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try CSLJSONReader().read(InputSource(label: "t.json", text: text)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  private static let items = """
    [
      {
        "id": "gogh2020",
        "type": "paper-conference",
        "title": "On <i>Sunflowers</i> and \\"Stars\\"",
        "container-title": "Proc. Art",
        "issued": {"date-parts": [[2020, 5, 1]]},
        "author": [
          {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
          {"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"},
          {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
          {"literal": "Microsoft GenAI Team"},
          {"literal": "Mausam"}
        ]
      },
      {"id": 42, "title": "Raw date", "issued": {"raw": "2019-03"}, "author": [{"family": "Doe", "given": "Jane"}]},
      {"id": "lit", "title": "Literal", "issued": {"literal": "Spring 2018"}, "publisher": "P"},
      {"id": "strings", "issued": {"date-parts": [["2017", "1"]]}},
      {"id": "whole-date", "issued": {"date-parts": [["2016-05-01"]]}}
    ]
    """

  @Test func readsItems() throws {
    let (corpus, diagnostics) = try read(Self.items)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["gogh2020", "42", "lit", "strings", "whole-date"])
    #expect(corpus.publications.map(\.year) == [2020, 2019, 2018, 2017, 2016])
    let first = corpus.publications[0]
    #expect(first.title == "On Sunflowers and \"Stars\"")
    #expect(first.venue == "Proc. Art")
    #expect(first.type == "paper-conference")
    #expect(first.location == SourceLocation(path: "t.json", line: 2))
    #expect(corpus.publications[2].venue == "P")
  }

  /// Crossref passes on its publishers' markup: small capitals, MathML and escaped ampersands.
  @Test func titlesLoseThePublishersMarkup() throws {
    let (corpus, diagnostics) = try read(
      #"[{"id": "x", "title": "<scp>Rust</scp> &amp; <em>in vivo</em> "#
        + #"<mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><mml:msub><mml:mi>CO</mml:mi>"#
        + #"<mml:mn>2</mml:mn></mml:msub></mml:math> uptake", "container-title": "A &amp; B"}]"#)
    #expect(diagnostics.isEmpty)
    let publication = try #require(corpus.publications.first)
    #expect(publication.title == "Rust & in vivo CO2 uptake")
    #expect(publication.venue == "A & B")
  }

  /// A literal in Chinese, Japanese or Korean script of a few words is a person, family name
  /// first; other literals of several words stay group authors.
  @Test func literalNamesInCJKScriptArePersons() throws {
    let (corpus, _) = try read(
      #"[{"id": "c", "title": "T", "author": [{"literal": "王 伟"}, {"literal": "山田 太郎"}, {"literal": "Microsoft GenAI Team"}]}]"#)
    let authors = try #require(corpus.publications.first).authors
    #expect(authors.map(\.kind) == [.person, .person, .group])
    #expect(authors[0].name == PersonName(given: "伟", family: "王"))
    #expect(authors[1].name == PersonName(given: "太郎", family: "山田"))
  }

  /// Zotero exports an institution entered as a two-field name with an empty first name as a
  /// family name alone: a group, as the same name is in RIS; a one-word family stays a person.
  @Test func institutionsAsFamilyNamesAreGroups() throws {
    let (corpus, _) = try read(
      #"[{"id": "c", "title": "T", "author": [{"family": "American Bar Association", "given": ""}, {"family": "Van Der Berg"}, {"family": "Mausam", "given": ""}]}]"#
    )
    let authors = try #require(corpus.publications.first).authors
    #expect(authors.map(\.kind) == [.group, .person, .person])
    #expect(authors[0].printed == "American Bar Association")
  }

  @Test func readsNameParts() throws {
    let (corpus, _) = try read(Self.items)
    let authors = corpus.publications[0].authors
    #expect(authors.map(\.printed) == [
      "Vincent van Gogh", "Alexander von Humboldt", "Martin Luther King, Jr.",
      "Microsoft GenAI Team", "Mausam",
    ])
    #expect(authors[0].name == PersonName(given: "Vincent", particle: "van", family: "Gogh"))
    #expect(authors[2].name?.suffix == "Jr.")
    #expect(authors.map(\.kind) == [.person, .person, .person, .group, .person])
    #expect(authors[4].name == PersonName(family: "Mausam"))
    #expect(authors.map { $0.location?.line } == [9, 10, 11, 12, 13])
  }

  @Test func crossrefORCIDsAreIdentifiers() throws {
    let (corpus, diagnostics) = try read(
      """
      [{"id": "a", "author": [
        {"family": "Doe", "given": "Jane", "ORCID": "https://orcid.org/0000-0002-1825-0097",
         "authenticated-orcid": true},
        {"family": "Roe", "given": "Rick", "ORCID": "http://orcid.org/0000-0002-1825-0098"},
        {"family": "Poe", "given": "Ed"}
      ]}]
      """)
    #expect(corpus.publications[0].authors.map(\.identifiers.orcid) == ["0000-0002-1825-0097", nil, nil])
    #expect(diagnostics.map(\.code) == ["csljson.bad-orcid"])
    #expect(diagnostics.first?.message.contains("0000-0002-1825-0098") == true)
    #expect(diagnostics.first?.message.contains("its check digit does not match: expected 7, found 8") == true)
    #expect(diagnostics.first?.location?.line == 4)
  }

  /// "et al." at the end of `given`, `family` or `literal` is no part of the name: it cuts the
  /// list short.
  @Test func etAlAtTheEndOfANamePartCutsTheList() throws {
    let (corpus, diagnostics) = try read(
      """
      [{"id": "g", "author": [{"family": "Chan", "given": "Bo"}, {"family": "Lee", "given": "Ann et al."}]},
       {"id": "f", "author": [{"family": "Chan", "given": "Bo"},
         {"family": "Berg et al.", "given": "Ann", "non-dropping-particle": "van"}]},
       {"id": "l", "author": [{"family": "Chan", "given": "Bo"}, {"literal": "Mausam, et al."}]},
       {"id": "t", "author": [{"literal": "Microsoft GenAI Team ..."}]},
       {"id": "n", "author": [{"family": "Lee", "given": "Ann"}]}]
      """)
    #expect(diagnostics.isEmpty)
    let publications = corpus.publications
    #expect(publications.map(\.isTruncated) == [true, true, true, true, false])
    #expect(publications.map { $0.authors.map(\.printed) } == [
      ["Bo Chan", "Ann Lee"], ["Bo Chan", "Ann van Berg"], ["Bo Chan", "Mausam"],
      ["Microsoft GenAI Team"], ["Ann Lee"],
    ])
    #expect(publications[0].authors[1].name == PersonName(given: "Ann", family: "Lee"))
    #expect(publications[1].authors[1].name == PersonName(given: "Ann", particle: "van", family: "Berg"))
    #expect(publications[2].authors[1].name == PersonName(family: "Mausam"))
    #expect(publications[3].authors.map(\.kind) == [.group])
  }

  @Test func singleObjectIsOneItem() throws {
    let (corpus, _) = try read(#"{"id": "one", "title": "T", "author": [{"family": "Doe", "given": "J."}]}"#)
    #expect(corpus.publications.map(\.id) == ["one"])
  }

  /// What `curl https://api.crossref.org/works/DOI` (one work) and `.../works?query=...` (a
  /// list) print: the work in `message`, titles as arrays, organisations as `name`.
  @Test func readsCrossrefRESTAnswers() throws {
    let (one, oneDiagnostics) = try read(
      """
      {"status":"ok","message-type":"work","message-version":"1.0.0","message":{"publisher":"Springer",
      "DOI":"10.1038/nature14539","type":"journal-article","title":["Deep learning"],
      "container-title":["Nature"],"short-container-title":["Nature"],
      "author":[{"given":"Yann","family":"LeCun","sequence":"first","affiliation":[]},
      {"ORCID":"http://orcid.org/0000-0002-1825-0097","authenticated-orcid":false,"given":"Geoffrey",
      "family":"Hinton","sequence":"additional","affiliation":[{"name":"Google"}]}],
      "issued":{"date-parts":[[2015,5,27]]}}}
      """)
    #expect(oneDiagnostics.isEmpty)
    #expect(one.publications.map(\.id) == ["10.1038/nature14539"])
    #expect(one.publications.map(\.title) == ["Deep learning"])
    #expect(one.publications.map(\.venue) == ["Nature"])
    #expect(one.publications.map(\.year) == [2015])
    #expect(one.publications[0].authors.map(\.printed) == ["Yann LeCun", "Geoffrey Hinton"])
    #expect(one.doisByPublication == [0: "10.1038/nature14539"])
    let (list, listDiagnostics) = try read(
      """
      {"status":"ok","message-type":"work-list","message":{"facets":{},"total-results":2,"items":[
      {"DOI":"10.1000/a1","type":"proceedings-article","title":["First item"],"container-title":["Proc. X"],
      "author":[{"given":"Ann","family":"Lee","sequence":"first"},{"name":"OpenAI Research Team","sequence":"additional"}],
      "issued":{"date-parts":[[2020,7]]}},
      {"DOI":"10.1000/a2","title":[],"container-title":[],"author":[{"given":"Bo","family":"Chan"}],
      "issued":{"date-parts":[[null]]}}],"items-per-page":20}}
      """)
    #expect(listDiagnostics.isEmpty)
    #expect(list.publications.map(\.id) == ["10.1000/a1", "10.1000/a2"])
    #expect(list.publications.map(\.title) == ["First item", ""])
    #expect(list.publications.map(\.venue) == ["Proc. X", ""])
    #expect(list.publications.map(\.year) == [2020, nil])
    #expect(list.publications[0].authors.map(\.printed) == ["Ann Lee", "OpenAI Research Team"])
    #expect(list.publications[0].authors.map(\.kind) == [.person, .group])
  }

  @Test func badRecordIsSkippedAndOthersKept() throws {
    let (corpus, diagnostics) = try read(
      """
      [
        {"id": "good-a", "title": "A"},
        {"title": "no id"},
        {"id": "bad-author", "author": "Doe, Jane"},
        {"id": "bad-title",
         "title": {"text": "x"}},
        "not an item",
        {"id": "good-b", "author": [{"family": "Roe"}, {"given": ""}, 7]}
      ]
      """)
    #expect(corpus.publications.map(\.id) == ["good-a", "good-b"])
    #expect(diagnostics.map(\.code) == [
      "csljson.invalid-record", "csljson.invalid-record", "csljson.invalid-record",
      "csljson.invalid-record", "csljson.empty-name", "csljson.empty-name",
    ])
    #expect(diagnostics.map { $0.location?.line } == [3, 4, 6, 7, 8, 8])
    #expect(diagnostics.prefix(4).allSatisfy { $0.skippedRecords == 1 })
    #expect(diagnostics[2].message.contains("\"title\" of item 'bad-title'"))
  }

  @Test(arguments: [
    ("[\n{\"id\": \"a\",\n\"title\": \"T\"\n", 4, "',' or '}'"),
    ("[\n{\"id\": \"a\" \"title\": \"T\"}]", 2, "',' or '}' after the value of \"id\""),
    ("[{\"id\": 'a'}]", 1, "a JSON value"),
    ("\"just a string\"", 1, "a csl-json array"),
    ("[1, 2] x", 1, "the end of the input"),
  ])
  func invalidJSONThrowsWithLine(_ text: String, _ line: Int, _ expected: String) {
    #expect {
      _ = try read(text)
    } throws: { error in
      guard case .malformed(let path, let errorLine, let message) = error as? IngestError else {
        return false
      }
      return path == "t.json" && errorLine == line && message.contains(expected)
    }
  }

  @Test func deepNestingIsRefused() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: IngestError.self) { try read(text) }
  }

  @Test func loaderPicksTheReader() {
    #expect(InputFormat.cslJSON.reader is CSLJSONReader)
  }
}
