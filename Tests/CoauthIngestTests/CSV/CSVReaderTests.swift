import CoauthIngest
import CoauthModel
import Testing

@Suite struct CSVReaderTests {
  private func read(_ text: String, columns: CSVColumns = CSVColumns(), label: String = "t.csv")
    throws -> (Corpus, [Diagnostic])
  {
    var diagnostics: [Diagnostic] = []
    let corpus = try CSVReader(columns: columns).read(InputSource(label: label, text: text)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  @Test func readsQuotedFieldsAndRecognisedColumns() throws {
    let (corpus, diagnostics) = try read(
      "\u{FEFF}Key,Title,Publication Year,Author(s),Source Title\r\n"
        + "a1,\"Commas, \"\"Quotes\"\"\r\nand lines\",2020,\"Doe, Jane; Roe, Rick\",J. Things\r\n"
        + "\r\n"
        + "a2,Second,2021-05-01,Jane Doe and Rick Roe | Mausam,\r\n")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["a1", "a2"])
    let first = corpus.publications[0]
    #expect(first.title == "Commas, \"Quotes\" and lines")
    #expect(first.year == 2020)
    #expect(first.venue == "J. Things")
    #expect(first.location.line == 2)
    #expect(first.authors.map(\.printed) == ["Doe, Jane", "Roe, Rick"])
    #expect(first.authors[0].name == PersonName(given: "Jane", family: "Doe"))
    let second = corpus.publications[1]
    #expect(second.location.line == 5)
    #expect(second.year == 2021)
    #expect(second.authors.map(\.printed) == ["Jane Doe", "Rick Roe", "Mausam"])
    #expect(second.authors.allSatisfy { $0.name == nil })
  }

  @Test(arguments: [
    "title\tyear\tauthors\nT, with comma\t2019\tDoe, Jane\n",
    "title;year;authors\nT, with comma;2019;Doe, Jane\n",
    "title,year,authors\n\"T, with comma\",2019,\"Doe, Jane\"\n",
  ])
  func sniffsTheDelimiter(_ text: String) throws {
    let (corpus, diagnostics) = try read(text)
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.first?.title == "T, with comma")
    #expect(corpus.publications.first?.year == 2019)
    #expect(corpus.publications.first?.authors.map(\.printed) == ["Doe, Jane"])
    #expect(corpus.publications.first?.id == "t-1")
  }

  /// Web of Science's tab-delimited export keeps the italics of its titles as inline HTML.
  @Test func titlesLoseTheirInlineMarkup() throws {
    let (corpus, diagnostics) = try read(
      "PT\tAU\tAF\tTI\tSO\tPY\tUT\n"
        + "J\tLee, A\tLee, Ann\tIs there such a thing as <i>Tropical</i> Biology?\tBIOTROPICA\t"
        + "2024\tWOS:001331408900001\n", label: "savedrecs.txt")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.title) == ["Is there such a thing as Tropical Biology?"])
  }

  /// A paper in Web of Science's early access has no `PY` yet: its year is that of `EA`, as
  /// the plain-text reader reads it.
  @Test func webOfScienceEarlyAccessGivesTheYear() throws {
    let (corpus, diagnostics) = try read(
      "PT\tAU\tAF\tTI\tSO\tPD\tPY\tEA\tUT\n"
        + "J\tLee, A\tLee, Ann\tHistorical fisheries\tFISH MANAG\t\t\tOCT 2021\tWOS:000712990800001\n"
        + "J\tLee, A\tLee, Ann\tIn print\tFISH MANAG\tDEC\t2020\tMAR 2020\tWOS:000712990800002\n",
      label: "savedrecs.txt")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(corpus.publications.map(\.year) == [2021, 2020])
  }

  /// Excel's ways: a `sep=` line naming the delimiter, rows of empty cells after the table.
  @Test func spreadsheetSeparatorLineAndEmptyRows() throws {
    let (corpus, diagnostics) = try read(
      "sep=;\r\nTitle;Authors;Year\r\nA, with comma;Doe, Jane;2020\r\n;;\r\n\"\";;\r\n"
        + "B;Roe, Rick;2021\r\n;;\r\n")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.title) == ["A, with comma", "B"])
    #expect(corpus.publications.map(\.location.line) == [3, 6])
    #expect(corpus.publications.map(\.id) == ["t-1", "t-2"])
  }

  @Test func commaSeparatedNamesAreAList() throws {
    let (corpus, _) = try read(
      "title,authors\nT,\"Jane Doe, Rick Roe, Ann Poe\"\nU,\"Doe, Jane\"\n")
    #expect(
      corpus.publications.map { $0.authors.map(\.printed) } == [
        ["Jane Doe", "Rick Roe", "Ann Poe"], ["Doe, Jane"],
      ])
  }

  @Test func scopusExportsGiveFullNamesWithoutTheirIDs() throws {
    let (corpus, diagnostics) = try read(
      "\u{FEFF}\"Authors\",\"Author full names\",\"Author(s) ID\",\"Title\",\"Year\",\"Source title\","
        + "\"DOI\",\"EID\"\r\n\"Smith J.A.; Doe J.-P.\",\"Smith, John A. (57190000001); Doe, "
        + "Jean-Paul (57190000002)\",\"57190000001; 57190000002\",\"A paper\",\"2021\","
        + "\"J. Things\",\"10.1/x\",\"2-s2.0-1\"\r\n"
        + "\"Doe J.-P.\",\"Doe, Jean-Paul (57190000002)\",\"57190000002\",\"B\",\"2022\",\"J\","
        + "\"\",\"2-s2.0-2\"\r\n")
    #expect(diagnostics.isEmpty)
    // Scopus's own id, not the DOI (which the corpus keeps beside the publication).
    #expect(corpus.publications.map(\.id) == ["2-s2.0-1", "2-s2.0-2"])
    #expect(corpus.doisByPublication == [0: "10.1/x"])
    let paper = try #require(corpus.publications.first)
    #expect(paper.title == "A paper" && paper.year == 2021)
    #expect(paper.venue == "J. Things")
    #expect(paper.authors.map(\.printed) == ["Smith, John A.", "Doe, Jean-Paul"])
    #expect(paper.authors.map { $0.name?.displayForm } == ["John A. Smith", "Jean-Paul Doe"])
  }

  /// A row whose "Author full names" cell is empty keeps the names of its "Authors" cell.
  @Test func anEmptyPreferredAuthorsCellFallsBackToTheNextColumn() throws {
    let (corpus, diagnostics) = try read(
      "Authors,Author full names,Title,Year,EID\n"
        + "\"Smith, J.A., Doe, J.\",\"\",Only short names,2022,2-s2.0-1\n"
        + "\"Smith, J.A.\",\"Smith, John A. (57190000001)\",Both,2022,2-s2.0-2\n")
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.map { $0.authors.map(\.printed) } == [
        ["Smith, J.A.", "Doe, J."], ["Smith, John A."],
      ])
  }

  /// Scopus and Web of Science print a note where a record names no author.
  @Test func placeholdersForMissingAuthorsAreNoAuthors() throws {
    let (corpus, diagnostics) = try read(
      "Authors,Author full names,Title,Year,EID\n"
        + "[No author name available],[No author name available],An editorial,2020,2-s2.0-3\n"
        + "\"[Anonymous]; Doe, J.\",,Letter,2021,2-s2.0-4\n")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.id) == ["2-s2.0-3", "2-s2.0-4"])
    #expect(corpus.publications.map { $0.authors.map(\.printed) } == [[], ["Doe, J."]])
  }

  /// PubMed's "Save > CSV" prints its AU names separated by commas, a full stop at the end
  /// that closes the list and is no part of the last name: "O'Brien S." is "O'Brien S", as
  /// MEDLINE's `AU` line prints her.
  @Test func pubMedCSVExportsAreRead() throws {
    let (corpus, diagnostics) = try read(
      "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,"
        + "NIHMS ID,DOI\n31900000,A record.,\"Smith JA, van der Berg A, King ML Jr, O'Brien S.\","
        + "Nature. 2020 Jan;577(7790):100-110.,Smith JA,Nature,2020,2020/01/02,,,10.1/x\n")
    #expect(diagnostics.isEmpty)
    let paper = try #require(corpus.publications.first)
    #expect(paper.id == "31900000" && paper.year == 2020 && paper.venue == "Nature")
    #expect(
      paper.authors.map(\.name) == [
        PersonName(given: "JA", family: "Smith"), PersonName(given: "A", family: "van der Berg"),
        PersonName(given: "ML", family: "King", suffix: "Jr"),
        PersonName(given: "S", family: "O'Brien"),
      ])
    #expect(paper.authors.last?.printed == "O'Brien S")
  }

  /// The list's closing stop goes, whatever the last author: a suffix ("Stone C Jr." is
  /// "Jr", as MEDLINE writes it), a lone author, a group. The stops of other tables (Scopus's
  /// "Roe R.") are kept.
  @Test func pubMedCSVAuthorsLoseOnlyTheListsClosingStop() throws {
    let header =
      "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,"
      + "NIHMS ID,DOI\n"
    let (corpus, diagnostics) = try read(
      header + "1,T.,\"Lee A, Stone C Jr.\",J. 2024.,Lee A,J,2024,,,,\n"
        + "2,T.,Lee AB.,J. 2024.,Lee AB,J,2024,,,,\n"
        + "3,T.,\"Lee A, Small Labs Consortium.\",J. 2024.,Lee A,J,2024,,,,\n")
    #expect(diagnostics.isEmpty)
    let papers = corpus.publications
    #expect(
      papers.map { $0.authors.map(\.printed) } == [
        ["Lee A", "Stone C Jr"], ["Lee AB"], ["Lee A", "Small Labs Consortium"],
      ])
    #expect(papers[0].authors.last?.name == PersonName(given: "C", family: "Stone", suffix: "Jr"))
    #expect(papers[1].authors.first?.name == PersonName(given: "AB", family: "Lee"))
    #expect(papers[2].authors.last?.kind == .group)
    let (scopus, _) = try read("Authors,Title,Year\n\"Smith J.A., Roe R.\",T,2020\n")
    #expect(
      scopus.publications.first?.authors.map(\.name) == [
        PersonName(given: "J.A.", family: "Smith"), PersonName(given: "R.", family: "Roe"),
      ])
  }

  /// PubMed's titles end with a full stop (or are a translation in brackets) that is no part of
  /// them: its CSV titles read as its MEDLINE titles do. An ellipsis is kept, and other tables
  /// keep their stops.
  @Test func pubMedCSVTitlesLoseTheClosingStop() throws {
    let header =
      "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,"
      + "NIHMS ID,DOI\n"
    let (corpus, diagnostics) = try read(
      header + "1,Lab graphs in medicine.,Lee A.,J Lab Stud. 2024.,Lee A,J Lab Stud,2024,,,,\n"
        + "2,Lab graphs and ...,Lee A.,J Lab Stud. 2024.,Lee A,J Lab Stud,2024,,,,\n"
        + "3,[Lab graphs in children].,Lee A.,J Lab Stud. 2024.,Lee A,J Lab Stud,2024,,,,\n"
        + "4,Do labs count?,Lee A.,J Lab Stud. 2024.,Lee A,J Lab Stud,2024,,,,\n")
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.map(\.title) == [
        "Lab graphs in medicine", "Lab graphs and ...", "Lab graphs in children", "Do labs count?",
      ])
    let (other, _) = try read("PMID,Title,Authors\n1,Lab graphs in medicine.,Lee A\n")
    #expect(other.publications.map(\.title) == ["Lab graphs in medicine."])
  }

  @Test func corporateAuthorsAreGroups() throws {
    let (corpus, _) = try read(
      "Authors,Title\n\"The 1000 Genomes Project Consortium; Abecasis G.R.; Jane Doe\",T\n")
    let authors = try #require(corpus.publications.first?.authors)
    #expect(authors.map(\.kind) == [.group, .person, .person])
    #expect(authors[0].name == nil)
  }

  /// Google Scholar's profile export: the venue is "Publication".
  @Test func googleScholarCSVExportsGiveTheVenue() throws {
    let (corpus, diagnostics) = try read(
      "Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n"
        + "\"LeCun, Yann; Bengio, Yoshua; Hinton, Geoffrey\",Deep learning,nature,521,7553,"
        + "436-444,2015,Nature Publishing Group UK London\n")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.map(\.venue) == ["nature"])
    #expect(corpus.publications.map(\.year) == [2015])
  }

  /// A suffix in a Google Scholar CSV name, printed after the given names or the family name
  /// without a comma of its own, is the suffix.
  @Test func googleScholarCSVSuffixesAreSuffixes() throws {
    let (corpus, _) = try read(
      "Authors,Title,Publication,Year\n"
        + "\"Stone, Carl Jr; Stone III, C; Lee, Ann; \",T,J,2020\n")
    #expect(corpus.publications.first?.authors.map(\.name) == [
      PersonName(given: "Carl", family: "Stone", suffix: "Jr"),
      PersonName(given: "C", family: "Stone", suffix: "III"),
      PersonName(given: "Ann", family: "Lee"),
    ])
  }

  /// Google Scholar's `citations.csv` closes every name with "; " ("Family, Given" or "Family,
  /// Initials"), and a book has no "Publication": its publisher is the venue, as in Scholar's
  /// BibTeX; a row with a venue keeps it.
  @Test func googleScholarCSVBooksTakeThePublisherAsVenue() throws {
    let (corpus, diagnostics) = try read(
      "\u{FEFF}Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n"
        + "\"Okafor, C; Lee, A; Müller, J; \",Small labs,2023 Workshop on Lab Graphs (WLG),,,"
        + "20-28,2023,IEEE\n\"Okafor, Chidi; \",A book of lab graphs,,,,,2019,Example Press\n")
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.map(\.venue) == ["2023 Workshop on Lab Graphs (WLG)", "Example Press"])
    #expect(corpus.publications.map(\.year) == [2023, 2019])
    #expect(
      corpus.publications.map { $0.authors.map(\.name) } == [
        [
          PersonName(given: "C", family: "Okafor"), PersonName(given: "A", family: "Lee"),
          PersonName(given: "J", family: "Müller"),
        ],
        [PersonName(given: "Chidi", family: "Okafor")],
      ])
  }

  /// Dimensions writes a line about the export above its header.
  @Test func dimensionsCSVExportsAreRead() throws {
    let (corpus, diagnostics) = try read(
      "\"About the data: Exported on Mar 09, 2023. Criteria: Keyword is \"\"graphs\"\". "
        + "© 2023 Digital Science & Research Solutions Inc.\"\n"
        + "Rank,Publication ID,DOI,PMID,PMCID,Title,Source title,PubYear,Volume,Issue,Pagination,"
        + "Authors,Dimensions URL\n"
        + "1,pub.1100000001,10.1000/d1,,,\"Graphs, again\",Scientometrics,2021,1,2,1-10,"
        + "\"Smith, John A.; van der Berg, Anna\",https://app.dimensions.ai/details/publication/"
        + "pub.1100000001\n")
    #expect(diagnostics.isEmpty)
    let paper = try #require(corpus.publications.first)
    #expect(corpus.publications.count == 1)
    #expect(paper.id == "pub.1100000001" && paper.title == "Graphs, again" && paper.year == 2021)
    #expect(paper.venue == "Scientometrics" && paper.location.line == 3)
    #expect(paper.authors.map(\.printed) == ["Smith, John A.", "van der Berg, Anna"])
    #expect(corpus.doisByPublication == [0: "10.1000/d1"])
  }

  /// OpenAlex's CSV export: columns named by JSON paths, names separated by `|`.
  @Test func openAlexCSVExportsAreRead() throws {
    let (corpus, diagnostics) = try read(
      "id,doi,title,display_name,publication_year,publication_date,type,authorships.author.id,"
        + "authorships.author.display_name,authorships.author.orcid,"
        + "primary_location.source.display_name\n"
        + "https://openalex.org/W2963403868,https://doi.org/10.48550/arxiv.1706.03762,"
        + "Attention Is All You Need,Attention Is All You Need,2017,2017-06-12,preprint,"
        + "https://openalex.org/A1|https://openalex.org/A2,Ashish Vaswani|Noam Shazeer,"
        + "|https://orcid.org/0000-0002-1825-0097,arXiv (Cornell University)\n")
    #expect(diagnostics.isEmpty)
    let paper = try #require(corpus.publications.first)
    #expect(paper.id == "https://openalex.org/W2963403868" && paper.year == 2017)
    #expect(
      paper.title == "Attention Is All You Need" && paper.venue == "arXiv (Cornell University)")
    #expect(paper.authors.map(\.printed) == ["Ashish Vaswani", "Noam Shazeer"])
    #expect(corpus.doisByPublication == [0: "10.48550/arxiv.1706.03762"])
  }

  @Test func webOfScienceTabDelimitedExportsAreRead() throws {
    let (corpus, diagnostics) = try read(
      "PT\tAU\tAF\tTI\tSO\tPY\tDI\tUT\n"
        + "J\tSmith, JA; Doe, JP\tSmith, John A.; Doe, Jean-Paul\tA paper\tJ THINGS\t2021\t"
        + "10.1/x\tWOS:000000000000001\n", label: "savedrecs.txt")
    #expect(diagnostics.isEmpty)
    let paper = try #require(corpus.publications.first)
    // UT, as the plain-text export's reader takes it.
    #expect(paper.id == "WOS:000000000000001" && paper.title == "A paper" && paper.year == 2021)
    #expect(paper.venue == "J THINGS")
    #expect(paper.authors.map { $0.name?.displayForm } == ["John A. Smith", "Jean-Paul Doe"])
  }

  /// Papers of a proceedings volume may all carry the volume's DOI: with the database's own ids
  /// beside it, each row is a publication (the DOI as id kept only the first).
  @Test func papersSharingAVolumeDOIAreAllKept() throws {
    let (corpus, diagnostics) = try read(
      "Authors,Title,Year,DOI,EID\n"
        + "Smith J.,First paper,2021,10.1/vol,2-s2.0-1\n"
        + "Doe J.,Second paper,2021,10.1/vol,2-s2.0-2\n")
    #expect(diagnostics.isEmpty)
    // Two ids: the run's id check would otherwise drop the second as a repeat of the first.
    #expect(corpus.publications.map(\.id) == ["2-s2.0-1", "2-s2.0-2"])
    #expect(corpus.doisByPublication == [0: "10.1/vol", 1: "10.1/vol"])
  }

  /// Group authors (`CA`) are authors, as the plain-text export's reader reads them: after the
  /// names, and a group the names print already is marked a group there.
  @Test func webOfScienceGroupAuthorsAreGroupMentions() throws {
    let (corpus, diagnostics) = try read(
      "PT\tAU\tAF\tCA\tTI\tUT\n"
        + "J\tSmith, JA; Gut Study Grp\tSmith, John A.; Gut Study Grp\t"
        + "Gut Study Grp; Human Genome Consortium\tT\tWOS:1\n", label: "savedrecs.txt")
    #expect(diagnostics.isEmpty)
    let authors = try #require(corpus.publications.first).authors
    #expect(
      authors.map(\.printed) == ["Smith, John A.", "Gut Study Grp", "Human Genome Consortium"])
    #expect(authors.map(\.kind) == [.person, .group, .group])
    #expect(authors[1].name == nil)
  }

  @Test func webOfScienceORCIDsGoToTheAuthorsTheyName() throws {
    let (corpus, diagnostics) = try read(
      "AU\tAF\tTI\tOI\n"
        + "Smith, JA; Doe, JP; Lee, A\tSmith, John A.; Doe, Jean-Paul; Lee, Ann\tT\t"
        + "Doe, Jean-Paul/0000-0002-1825-0097; Smith, John/0000-0001-5109-3700; "
        + "Nobody, Here/0000-0002-1694-233X; Lee, Ann/0000-0002-1825-0098\n")
    #expect(
      corpus.publications[0].authors.map(\.identifiers.orcid) == [
        "0000-0001-5109-3700", "0000-0002-1825-0097", nil,
      ])
    #expect(diagnostics.map(\.code) == ["csv.unplaced-orcid"])
    #expect(diagnostics.first?.message.contains("Nobody, Here") == true)
    #expect(diagnostics.first?.message.contains("Lee, Ann/0000-0002-1825-0098") == true)
  }

  /// An entry whose iD fails its check digit says so, beside one that names no author.
  @Test func webOfScienceORCIDWithAWrongCheckDigitIsSaidSo() throws {
    let (corpus, diagnostics) = try read(
      "AU\tAF\tTI\tOI\nLee, A; Chan, B\tLee, Ann; Chan, Bo\tT\t"
        + "Lee, Ann/0000-0002-1825-0098; Nobody, Here/0000-0002-1694-233X\n")
    #expect(corpus.publications[0].authors.map(\.identifiers.orcid) == [nil, nil])
    #expect(diagnostics.map(\.code) == ["csv.unplaced-orcid"])
    let message = try #require(diagnostics.first?.message)
    #expect(
      message.contains(
        "'Lee, Ann/0000-0002-1825-0098' (its check digit does not match: expected 7, found 8)"))
    #expect(message.contains("'Nobody, Here/0000-0002-1694-233X' (names no one author of the row)"))
  }

  @Test func databaseExportsPrintInitialsAfterTheFamilyName() throws {
    let (corpus, _) = try read("Authors,Title\n\"Smith JA; Doe J.-P.; Wei LI\",T\n")
    #expect(
      corpus.publications[0].authors.map(\.name) == [
        PersonName(given: "JA", family: "Smith"), PersonName(given: "J.-P.", family: "Doe"), nil,
      ])
  }

  /// Commas alone separate either full names or "Family, Given" pairs, decided per cell.
  @Test(
    arguments: [
      ("Doe, Jane, Roe, Rick", ["Doe, Jane", "Roe, Rick"], ["Jane Doe", "Rick Roe"]),
      ("Doe, J., Roe, R.", ["Doe, J.", "Roe, R."], ["J. Doe", "R. Roe"]),
      ("Jane Doe, Rick Roe, and Al Zed", ["Jane Doe", "Rick Roe", "Al Zed"], [nil, nil, nil]),
      ("Jane Doe, Rick Roe and Al Zed", ["Jane Doe", "Rick Roe", "Al Zed"], [nil, nil, nil]),
      ("Jane Doe, Mausam, Al Zed", ["Jane Doe", "Mausam", "Al Zed"], [nil, nil, nil]),
      (
        "Doe, Jane Ann, van der Berg, Anna", ["Doe, Jane Ann", "van der Berg, Anna"],
        ["Jane Ann Doe", "Anna van der Berg"]
      ),
      ("van der Berg, Anna Maria", ["van der Berg, Anna Maria"], ["Anna Maria van der Berg"]),
      (
        "Stabler, Jr., Edward P., Doe, Jane", ["Stabler, Jr., Edward P.", "Doe, Jane"],
        ["Edward P. Stabler, Jr.", "Jane Doe"]
      ),
      (
        "Doe, J., Roe, R., and Zed, A.", ["Doe, J.", "Roe, R.", "Zed, A."],
        ["J. Doe", "R. Roe", "A. Zed"]
      ),
      (
        "Smith J.A., Roe R., van der Berg A., Li W.",
        ["Smith J.A.", "Roe R.", "van der Berg A.", "Li W."],
        ["J.A. Smith", "R. Roe", "A. van der Berg", "W. Li"]
      ),
      // A mononym among them is no given name of a pair.
      (
        "García-Márquez G., van der Berg J.-P., Kim J.-H., Mausam",
        ["García-Márquez G.", "van der Berg J.-P.", "Kim J.-H.", "Mausam"],
        ["G. García-Márquez", "J.-P. van der Berg", "J.-H. Kim", nil]
      ),
      ("Doe, Maria J., Roe, Rick", ["Doe, Maria J.", "Roe, Rick"], ["Maria J. Doe", "Rick Roe"]),
    ] as [(String, [String], [String?])])
  func commaSeparatedAuthors(cell: String, printed: [String], names: [String?]) throws {
    let (corpus, diagnostics) = try read("title,authors\nT,\"\(cell)\"\n")
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.first?.authors.map(\.printed) == printed)
    #expect(corpus.publications.first?.authors.map { $0.name?.displayForm } == names)
  }

  /// Google Scholar's export: initials before the family name, commas only, no "and", long
  /// lists cut short by "...", a mononym here and there.
  @Test(arguments: [
    ("A Lee, B Chan, C Wu", ["A Lee", "B Chan", "C Wu"]),
    ("A Lee, B Chan, C Wu, ...", ["A Lee", "B Chan", "C Wu", "..."]),
    ("AN Gomez, Ł Kaiser, MW Chang, K Lee, …", ["AN Gomez", "Ł Kaiser", "MW Chang", "K Lee", "…"]),
    ("A Lee, B Chan, Mausam, C Wu", ["A Lee", "B Chan", "Mausam", "C Wu"]),
    ("J-P Doe, R de Souza", ["J-P Doe", "R de Souza"]),
  ])
  func scholarListsOfInitialsAndFamilyNamesAreFullNames(cell: String, printed: [String]) throws {
    let (corpus, diagnostics) = try read(
      "Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n\"\(cell)\",T,J,1,2,3-4,2020,P\n"
    )
    #expect(diagnostics.isEmpty)
    #expect(corpus.publications.first?.authors.map(\.printed) == printed)
    #expect(corpus.publications.first?.authors.allSatisfy { $0.name == nil } == true)
  }

  /// Comma-separated pieces that are neither full names nor pairs are read, with a warning at
  /// the row's line.
  @Test(arguments: [
    ("Doe, Jane, Roe", ["Doe", "Jane", "Roe"]), ("Doe, J., R.", ["Doe", "J.", "R."]),
    ("Jane Doe, Rick Roe; Ng, Andrew, Li", ["Jane Doe, Rick Roe", "Ng", "Andrew", "Li"]),
  ])
  func unclearCommaSeparatedAuthorsAreWarned(cell: String, printed: [String]) throws {
    let (corpus, diagnostics) = try read("title,authors\nA,Jane Doe\nT,\"\(cell)\"\n")
    #expect(corpus.publications.map(\.title) == ["A", "T"])
    #expect(corpus.publications.last?.authors.map(\.printed) == printed)
    #expect(diagnostics.map(\.code) == ["csv.ambiguous-authors"])
    #expect(diagnostics.first?.location == SourceLocation(path: "t.csv", line: 3))
    #expect(
      diagnostics.first?.message.contains(
        "'\(cell.split(separator: ";").last!.trimmingPrefix(" "))'") == true)
  }

  /// Lists with separators other than commas read as they always did.
  @Test func separatedListsKeepTheirReading() throws {
    let (corpus, diagnostics) = try read(
      "title,authors\n"
        + "A,\"Doe, Jane and Roe, Rick\"\n"
        + "B,\"Doe, Jane and Rick Roe\"\n"
        + "C,\"van der Berg, Anna; Santos, Maria Clara | Mausam\"\n")
    #expect(diagnostics.isEmpty)
    #expect(
      corpus.publications.map { $0.authors.map(\.printed) } == [
        ["Doe, Jane", "Roe, Rick"], ["Doe, Jane", "Rick Roe"],
        ["van der Berg, Anna", "Santos, Maria Clara", "Mausam"],
      ])
    #expect(
      corpus.publications.map { $0.authors.map { $0.name?.displayForm } } == [
        ["Jane Doe", "Rick Roe"], ["Jane Doe", nil],
        ["Anna van der Berg", "Maria Clara Santos", nil],
      ])
  }

  @Test func configuredColumnNames() throws {
    let (corpus, _) = try read(
      "Paper,When,People,Ref\nT,2018,Jane Doe,r1\n",
      columns: CSVColumns(title: "paper", year: "When", authors: "people", id: "REF"))
    #expect(corpus.publications.first?.id == "r1")
    #expect(corpus.publications.first?.title == "T")
    #expect(corpus.publications.first?.year == 2018)
    #expect(corpus.publications.first?.authors.map(\.printed) == ["Jane Doe"])
  }

  @Test func damagedRowsAreSkippedAndOthersKept() throws {
    let (corpus, diagnostics) = try read(
      """
      id,title,authors
      good-a,A,Jane Doe
      bad,B, Title,Rick Roe
      open,"C,Ann Poe
      good-b,D,Joe Bloggs

      """)
    #expect(corpus.publications.map(\.id) == ["good-a", "good-b"])
    #expect(diagnostics.map(\.code) == ["csv.field-count", "csv.unbalanced-quote"])
    #expect(diagnostics.map { $0.location?.line } == [3, 4])
    #expect(diagnostics.allSatisfy { $0.skippedRecords == 1 })
  }

  @Test func tableWithoutAuthorsColumnThrows() {
    #expect {
      _ = try read("title,year\nT,2020\n")
    } throws: { error in
      guard case .malformed(_, let line, let expected) = error as? IngestError else { return false }
      return line == 1 && expected.contains("authors column")
    }
  }

  /// A table whose headers are not recognised says how to name its columns.
  @Test func tableWithoutAuthorsColumnSaysHowToNameIt() {
    #expect {
      _ = try read("Paper;People;When\nA;Ann Lee;2020\n")
    } throws: { error in
      guard case .malformed(_, _, let expected) = error as? IngestError else { return false }
      return expected.hasSuffix(
        "found 'Paper', 'People', 'When'; name the columns with --csv-columns authors=NAME,title=NAME"
      )
    }
  }

  @Test func loaderPicksTheReader() {
    #expect(InputFormat.csv.reader is CSVReader)
  }
}
