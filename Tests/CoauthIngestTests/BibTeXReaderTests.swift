import CoauthIngest
import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

@Suite struct BibTeXReaderTests {
  private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  private func readFixture() throws -> (Corpus, [Diagnostic]) {
    let url = Self.fixtures.appendingPathComponent("sample.bib")
    let bytes = [UInt8](try Data(contentsOf: url))
    var diagnostics: [Diagnostic] = []
    let corpus = try BibTeXReader().read(InputSource(label: "sample.bib", bytes: bytes)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  /// A DOI is read as written, not typeset: only braces and escaping backslashes go ("--" is
  /// not a dash, "~" not a space).
  @Test(arguments: [
    ("{10.1000/A\\_b}", "10.1000/a_b"),
    ("{10.1000/x--y}", "10.1000/x--y"),
    ("{10.1000/x~y}", "10.1000/x~y"),
    ("{https://doi.org/10.1000/{XYZ}}", "10.1000/xyz"),
  ])
  func readsDOIsAsWritten(field: String, doi: String) throws {
    let text = "@article{k, author = {Doe, Jane}, title = {T}, doi = \(field)}"
    let corpus = try BibTeXReader().read(InputSource(label: "t.bib", bytes: Array(text.utf8))) {
      _ in
    }
    #expect(corpus.doisByPublication == [0: doi])
  }

  @Test func readsPublicationFields() throws {
    let (corpus, diagnostics) = try readFixture()
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["mueller-2020", "paren-entry", "no-author"])
    let first = corpus.publications[0]
    #expect(first.title == "A BiLSTM Study of Österreich—and More")
    #expect(first.year == 2020)
    #expect(first.venue == "Proceedings of the Annual Meeting of the ACL, January")
    #expect(first.type == "inproceedings")
    #expect(first.location == SourceLocation(path: "sample.bib", line: 6))
    let third = corpus.publications[2]
    #expect(third.venue == "Online")
    #expect(third.year == 1999)
    #expect(third.authors.isEmpty)
  }

  @Test func readsAuthorsWithParts() throws {
    let (corpus, _) = try readFixture()
    let authors = corpus.publications[0].authors
    #expect(authors.map(\.printed) == [
      "Müller, Jürgen", "de la Fontaine, Jean", "Fox Tree, Jean E.", "Stabler, Jr., Edward P.",
    ])
    #expect(authors.map { $0.name?.displayForm } == [
      "Jürgen Müller", "Jean de la Fontaine", "Jean E. Fox Tree", "Edward P. Stabler, Jr.",
    ])
    #expect(authors.allSatisfy { $0.location?.line == 7 })
    let second = corpus.publications[1]
    #expect(second.authors.map(\.kind) == [.group, .person, .person])
    #expect(second.authors.map(\.printed) == ["Microsoft GenAI Team", "Mausam", "Ng, Andrew"])
    #expect(second.isTruncated)
    #expect(second.title == "Parenthesised & Quoted")
  }

  /// Zotero's and JabRef's BibLaTeX exports write `date` and `journaltitle` where BibTeX has
  /// `year` and `journal`.
  @Test func readsBibLaTeXDateAndJournalTitle() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: """
          @article{smith_networks_2021,
          	title = {Networks},
          	journaltitle = {Journal of Network Science},
          	shortjournal = {J. Netw. Sci.},
          	author = {Smith, John A.},
          	urldate = {2021-04-01},
          	date = {2021-03},
          }
          @thesis{garcia_2018, title = {Tesis}, institution = {UCM}, author = {García, Ana},
            date = {2018-06-01/2018-06-30}}
          @article{both, title = {T}, author = {Doe, Jo}, journal = {J}, journaltitle = {JT},
            year = {2019}, date = {2020-01-02}}
          """)
    ) { _ in }
    #expect(corpus.publications.map(\.year) == [2021, 2018, 2019])
    #expect(corpus.publications.map(\.venue) == ["Journal of Network Science", "UCM", "J"])
  }

  /// arXiv's own BibTeX names no journal: the preprint's archive is its venue.
  @Test func aPreprintsArchiveIsItsVenue() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: """
          @misc{vaswani2023attention,
                title={Attention Is All You Need},
                author={Ashish Vaswani and Noam Shazeer},
                year={2023},
                eprint={1706.03762},
                archivePrefix={arXiv},
                primaryClass={cs.CL},
                url={https://arxiv.org/abs/1706.03762},
          }
          @online{b, title = {B}, author = {Doe, Jo}, date = {2020}, eprinttype = {arxiv}, eprint = {2001.00001}}
          @article{c, title = {C}, author = {Doe, Jo}, year = {2020}, journal = {CoRR}, archivePrefix = {arXiv}}
          """)
    ) { _ in }
    #expect(corpus.publications.map(\.venue) == ["arXiv", "arxiv", "CoRR"])
  }

  /// INSPIRE-HEP names the collaboration in a field of its own: the group is an author, after
  /// the names, unless they name it already; several are separated by commas.
  @Test func inspireCollaborationIsAGroupAuthor() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: """
          @article{a, author = "Aad, Georges and others", collaboration = "ATLAS", title = "A", year = "2012"}
          @article{b, author = "Doe, Jo and {CMS Collaboration}", collaboration = "CMS Collaboration", title = "B"}
          @article{c, author = "Roe, Rick", collaboration = "ATLAS, CMS", title = "C"}
          """)
    ) { _ in }
    #expect(corpus.publications.map { $0.authors.map(\.printed) } == [
      ["Aad, Georges", "ATLAS Collaboration"], ["Doe, Jo", "CMS Collaboration"],
      ["Roe, Rick", "ATLAS Collaboration", "CMS Collaboration"],
    ])
    #expect(corpus.publications.first?.authors.map(\.kind) == [.person, .group])
    #expect(corpus.publications.first?.isTruncated == true)
  }

  /// NASA ADS writes the journal as an AAS macro, which typesets the journal's abbreviation.
  @Test func adsJournalMacrosAreTheirJournals() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: #"""
          @ARTICLE{2016PhRvL.116f1102A,
                 author = {{Abbott}, B.~P. and {LIGO Scientific Collaboration}},
                  title = "{Observation of Gravitational Waves from a Binary Black Hole Merger}",
                journal = {\prl},
                   year = 2016,
          }
          @article{b, author = {{Doe}, J.}, title = {B}, journal = {\apj}, year = 2020}
          @article{d, author = {{Doe}, J.}, title = {D}, journal = {\unknownmacro}, year = 2020}
          """#)
    ) { _ in }
    #expect(corpus.publications.map(\.venue) == ["Phys. Rev. Lett.", "ApJ", ""])
  }

  /// A web page's `howpublished` is its address, which is no venue.
  @Test func aWebAddressIsNoVenue() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: #"""
          @misc{a, author = {Doe, Jane}, title = {A}, howpublished = {\url{https://example.org/a}},
            year = {2021}}
          @misc{b, author = {Doe, Jane}, title = {B}, howpublished = {https://example.org/b},
            publisher = {GitHub}, year = {2021}}
          @misc{c, author = {Doe, Jane}, title = {C}, howpublished = {Blog post}, year = {2021}}
          """#)
    ) { _ in }
    #expect(corpus.publications.map(\.venue) == ["", "GitHub", "Blog post"])
  }

  /// dblp's BibTeX export keeps the homonym number of its XML after the name.
  @Test func dblpHomonymNumbersAreIdentifiers() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: """
          @inproceedings{DBLP:conf/acl/LiuW21,
            author       = {Yang Liu 0003 and
                            Wei Wang 0001},
            title        = {T},
            booktitle    = {ACL},
            year         = {2021},
            biburl       = {https://dblp.org/rec/conf/acl/LiuW21.bib},
            bibsource    = {dblp computer science bibliography, https://dblp.org}
          }
          """)
    ) { _ in }
    let authors = try #require(corpus.publications.first?.authors)
    #expect(authors.map(\.printed) == ["Yang Liu", "Wei Wang"])
    #expect(authors.map(\.name?.family) == ["Liu", "Wang"])
    #expect(authors.map(\.identifiers.homonymNumber) == ["0003", "0001"])
  }

  /// Zotero writes the rich text of a title (italics for species names) as escaped HTML.
  @Test func zoteroEscapedHTMLInTitlesIsMarkup() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "x.bib",
        text: #"""
          @article{a, author = {Doe, Jane}, year = {2020},
            title = {Genetics of {\textless}i{\textgreater}{Drosophila} melanogaster{\textless}/i{\textgreater} at p {\textless} 0.05}}
          """#)
    ) { _ in }
    #expect(corpus.publications.map(\.title) == ["Genetics of Drosophila melanogaster at p < 0.05"])
  }

  /// The ACM Digital Library writes HTML character references in titles and book titles.
  @Test func acmCharacterReferencesAreDecoded() throws {
    let corpus = try BibTeXReader().read(
      InputSource(
        label: "acm.bib",
        text: #"""
          @inproceedings{10.1145/3544548.3580771,
          author = {Doe, Jane and Roe, Rick},
          title = {Responsible &amp; Inclusive Cards: R\&D for Teams},
          year = {2023},
          booktitle = {Proceedings of the 26th Conference on Knowledge Discovery &amp; Data Mining},
          }
          """#)
    ) { _ in }
    #expect(corpus.publications.map(\.title) == ["Responsible & Inclusive Cards: R&D for Teams"])
    #expect(
      corpus.publications.map(\.venue) == [
        "Proceedings of the 26th Conference on Knowledge Discovery & Data Mining"
      ])
  }

  @Test func nestedAccentsInNamesKeepEveryAccent() throws {
    let corpus = try BibTeXReader().read(
      InputSource(label: "x.bib", text: #"@article{k, author = {Nguy{\~{\^{e}}}n, V{\u{a}}n}, title = {T}}"#)
    ) { _ in }
    let author = try #require(corpus.publications.first?.authors.first)
    #expect(author.name == PersonName(given: "Văn", family: "Nguyễn"))
    #expect(author.printed.unicodeScalars.elementsEqual("Nguyễn, Văn".unicodeScalars))
  }

  @Test func noEntriesIsWarned() throws {
    var codes: [String] = []
    _ = try BibTeXReader().read(InputSource(label: "x.bib", text: "just text\n")) {
      codes.append($0.code)
    }
    #expect(codes == ["bibtex.no-entries"])
  }

  /// An `@` that starts no entry is text between entries: a file of such text (binary junk, a
  /// note with an e-mail address) is said to hold no entry, as one without any `@` is.
  @Test func strayAtSignsWithoutEntriesAreWarned() throws {
    for text in ["write to me @ home\n", "\u{01}@\u{02}@@ \u{7F}\n", "@string{acl = \"ACL\"}\n"] {
      var codes: [String] = []
      let corpus = try BibTeXReader().read(InputSource(label: "x.bib", text: text)) {
        codes.append($0.code)
      }
      #expect(corpus.publications.isEmpty)
      #expect(codes == ["bibtex.no-entries"], "\(text.debugDescription)")
    }
  }

  // MARK: - ACL Anthology 2020-2022

  @Test(.enabled(if: RepoPaths.aclDataset != nil, "needs ../shared/datasets/acl-2020-2022"))
  func aclAnthologyMatchesTruth() throws {
    let dataset = try #require(RepoPaths.aclDataset)
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([dataset.appendingPathComponent("acl.bib.gz").path]) {
      diagnostics.append($0)
    }
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.count == 15_342)
    #expect(corpus.mentionCount == 62_228)
    #expect(corpus.publications.filter(\.authors.isEmpty).count == 1)

    let truth = try Self.truthNames(dataset.appendingPathComponent("truth.csv.gz").path)
    var compared = 0
    var mismatches: [String] = []
    for publication in corpus.publications {
      for (offset, author) in publication.authors.enumerated() {
        compared += 1
        let expected = truth["\(publication.id)\t\(offset + 1)"]
        let display = author.name?.displayForm
        // The truth prints suffixes without a comma ("Stabler Jr."); displayForm uses one.
        let suffixless = author.name.map { name in
          [name.given, name.particle, name.family, name.suffix].filter { !$0.isEmpty }
            .joined(separator: " ")
        }
        if display != expected && suffixless != expected {
          mismatches.append("\(publication.id) \(offset + 1): \(display ?? "-") vs \(expected ?? "-")")
        }
      }
    }
    #expect(compared == truth.count)
    // The truth prints one person's apostrophe both as ’ and as ' (Prud’hommeaux); the BibTeX
    // has ' for both, which TeX typesets as ’. That single mention cannot match; any other
    // difference is a reader bug.
    let apostropheOnly = mismatches.filter { $0.contains("’") && $0.contains("'") }
    #expect(mismatches.count <= 1, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    #expect(apostropheOnly.count == mismatches.count, "\(mismatches)")
  }

  /// `pub_id<TAB>position` to raw_name from truth.csv.gz (names hold no commas or quotes
  /// that need CSV unquoting beyond the simple case handled here).
  private static func truthNames(_ path: String) throws -> [String: String] {
    let source = try InputLoader().decodedSource(at: path) { _ in }
    let text = String(decoding: source.bytes, as: UTF8.self)
    var names: [String: String] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let fields = csvFields(line)
      guard fields.count >= 3 else { continue }
      names["\(fields[0])\t\(fields[1])"] = fields[2]
    }
    return names
  }

  private static func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      if quoted {
        if character == "\"" { quoted = false } else { current.append(character) }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
