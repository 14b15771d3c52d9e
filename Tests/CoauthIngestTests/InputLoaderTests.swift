import CoauthIngest
import CoauthModel
import Foundation
import Testing

@Suite struct InputLoaderTests {
  /// A fresh temporary folder with the given files (relative path to content).
  private func folder(_ files: [String: [UInt8]]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-ingest-\(UUID().uuidString)")
    for (path, bytes) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return root
  }

  /// A saved homepage (`home.html` with `page`'s bytes) loaded from a folder of its own, with
  /// what the load reported.
  private func loadSavedPage(_ page: [UInt8]) throws -> (Corpus, [Diagnostic]) {
    let root = try folder(["home.html": page])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    return (corpus, diagnostics)
  }

  private func entry(_ key: String) -> [UInt8] {
    Array("@misc{\(key), author = {Doe, Jane}, title = {T}}\n".utf8)
  }

  @Test func expandsFoldersRecursivelyInSortedOrder() throws {
    let root = try folder([
      "b.bib": entry("b"), "a/z.bib": entry("z"), "a/c.md": Array("# x\n".utf8),
      "notes.pdf": [0x25], ".hidden/h.bib": entry("h"), "A.bib": entry("upper"),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let files = try InputLoader().expand([root.path])
    let names = files.map { String($0.dropFirst(root.path.count + 1)) }
    #expect(names == ["A.bib", "a/c.md", "a/z.bib", "b.bib"])
  }

  @Test func duplicateIDsAcrossFilesKeepTheFirst() throws {
    let root = try folder(["1.bib": entry("same") + entry("one"), "2.bib": entry("same")])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["same", "one"])
    #expect(corpus.publications.first?.location.path.hasSuffix("1.bib") == true)
    let duplicate = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(duplicate.code == "ingest.duplicate-id")
    #expect(duplicate.location?.path.hasSuffix("2.bib") == true)
    #expect(duplicate.location?.line == 1)
    #expect(duplicate.message.contains("'same'"))
  }

  @Test func filesOfOneNameInSeveralFoldersKeepEveryRecordWithoutAnID() throws {
    // Records without ids get `<file stem>-<n>`: files named alike must not make the same ids
    // (which would drop every later record as a duplicate), nor meet a file already named so.
    let ris = { (author: String) in Array("TY  - JOUR\nAU  - \(author)\nTI  - T\nER  - \n".utf8) }
    let root = try folder([
      "a/refs.ris": ris("Doe, Jane"), "b/refs.ris": ris("Poe, Edgar"),
      "c/refs.csv": Array("title,authors\nT,Ann Lee\n".utf8),
      "d/refs.xml": Array(
        "<dblp><article><author>Bo Li</author><title>T.</title></article></dblp>".utf8),
      "refs-2.ris": ris("Roe, Rick"),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(
      corpus.publications.map(\.id) == ["refs-1", "refs-3-1", "refs-4-1", "refs-5-1", "refs-2-1"])
    #expect(!diagnostics.contains { $0.code == "ingest.duplicate-id" })
    // A file read alone keeps its own stem.
    let alone = try InputLoader().load([root.appendingPathComponent("b/refs.ris").path]) { _ in }
    #expect(alone.publications.map(\.id) == ["refs-1"])
  }

  @Test func aWebOfScienceExportSavedAsTextIsReadAsATable() throws {
    let root = try folder([
      "savedrecs.txt": Array("PT\tAU\tAF\tTI\tPY\tUT\nJ\tDoe, J\tDoe, Jane\tT\t2020\tWOS:1\n".utf8)
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = try InputLoader().load([root.path]) { _ in }
    #expect(corpus.publications.map(\.id) == ["WOS:1"])
    #expect(corpus.publications.first?.authors.map(\.printed) == ["Doe, Jane"])
  }

  @Test func etAlAndOthersAreNoAuthorsInAnyFormat() throws {
    let root = try folder([
      "a.csv": Array(
        "title,authors,year\nT1,\"Ann Lee; Bo Chan; et al.\",2020\nT2,\"A Lee, B Chan, ...\",2020\n"
          .utf8),
      "b.ris": Array("TY  - JOUR\nAU  - Lee, Ann\nAU  - et al.\nTI  - T3\nER  - \n".utf8),
      "c.json": Array(
        #"[{"id": "t4", "author": [{"family": "Lee", "given": "Ann"}, {"literal": "others"}]}]"#
          .utf8),
      "d.bib": Array(
        "@article{t5, author={Ann Lee and et al.}, title={T5}}\n@article{t6, author={Ann Lee et al.}, title={T6}}\n"
          .utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = try InputLoader().load([root.path]) { _ in }
    #expect(corpus.publications.count == 6)
    for publication in corpus.publications {
      #expect(publication.isTruncated, "\(publication.title)")
      #expect(
        !publication.authors.contains {
          $0.printed.lowercased().contains("et al") || $0.printed.contains("...")
            || $0.printed.lowercased() == "others"
        }, "\(publication.title)")
    }
    #expect(corpus.publications.map(\.authors.count) == [2, 2, 1, 1, 1, 1])
    #expect(corpus.publications.last?.authors.first?.printed == "Ann Lee")
    #expect(corpus.publications.last?.authors.first?.name == nil)
  }

  /// "Lee, Ann et al." in one field, or "et al." at the end of a CSL-JSON name part.
  @Test func etAlAtTheEndOfOneNameIsNoPartOfItInAnyFormat() throws {
    let root = try folder([
      "a.csv": Array("title,authors\nT1,\"Chan, Bo; Lee, Ann et al.\"\n".utf8),
      "b.ris": Array("TY  - JOUR\nAU  - Chan, Bo\nAU  - Lee, Ann et al.\nTI  - T2\nER  - \n".utf8),
      "c.json": Array(
        #"[{"id": "t3", "title": "T3", "author": [{"family": "Chan", "given": "Bo"}, {"family": "Lee", "given": "Ann et al."}]},"#
          .utf8)
        + Array(
          #"{"id": "t4", "title": "T4", "author": [{"family": "Chan", "given": "Bo"}, {"family": "Lee et al.", "given": "Ann"}]}]"#
            .utf8),
      "d.bib": Array("@article{t5, author={Chan, Bo and Lee, Ann et al.}, title={T5}}\n".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.title) == ["T1", "T2", "T3", "T4", "T5"])
    #expect(corpus.publications.map(\.isTruncated) == Array(repeating: true, count: 5))
    #expect(
      corpus.publications.map { $0.authors.map(\.printed) } == [
        ["Chan, Bo", "Lee, Ann"], ["Chan, Bo", "Lee, Ann"], ["Bo Chan", "Ann Lee"],
        ["Bo Chan", "Ann Lee"], ["Chan, Bo", "Lee, Ann"],
      ])
    // CSL-JSON keeps its name parts; the others are parsed anew by the name stage.
    #expect(corpus.publications[2].authors[1].name == PersonName(given: "Ann", family: "Lee"))
    #expect(corpus.publications[3].authors[1].name == PersonName(given: "Ann", family: "Lee"))
  }

  /// One paper exported by several databases (different ids, one DOI and title) is one
  /// publication, the first record kept; records that share a DOI but not a title (a volume's
  /// DOI on each of its papers) are kept apart.
  @Test func oneDOIAndTitleInSeveralExportsIsOnePublication() throws {
    let root = try folder([
      "a.bib": Array(
        "@article{k1, author={Lee, Ann}, title={Learning {Things}}, doi={10.1000/ABC}}\n".utf8),
      "b.ciw": Array(
        "PT J\nAF Lee, Ann\nTI LEARNING THINGS\nDI 10.1000/abc\nUT WOS:1\nER\n".utf8),
      "c.nbib": Array(
        "PMID- 77\nTI  - Learning things.\nFAU - Lee, Ann\nLID - 10.1000/abc [doi]\n".utf8),
      "d.ris": Array(
        "TY  - JOUR\nAU  - Lee, Ann\nTI  - Learning things\nDO  - https://doi.org/10.1000/abc\nID  - r1\nER  - \n"
          .utf8),
      "e.csv": Array(
        "title,authors,doi,eid\nLearning things,\"Lee, Ann\",doi:10.1000/abc,2-s2.0-1\n".utf8),
      "f.json": Array(
        #"[{"id": "j1", "title": "Learning Things", "DOI": "10.1000/abc", "author": [{"family": "Lee", "given": "Ann"}]}]"#
          .utf8),
      "g.bib": Array(
        "@inproceedings{v1, author={Roe, Rick}, title={Paper One}, doi={10.1000/vol}}\n@inproceedings{v2, author={Doe, Jane}, title={Paper Two}, doi={10.1000/vol}}\n"
          .utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["k1", "v1", "v2"])
    #expect(corpus.doisByPublication == [0: "10.1000/abc", 1: "10.1000/vol", 2: "10.1000/vol"])
    #expect(diagnostics.map(\.code) == Array(repeating: "ingest.duplicate-doi", count: 5))
    #expect(diagnostics.allSatisfy { $0.skippedRecords == 1 })
    // The repeats are in other files than the records they repeat: what a run expects.
    #expect(diagnostics.allSatisfy { $0.severity == .note })
    #expect(diagnostics.first?.message.contains("'k1'") == true)
    #expect(diagnostics.first?.location?.path.hasSuffix("b.ciw") == true)
  }

  /// A title without its subtitle (as Crossref may give it) is the paper's title when it is
  /// long enough; a short title that merely starts another paper's of the volume is not.
  @Test func aTitleWithoutItsSubtitleIsTheSamePaper() throws {
    let root = try folder([
      "a.nbib": Array(
        ("PMID- 1\nTI  - Learning to count things carefully: a study of counting.\nFAU - Lee, Ann\n"
          + "LID - 10.1000/abc [doi]\n\nPMID- 2\nTI  - Counting sheep at night.\nFAU - Roe, Rick\n"
          + "LID - 10.1000/vol [doi]\n").utf8),
      "b.json": Array(
        (#"[{"id": "j1", "title": "Learning to Count Things Carefully", "DOI": "10.1000/abc", "#
          + #""author": [{"family": "Lee", "given": "Ann"}]}, {"id": "j2", "title": "Counting", "#
          + #""DOI": "10.1000/vol", "author": [{"family": "Doe", "given": "Jane"}]}]"#).utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["1", "2", "j2"])
    #expect(diagnostics.map(\.code) == ["ingest.duplicate-doi"])
  }

  /// Each paper of a volume whose papers share the volume's DOI is recognised when another
  /// export repeats it, not only the first; the repeat is reported after the file's own
  /// warnings.
  @Test func eachPaperOfAVolumeDOIIsKeptOnce() throws {
    let volume = { (keys: [String]) in
      keys.map {
        "@inproceedings{\($0), author={Roe, Rick}, title={Paper \($0.suffix(1))}, doi={10.1000/vol}}\n"
      }
      .joined()
    }
    let root = try folder([
      "a.bib": Array(volume(["a1", "a2"]).utf8),
      "b.bib": Array(
        (volume(["b2", "b3"]) + "@article{b4, author={Lee, Ann and and Roe, Rick}, title={Other}}\n")
          .utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["a1", "a2", "b3", "b4"])
    #expect(corpus.doisByPublication == [0: "10.1000/vol", 1: "10.1000/vol", 2: "10.1000/vol"])
    #expect(diagnostics.map(\.code) == ["bibtex.empty-name", "ingest.duplicate-doi"])
    #expect(diagnostics.last?.message.contains("'b2'") == true)
    #expect(diagnostics.last?.message.contains("'a2'") == true)
  }

  /// A kept record without a title stands for one paper of a volume DOI, the first repeat with
  /// a title; the volume's other papers are kept. The warning does not claim a title agreed.
  @Test func anUntitledRecordRepeatsOnePaperOfAVolumeDOI() throws {
    let record = { (title: String, author: String) in
      "TY  - CONF\nAU  - \(author)\n\(title.isEmpty ? "" : "TI  - \(title)\n")DO  - 10.1000/vol\nER  - \n"
    }
    let root = try folder([
      "v.ris": Array(
        (record("", "Lee, Ann") + record("Paper one", "Lee, Ann") + record("Paper two", "Kim, Bo")
          + record("Paper one", "Lee, Ann")).utf8)
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["v-1", "v-3"])
    #expect(diagnostics.map(\.code) == ["ingest.duplicate-doi", "ingest.duplicate-doi"])
    #expect(diagnostics.first?.message.contains("untitled") == true)
    // Within one file, a repeated record is worth a warning.
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    #expect(diagnostics.first?.message.contains("the title of") == false)
    #expect(diagnostics.last?.message.contains("'v-4'") == true)
  }

  /// Two files that use one key for different papers (two people's `smith2020`) keep both: the
  /// later one under `<key>@<file stem>`, with a warning. One key for one paper in two files
  /// keeps the first only, as before.
  @Test func oneKeyForDifferentPapersInTwoFilesKeepsBoth() throws {
    let root = try folder([
      "a.bib": Array(
        ("@article{smith2020, author={Smith, Ann}, title={Graphs of Small Labs}, year={2020}}\n"
          + "@article{same, author={Smith, Ann}, title={Counting Things}, year={2020}}\n").utf8),
      "b.bib": Array(
        ("@article{smith2020, author={Smith, Bo}, title={Proteins in Mice}, year={2020}}\n"
          + "@article{same, author={Smith, Ann}, title={Counting things.}, year={2020}}\n"
          + "@article{same, author={Roe, Rick}, title={Third Paper}, year={2021}}\n").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    // b's second "same" is a's paper (dropped); its third is another paper (kept).
    #expect(corpus.publications.map(\.id) == ["smith2020", "same", "smith2020@b", "same@b"])
    #expect(corpus.publications.map(\.title).suffix(2) == ["Proteins in Mice", "Third Paper"])
    #expect(diagnostics.map(\.code) == Array(repeating: "ingest.duplicate-id", count: 3))
    #expect(diagnostics.first?.message.contains("keeping this one as 'smith2020@b'") == true)
    #expect(diagnostics.map(\.skippedRecords) == [0, 1, 0])
  }

  /// PubMed's export of one paper in MEDLINE and in RIS has one id (the PMID) in two files:
  /// what a run combining exports expects, a note, as for a repeated DOI. Within one file, or
  /// with another title, a repeated id stays a warning.
  @Test func onePaperWithOneIDInTwoExportsIsANote() throws {
    let root = try folder([
      "a.nbib": Array(
        ("PMID- 31900000\nDP  - 2020 Jan 15\nTI  - Graphs of co-authorship in medicine.\n"
          + "FAU - Smith, John A\nAU  - Smith JA\nJT  - Nature\n\n"
          + "PMID- 31900001\nDP  - 2020\nTI  - Another paper.\nAU  - Doe J\n").utf8),
      "b.ris": Array(
        ("TY  - JOUR\nAU  - Smith, John A\nT1  - Graphs of co-authorship in medicine.\n"
          + "Y1  - 2020/01/15\nID  - 31900000\nER  - \n\n"
          + "TY  - JOUR\nAU  - Doe, J.\nT1  - A third paper\nID  - 31900001\nER  - \n"
          + "TY  - JOUR\nAU  - Doe, J.\nT1  - A third paper\nID  - 31900001\nER  - \n").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["31900000", "31900001"])
    #expect(diagnostics.map(\.code) == Array(repeating: "ingest.duplicate-id", count: 3))
    #expect(diagnostics.map(\.severity) == [.note, .warning, .warning])
    #expect(diagnostics.map(\.skippedRecords) == [1, 1, 1])
  }

  /// A file given twice repeats ids: the id check names it (`ingest.duplicate-id`), not the DOI.
  @Test func aRecordWithTheKeptIDAndDOIIsADuplicateID() throws {
    let entry = Array("@article{k1, author={Lee, Ann}, title={T}, doi={10.1000/abc}}\n".utf8)
    let root = try folder(["a.bib": entry])
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("a.bib").path
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([path, path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["k1"])
    #expect(diagnostics.map(\.code) == ["ingest.duplicate-id"])
  }

  /// DOIs stay with their publications when files without any (DBLP XML) come between.
  @Test func doisAreIndexedByTheFinalPublications() throws {
    let root = try folder([
      "a.xml": Array(
        "<dblp><article key=\"x1\"><author>Bo Li</author><title>T.</title></article></dblp>".utf8),
      "b.ris": Array(
        "TY  - JOUR\nAU  - Lee, Ann\nTI  - U\nID  - r1\nER  - \nTY  - JOUR\nAU  - Lee, Ann\nTI  - V\nDO  - 10.1000/V\nID  - r2\nER  - \n"
          .utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = try InputLoader().load([root.path]) { _ in }
    #expect(corpus.publications.map(\.id) == ["x1", "r1", "r2"])
    #expect(corpus.doisByPublication == [2: "10.1000/v"])
    let alone = try InputLoader().load(root.appendingPathComponent("b.ris").path) { _ in }
    #expect(alone.doisByPublication == [1: "10.1000/v"])
  }

  /// A dblp record and another database's record of one paper are one publication: DBLP
  /// records give the DOI of their doi.org `<ee>` link when the run reads other files too. A
  /// dblp file read alone gives no DOIs.
  @Test func aDBLPRecordAndAnotherExportOfOnePaperAreOnePublication() throws {
    let root = try folder([
      "a.xml": Array(
        ("<dblp><inproceedings key=\"conf/x/Lee20\"><author>Ann Lee</author>"
          + "<title>Learning <i>Things</i>.</title><year>2020</year>"
          + "<ee>https://x.org/1</ee><ee>https://doi.org/10.1000/ABC</ee></inproceedings>"
          + "<article key=\"y\"><author>Bo Kim</author><title>Other.</title></article></dblp>").utf8
      ),
      "b.bib": Array(
        ("@inproceedings{k1, author={Lee, Ann}, title={Learning things}, doi={10.1000/abc}}\n"
          + "@article{k2, author={Kim, Bo}, title={Third}, doi={10.1000/third}}\n").utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["conf/x/Lee20", "y", "k2"])
    #expect(corpus.doisByPublication == [0: "10.1000/abc", 2: "10.1000/third"])
    #expect(diagnostics.map(\.code) == ["ingest.duplicate-doi"])
    #expect(diagnostics.first?.severity == .note)
    #expect(diagnostics.first?.message.contains("'conf/x/Lee20'") == true)
    let alone = try InputLoader().load([root.appendingPathComponent("a.xml").path]) { _ in }
    #expect(alone.publications.count == 2)
    #expect(alone.doisByPublication.isEmpty)
  }

  /// A paper in a homepage list and in a BibTeX export (no DOI in either) is one publication
  /// when title, year and authors agree, however each prints them; papers that differ in any
  /// of these, have short titles, two different DOIs, or repeat within one file are all kept.
  @Test func onePaperInTwoFilesWithoutADOIIsOnePublication() throws {
    let bib = [
      "@inproceedings{k1, author={Lee, Ann and M{\\\"u}ller, J{\\\"u}rgen}, title={Learning to Count: A Study}, year={2020}}",
      "@article{k2, author={Lee, Ann and Kim, Bo}, title={Graphs of Small Labs}, year={2019}}",
      "@article{k3, author={Lee, Ann and Kim, Bo}, title={Teams of Four}, year={2020}}",
      "@article{k4, author={Lee, Ann and Kim, Bo and Roe, Rick}, title={Sparse Graphs Everywhere}, year={2021}}",
      "@article{k5, author={Lee, Ann and Kim, Bo}, title={Same Title Other Paper}, year={2022}, doi={10.1/a}}",
      "@article{k6, author={Lee, Ann and Kim, Bo}, title={Graphs of Small Labs}, year={2019}}",
    ].joined(separator: "\n")
    let list = [
      "## Publications", "",
      "- A. Lee, Jurgen Mueller, \"*Learning to count - a study*\", *Conf*, 2020.", "",
      "- Ann Lee, Bo Kim, \"*Graphs of Small Labs*\", *Conf*, 2018.", "",
      "- Ann Lee, Bo Kim, \"*Teams of Four*\", *Conf*, 2020.", "",
      "- Ann Lee et al., \"*Sparse Graphs Everywhere*\", *Conf*, 2021.", "",
      "- Ann Lee, Cy Park, \"*Learning to Count: A Study*\", *Conf*, 2020.", "",
    ].joined(separator: "\n")
    let root = try folder([
      "a.bib": Array(bib.utf8), "b.md": Array(list.utf8),
      "c.json": Array(
        #"[{"id": "j5", "title": "Same title, other paper", "issued": {"date-parts": [[2022]]}, "DOI": "10.1/b", "author": [{"family": "Lee", "given": "Ann"}, {"family": "Kim", "given": "Bo"}]}]"#
          .utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    let titleRepeats = diagnostics.filter { $0.code == "ingest.duplicate-title" }
    // b-1 is k1 ("A. Lee" is "Lee, Ann", "Jurgen Mueller" shares "Jurgen" with "Jürgen
    // Müller"), b-4 is k4 (a list cut short); b-2 has another year, b-3 a short title, b-5
    // another second author, j5 another DOI than k5, and k6 repeats k2 within its file.
    #expect(titleRepeats.map { $0.location?.line } == [3, 9], "\(diagnostics)")
    #expect(titleRepeats.allSatisfy { $0.severity == .note && $0.skippedRecords == 1 })
    #expect(titleRepeats.first?.message.contains("'k1'") == true)
    #expect(titleRepeats.last?.message.contains("'k4'") == true)
    #expect(
      corpus.publications.map(\.id) == [
        "k1", "k2", "k3", "k4", "k5", "k6", "b-2", "b-3", "b-5", "j5",
      ])
    // Read alone, neither file loses a record.
    let alone = try InputLoader().load([root.appendingPathComponent("b.md").path]) { _ in }
    #expect(alone.publications.count == 5)
  }

  @Test func anEmptyFileIsAWarningInEveryFormat() throws {
    let names = [
      "a.bib", "b.md", "c.txt", "d.xml", "e.json", "f.ris", "g.csv", "h.tsv", "j.ciw", "k.nbib",
    ]
    var files = Dictionary(uniqueKeysWithValues: names.map { ($0, Array("  \n\t\n".utf8)) })
    files["i.xml"] = [0xEF, 0xBB, 0xBF, 0x0A]
    files["z.bib"] = entry("kept")
    let root = try folder(files)
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["kept"])
    #expect(
      diagnostics.map(\.code) == Array(repeating: "ingest.empty-file", count: names.count + 1))
    #expect(diagnostics.map { $0.location?.line } == Array(repeating: 1, count: names.count + 1))
  }

  /// A folder with no file to read (empty, or only unknown extensions and hidden entries) is a
  /// warning naming it, as an empty file is.
  @Test(arguments: [
    [:], ["notes.pdf": [0x25], ".hidden/a.bib": Array("@misc{k, title={T}}".utf8)],
  ])
  func aFolderWithoutFilesToReadIsAWarningNamingIt(_ files: [String: [UInt8]]) throws {
    let root = try folder(files)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.isEmpty)
    let warning = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(warning.code == "ingest.empty-folder")
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("'\(root.path)'"))
    #expect(warning.message.contains(".bib"))
  }

  /// A homepage saved in Windows-1252 (its `<meta>` says so) reads its names as the page shows
  /// them, with nothing reported; the same page larger than a mapped file's threshold too.
  @Test(arguments: [0, 1 << 20])
  func aSavedPageInWindows1252IsReadAsItsMetaSays(padding: Int) throws {
    let page =
      Array(
        #"<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#
          .utf8)
      + Array("<!--".utf8) + Array(repeating: UInt8(ascii: " "), count: padding) + Array("-->".utf8)
      + Array("</head><body><h2>Publications</h2><ul>\r\n<li><b>Jos".utf8) + [0xE9]
      + Array(" M".utf8) + [0xFC] + Array("ller</b>, Ann Lee. ".utf8) + [0x93]
      + Array("Lab graphs in the wild".utf8) + [0x94]
      + Array(". Journal of Lab Studies, 2021.</li>\r\n</ul></body></html>\r\n".utf8)
    let (corpus, diagnostics) = try loadSavedPage(page)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.title) == ["Lab graphs in the wild"])
    #expect(corpus.publications.first?.authors.map(\.printed) == ["José Müller", "Ann Lee"])
  }

  /// A Czech and Polish homepage saved in Windows-1250 (its `<meta>` says so) reads its names
  /// with their háčeks, ogoneks and strokes, with nothing reported; mapped when large too.
  @Test(arguments: [0, 1 << 20])
  func aSavedPageInWindows1250IsReadAsItsMetaSays(padding: Int) throws {
    let page =
      Array(#"<!DOCTYPE html><html><head><meta charset="windows-1250">"#.utf8)
      + Array("<!--".utf8) + Array(repeating: UInt8(ascii: " "), count: padding) + Array("-->".utf8)
      + Array("</head><body><h2>Publications</h2><ul>\r\n<li><b>Anton".utf8) + [0xED]
      + Array("n Dvo".utf8) + [0xF8, 0xE1] + Array("k</b>, Pawe".utf8) + [0xB3, 0x20, 0x8C]
      + Array("wi".utf8) + [0xB9] + Array("tek, ".utf8) + [0x8A] + Array("t".utf8) + [0xEC]
      + Array("p".utf8) + [0xE1] + Array("n ".utf8) + [0x8E] + Array("i".utf8) + [0x9E]
      + Array("ka. ".utf8) + [0x93] + Array("Co-authorship in Central Europe".utf8) + [0x94]
      + Array(". Journal of Lab Studies, 2021.</li>\r\n</ul></body></html>\r\n".utf8)
    let (corpus, diagnostics) = try loadSavedPage(page)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.title) == ["Co-authorship in Central Europe"])
    #expect(
      corpus.publications.first?.authors.map(\.printed) == [
        "Antonín Dvořák", "Paweł Świątek", "Štěpán Žižka",
      ])
  }

  @Test func readsGzipAndSniffsUnknownExtensions() throws {
    let gzip = try #require(
      Data(base64Encoded: "H4sIAAAAAAAAA3NILCrJTM5Jra7QUShJLS6pBQAO3TvUEQAAAA=="))
    let root = try folder(["refs.bib.gz": [UInt8](gzip), "refs.bibliography": entry("sniffed")])
    defer { try? FileManager.default.removeItem(at: root) }
    let unzipped = try InputLoader().decodedSource(
      at: root.appendingPathComponent("refs.bib.gz").path
    ) { _ in }
    #expect(String(decoding: unzipped.bytes, as: UTF8.self) == "@article{x, test}")
    let corpus = try InputLoader().load([root.appendingPathComponent("refs.bibliography").path]) {
      _ in
    }
    #expect(corpus.publications.map(\.id) == ["sniffed"])
  }

  /// DBLP XML in two gzip members is streamed through the reader: records and name variants.
  @Test func streamsGzipDBLPAcrossMembers() throws {
    let gzip = try #require(
      Data(
        base64Encoded:
          "H4sIAKBuD2sC/7NJScopsOOySSwqyUzOSVXITq20VUpUsrNJLC3JyC+yc8zLU/BJTbXRh/JtSjJLclLt/PNS9Wz0IWybytTEIjsjAyMDG30wE6gYYpodFwCtY86TXwAAAB+LCACgbg9rAv+zKS8vV8hOrbRVysjPTS1ITE8t1jdUsrNJLC3JyC+yc8zLU/BJTbXRh/Lh4nqowvpAY+y4bPRTknIK7LgAPRWll1UAAAA="
      ))
    let root = try folder(["lab.xml.gz": [UInt8](gzip)])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([root.path]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.id) == ["a"])
    #expect(corpus.publications.first?.authors.map(\.printed) == ["Ann Lee"])
    #expect(corpus.nameVariantGroups.map(\.names.count) == [2])
    #expect(diagnostics.map(\.code) == ["dblp.person-records"])
  }

  @Test func missingFileIsUnreadable() {
    #expect(
      throws: IngestError.unreadable(path: "/nonexistent/x.bib", reason: "no such file or folder")
    ) {
      try InputLoader().load(["/nonexistent/x.bib"]) { _ in }
    }
  }

  @Test func unknownFormatThrows() throws {
    let root = try folder(["notes": Array("plain words here\n".utf8)])
    defer { try? FileManager.default.removeItem(at: root) }
    let notes = root.appendingPathComponent("notes").path
    #expect(throws: IngestError.unknownFormat(path: notes)) {
      try InputLoader().load([notes]) { _ in }
    }
  }

  @Test func everyFormatIsReadFromItsExtension() throws {
    let files: [String: [UInt8]] = [
      "a.ris": Array("TY  - JOUR\nID  - ris\nAU  - Doe, Jane\nER  - \n".utf8),
      "b.json": Array(#"[{"id": "json", "author": [{"family": "Doe", "given": "Jane"}]}]"#.utf8),
      "c.xml": Array(
        "<dblp><article key=\"dblp\"><author>Jane Doe</author></article></dblp>\n".utf8),
      "d.tsv": Array("id\tauthors\ntsv\tJane Doe\n".utf8),
      "e.ciw": Array(
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAF Doe, Jane\nUT wos\nER\n".utf8),
      "f.nbib": Array("PMID- medline\nFAU - Doe, Jane\n".utf8),
    ]
    let root = try folder(files)
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = try InputLoader().load([root.path]) { _ in }
    #expect(corpus.publications.map(\.id) == ["ris", "json", "dblp", "tsv", "wos", "medline"])
    #expect(
      corpus.publications.allSatisfy {
        $0.authors.first?.name?.displayForm ?? $0.authors.first?.printed == "Jane Doe"
      })
  }

  @Test func csvColumnNamesReachTheReader() throws {
    let root = try folder(["t.csv": Array("Paper,People\nT,Jane Doe\n".utf8)])
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("t.csv").path
    #expect(throws: IngestError.self) { try InputLoader().load([path]) { _ in } }
    let loader = InputLoader(csvColumns: CSVColumns(title: "paper", authors: "people"))
    let corpus = try loader.load([path]) { _ in }
    #expect(corpus.publications.first?.title == "T")
    #expect(corpus.publications.first?.authors.map(\.printed) == ["Jane Doe"])
  }

  /// A download saved under another format's extension is read as its content says, with a
  /// warning; `--format` still reads it as named.
  @Test func contentOfAnotherFormatUnderAnExtensionIsReadAsItIs() throws {
    let root = try folder([
      "citation.bib": Array(
        "TY  - JOUR\r\nAU  - Doe, Jane\r\nTI  - RIS saved as .bib\r\nER  - \r\n".utf8),
      "refs.ris": Array("@article{k, author = {Roe, Rick}, title = {BibTeX saved as .ris}}\n".utf8),
      "notes.md": Array("@article{k2, author = {Poe, Ed}, title = {T}}\n".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([
      root.appendingPathComponent("citation.bib").path,
      root.appendingPathComponent("refs.ris").path,
    ]) { diagnostics.append($0) }
    #expect(corpus.publications.map(\.title) == ["RIS saved as .bib", "BibTeX saved as .ris"])
    #expect(diagnostics.map(\.code) == ["ingest.format-mismatch", "ingest.format-mismatch"])
    #expect(diagnostics.map(\.severity) == [.warning, .warning])
    #expect(diagnostics.first?.message.contains("expected bibtex content") == true)
    let forced = try InputLoader(forcedFormat: .bibtex).load([
      root.appendingPathComponent("citation.bib").path
    ]) { _ in }
    #expect(forced.publications.isEmpty)
    // A Markdown list keeps its name's format whatever its first line.
    var markdownCodes: [String] = []
    _ = try InputLoader().load([root.appendingPathComponent("notes.md").path]) {
      markdownCodes.append($0.code)
    }
    #expect(!markdownCodes.contains("ingest.format-mismatch"))
  }

  /// Google Scholar's "EndNote" export is read as EndNote by its extension and by its content
  /// under another name (`.txt`, no extension).
  @Test func endNoteTaggedFilesAreRead() throws {
    let record = Array("%0 Journal Article\n%T Deep learning\n%A LeCun, Yann\n%D 2015\n".utf8)
    let root = try folder(["scholar.enw": record, "citation.txt": record, "download": record])
    defer { try? FileManager.default.removeItem(at: root) }
    for name in ["scholar.enw", "citation.txt", "download"] {
      var diagnostics: [Diagnostic] = []
      let corpus = try InputLoader().load([root.appendingPathComponent(name).path]) {
        diagnostics.append($0)
      }
      #expect(corpus.publications.map(\.title) == ["Deep learning"], "\(name)")
      #expect(diagnostics.isEmpty, "\(name): \(diagnostics)")
    }
  }

  @Test func forcedFormatWins() throws {
    let root = try folder([
      "list.bib": Array(
        "## Publications\n- **Ada Lovelace**, Charles Babbage. \"[A Title Here](u)\", 1843.\n".utf8)
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("list.bib").path
    let corpus = try InputLoader(forcedFormat: .markdown).load([path]) { _ in }
    #expect(corpus.publications.map(\.id) == ["list-1"])
  }

  /// Web of Science and PubMed exports saved as `.txt` are read as what they are, and so is the
  /// tab-delimited Web of Science export; so is each with `--format` and any name.
  @Test func textExportsOfWebOfScienceAndPubMedAreSniffed() throws {
    let plain =
      "\u{FEFF}FN Clarivate Analytics Web of Science\r\nVR 1.0\r\nPT J\r\nAF Doe, Jane\r\n"
      + "   Roe, Rick\r\nUT WOS:1\r\nER\r\n\r\nEF\r\n"
    let medline = "\nPMID- 12345678\nFAU - Doe, Jane\nFAU - Roe, Rick\n"
    let table = "PT\tAU\tAF\tTI\tUT\nJ\tDoe, J; Roe, R\tDoe, Jane; Roe, Rick\tT\tWOS:2\n"
    let root = try folder([
      "savedrecs.txt": Array(plain.utf8), "pubmed-set.txt": Array(medline.utf8),
      "tabbed/savedrecs.txt": Array(table.utf8), "export.dat": Array(plain.utf8),
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var diagnostics: [Diagnostic] = []
    let corpus = try InputLoader().load([
      root.appendingPathComponent("savedrecs.txt").path,
      root.appendingPathComponent("pubmed-set.txt").path,
      root.appendingPathComponent("tabbed/savedrecs.txt").path,
    ]) { diagnostics.append($0) }
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.id) == ["WOS:1", "12345678", "WOS:2"])
    #expect(
      corpus.publications.allSatisfy { $0.authors.map(\.printed) == ["Doe, Jane", "Roe, Rick"] })
    let forced = try InputLoader(forcedFormat: .wos).load([
      root.appendingPathComponent("export.dat").path
    ]) { _ in }
    #expect(forced.publications.map(\.id) == ["WOS:1"])
    let sniffed = try InputLoader().load([root.appendingPathComponent("export.dat").path]) { _ in }
    #expect(sniffed.publications.map(\.id) == ["WOS:1"])
  }
}
