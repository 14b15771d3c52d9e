import CoauthTestSupport
import Foundation
import Testing

/// `coauth analyze` run as a user runs it: files, exit statuses, messages, atomic outputs.
@Suite struct AnalyzeCommandTests {
  static let lab = RepoPaths.root.appendingPathComponent(
    "Tests/CoauthPipelineTests/Fixtures/lab.bib"
  ).path
  static let tables = [
    "publications.csv", "authorships.csv", "authors.csv", "edges.csv", "mentorship.csv",
    "genealogy.csv",
    "summary.json",
  ]

  @Test func writesEveryTableAndReportsTheSkippedEntry() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["analyze", Self.lab, "--out", "out"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("9 publications, 6 authors"))
    #expect(result.stderr.contains("lab.bib:34: warning: expected ','"))
    for table in Self.tables {
      #expect(FileManager.default.fileExists(atPath: coauth.path("out/\(table)")), "\(table)")
    }
    let authors = try String(contentsOfFile: coauth.path("out/authors.csv"), encoding: .utf8)
    #expect(authors.hasPrefix("author_id,name,kind,variants,papers,first_year,last_year,degree,"))
  }

  /// `-` reads standard input, as Unix tools do: the format told from the content, ids made
  /// from `stdin`, locations labelled `<stdin>`; input without a format is an error that says so.
  @Test func dashReadsStandardInput() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let bibTeX = try String(contentsOfFile: Self.lab, encoding: .utf8)
    let result = try coauth.run(["analyze", "-", "--out", "out"], standardInput: bibTeX)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("9 publications, 6 authors"))
    #expect(result.stderr.contains("<stdin>:34: warning: expected ','"))
    let list = "# Papers\n\n- Jane Doe, Bob Roe. A title of things. ACL, 2020.\n"
    #expect(try coauth.run(["analyze", "-", "--out", "list", "-q"], standardInput: list).status == 0)
    let publications = try String(contentsOfFile: coauth.path("list/publications.csv"), encoding: .utf8)
    #expect(publications.contains("stdin-1,A title of things,2020,ACL,2,<stdin>:3,"))
    let unknown = try coauth.run(["analyze", "-", "--out", "x"], standardInput: "no format here\n")
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("<stdin>: cannot tell the format"))
  }

  @Test func graphMLIsWrittenWhenAsked() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    #expect(try coauth.run(["analyze", Self.lab, "--out", "out", "-q"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: coauth.path("out/graph.graphml")))
    #expect(try coauth.run(["analyze", Self.lab, "--out", "out", "-q", "--graphml"]).status == 0)
    let graphML = try String(contentsOfFile: coauth.path("out/graph.graphml"), encoding: .utf8)
    #expect(graphML.components(separatedBy: "<node id=").count - 1 == 6)
    #expect(graphML.hasSuffix("</graphml>\n"))
  }

  @Test func inverseWeightPathLengthsChangeThePathCentralities() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    #expect(try coauth.run(["analyze", Self.lab, "--out", "hops", "-q"]).status == 0)
    let weighted = try coauth.run(
      ["analyze", Self.lab, "--out", "weighted", "--path-lengths", "inverse-weight", "-q"])
    #expect(weighted.status == 0)
    func closeness(_ folder: String) throws -> [String] {
      let text = try String(contentsOfFile: coauth.path("\(folder)/authors.csv"), encoding: .utf8)
      let rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
      let column = try #require(rows.first?.firstIndex(of: "closeness"))
      return rows.dropFirst().map { String($0[column]) }
    }
    #expect(try closeness("hops") != closeness("weighted"))
    #expect(try coauth.run(["analyze", Self.lab, "--path-lengths", "miles"]).status == 64)
  }

  @Test func quietStillPrintsErrors() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["analyze", "missing.bib", "--out", "out", "-q"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: missing.bib"))
    let warned = try coauth.run(["analyze", Self.lab, "--out", "out", "-q"])
    #expect(warned.status == 0)
    #expect(warned.stderr.isEmpty)
  }

  @Test func sampledBetweennessReportsItsPrecision() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    #expect(try coauth.run(["--out", "sampled", "--betweenness-samples", "80", "-q"]).status == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: coauth.path("sampled/summary.json")))
    let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let sampling = try #require(summary["betweenness_sampling"] as? [String: Any])
    #expect(sampling["sources"] as? Int == 80)
    #expect((sampling["max_standard_error"] as? Double ?? 0) > 0)
    #expect(sampling["automatic"] as? Bool == false)
    // Closeness and harmonic come from the same 80 searches (of 109 authors): exact for the
    // sources and for the authors of components with few sources, estimated for the others.
    let exactAuthors = try #require(sampling["closeness_harmonic_exact_authors"] as? Int)
    let counts = try #require(summary["counts"] as? [String: Any])
    let authors = try #require(counts["authors"] as? Int)
    #expect(exactAuthors >= 80 && exactAuthors < authors)
    // The new name of the option does the same.
    #expect(try coauth.run(["--out", "renamed", "--path-samples", "80", "-q"]).status == 0)
    let renamed = try String(contentsOfFile: coauth.path("renamed/authors.csv"), encoding: .utf8)
    #expect(renamed == (try String(contentsOfFile: coauth.path("sampled/authors.csv"), encoding: .utf8)))
    #expect(try coauth.run(["--out", "exact", "-q"]).status == 0)
    let exact = try Data(contentsOf: URL(fileURLWithPath: coauth.path("exact/summary.json")))
    let exactSummary = try #require(try JSONSerialization.jsonObject(with: exact) as? [String: Any])
    #expect(exactSummary["betweenness_sampling"] is NSNull)
  }

  @Test func analyzeIsTheDefaultCommandAndReadsTheBundledDataset() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["--out", "bundled"])
    #expect(result.status == 0, "\(result.stderr)")
    let publications = try String(
      contentsOfFile: coauth.path("bundled/publications.csv"), encoding: .utf8)
    #expect(publications.contains("behl.bib"))
    #expect(publications.contains("he.md"))
  }

  /// One paper in a Web of Science and a PubMed export is what a run combining them expects:
  /// a note, which `--strict` lets pass.
  @Test func strictPassesOnOnePaperExportedByTwoDatabases() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let folder = RepoPaths.root.appendingPathComponent(
      "Tests/CoauthPipelineTests/Fixtures/two-databases")
    let result = try coauth.run(["analyze", folder.path, "--out", "out", "--strict"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("note:"))
    #expect(FileManager.default.fileExists(atPath: coauth.path("out/authors.csv")))
  }

  @Test func strictTurnsTheWarningIntoAFailureAndWritesNothing() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["analyze", Self.lab, "--out", "out", "--strict"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: coauth.path("out/authors.csv")))
  }

  @Test(arguments: [["news.md"], ["news.txt"], ["news.txt", "--format", "markdown"]])
  func strictFailsOnAListFileWithoutPublications(_ input: [String]) throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write("News\n\n- 2021: we moved to a new building.\n", to: input[0])
    let result = try coauth.run(["analyze"] + input + ["--out", "out", "--strict"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(input[0]):1: error: expected a publication list"))
    #expect(!FileManager.default.fileExists(atPath: coauth.path("out/authors.csv")))
  }

  /// An empty folder is a warning naming it, as an empty file is: exit 0, and 1 under --strict.
  @Test func anEmptyFolderIsAWarningNamingIt() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try FileManager.default.createDirectory(
      atPath: coauth.path("papers"), withIntermediateDirectories: true)
    let result = try coauth.run(["analyze", "papers", "--out", "out"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("warning: expected files to read (.bib, "), "\(result.stderr)")
    #expect(result.stderr.contains("in the folder 'papers', found none"), "\(result.stderr)")
    let strict = try coauth.run(["analyze", "papers", "--out", "out2", "--strict"])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("error: expected files to read"), "\(strict.stderr)")
  }

  /// `--format wos` and `--format medline` read those exports whatever the file is called.
  @Test(arguments: [
    ("wos", "PT J\nAF Doe, Jane\n   Roe, Rick\nUT WOS:1\nER\n"),
    ("medline", "PMID- 1\nFAU - Doe, Jane\nFAU - Roe, Rick\n"),
  ])
  func formatFlagReadsWebOfScienceAndMEDLINE(_ format: String, _ text: String) throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(text, to: "export.dat")
    let result = try coauth.run(
      ["analyze", "export.dat", "--format", format, "--out", "out", "--strict"])
    #expect(result.status == 0, "\(result.stderr)")
    let edges = try String(contentsOfFile: coauth.path("out/edges.csv"), encoding: .utf8)
    let pubID = format == "wos" ? "WOS:1" : "1"
    #expect(edges.split(separator: "\n").dropFirst() == ["jane-doe,rick-roe,1,1,,,\(pubID),0.5"])
  }

  @Test func unusableInputFailsWithStatusOneAndKeepsEarlierOutputs() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    #expect(try coauth.run(["analyze", Self.lab, "--out", "out"]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: coauth.path("out/edges.csv")))
    let result = try coauth.run(["analyze", "missing.bib", "--out", "out"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("missing.bib"))
    let after = try Data(contentsOf: URL(fileURLWithPath: coauth.path("out/edges.csv")))
    #expect(before == after)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: coauth.path("out"))
      .filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test(arguments: [
    ["analyze", "--no-such-flag"],
    ["analyze", "--since", "2020", "--until", "2010"],
    ["analyze", "--format", "docx"],
    ["analyze", "--betweenness-samples", "0"],
    ["analyze", "--path-samples", "some"],
    ["analyze", "--csv-columns", "bogus=x"],
    ["analyze", "--csv-columns", "title"],
    ["analyze", "--max-authors", "0"],
  ])
  func usageErrorsExitWith64(_ arguments: [String]) throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains("Error:"))
  }

  @Test func yearFilterAppliesToEveryTable() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["analyze", Self.lab, "--since", "2013", "-o", "recent"])
    #expect(result.status == 0)
    let edges = try String(contentsOfFile: coauth.path("recent/edges.csv"), encoding: .utf8)
    #expect(!edges.contains("student2010"))
    #expect(edges.contains("junior2016"))
  }

  @Test func maxAuthorsLeavesLargerPapersOut() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      "@article{big, author={A One and B Two and C Three}, title={Big}, year={2020}}\n"
        + "@article{pair, author={A One and D Four}, title={Pair}, year={2021}}\n", to: "t.bib")
    let result = try coauth.run(["analyze", coauth.path("t.bib"), "--max-authors", "2", "-o", "out"])
    #expect(result.status == 0)
    let publications = try String(contentsOfFile: coauth.path("out/publications.csv"), encoding: .utf8)
    #expect(publications.contains("pair") && !publications.contains("big"))
    let summary = try String(contentsOfFile: coauth.path("out/summary.json"), encoding: .utf8)
    #expect(summary.contains("\"records_over_max_authors\": 1"))
  }

  @Test func csvColumnsNameTheColumns() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      "Paper,People,When,Link\nT,\"Doe, Jane; Roe, Rick\",2020,https://doi.org/10.1/ABC\n",
      to: "t.csv")
    #expect(try coauth.run(["analyze", coauth.path("t.csv"), "-o", "a"]).status == 1)
    let result = try coauth.run([
      "analyze", coauth.path("t.csv"), "--csv-columns",
      "title=Paper,authors=People,year=When,doi=Link", "-o", "b",
    ])
    #expect(result.status == 0)
    let publications = try String(contentsOfFile: coauth.path("b/publications.csv"), encoding: .utf8)
    #expect(publications.contains("t-1,T,2020,,2,"))
    #expect(publications.hasSuffix(",10.1/abc\n"))
  }

  @Test func helpDocumentsTheOptions() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let help = try coauth.run(["analyze", "--help"]).stdout
    for option in [
      "--out", "--format", "--since", "--until", "--strict", "--path-samples", "--betweenness-samples",
      "--csv-columns",
    ] {
      #expect(help.contains(option), "\(option)")
    }
  }

  /// The help's list of tables names every column the tables have (authors.csv sums up its
  /// metric columns).
  @Test func helpNamesTheColumnsOfEveryTable() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let help = try coauth.run(["analyze", "--help"]).stdout
    #expect(try coauth.run(["analyze", Self.lab, "--by-year", "-q", "-o", "out"]).status == 0)
    let words = help.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ":" })
    for table in Self.tables + ["growth.csv"] where table.hasSuffix(".csv") && table != "authors.csv" {
      let start = try #require(words.firstIndex(of: Substring(table)), "\(table)")
      let described = words[(start + 1)...].prefix {
        !$0.hasSuffix(".csv") && $0 != "summary.json"
      }
      let text = try String(contentsOfFile: coauth.path("out/\(table)"), encoding: .utf8)
      for column in text.prefix { $0 != "\n" }.split(separator: ",") {
        #expect(described.contains(column), "\(table): \(column)")
      }
    }
  }
}
