import CoauthIngest
import CoauthModel
import Testing

@Suite struct BibTeXNameParserTests {
  private func parse(_ field: String) -> BibTeXNameList {
    var parser = BibTeXNameParser()
    return parser.parse(Array(field.utf8))
  }

  @Test(arguments: [
    ("Donald E. Knuth", PersonName(given: "Donald E.", family: "Knuth")),
    ("Knuth, Donald E.", PersonName(given: "Donald E.", family: "Knuth")),
    ("Ludwig van Beethoven", PersonName(given: "Ludwig", particle: "van", family: "Beethoven")),
    ("van Beethoven, Ludwig", PersonName(given: "Ludwig", particle: "van", family: "Beethoven")),
    ("Jean de la Fontaine", PersonName(given: "Jean", particle: "de la", family: "Fontaine")),
    ("de la Fontaine, Jean", PersonName(given: "Jean", particle: "de la", family: "Fontaine")),
    ("De la Cruz, Maria", PersonName(given: "Maria", particle: "De la", family: "Cruz")),
    ("Fox Tree, Jean E.", PersonName(given: "Jean E.", family: "Fox Tree")),
    ("Stabler, Jr., Edward P.", PersonName(given: "Edward P.", family: "Stabler", suffix: "Jr.")),
    // The suffix last, as Zotero and IEEE Xplore export it.
    ("Smith, J. A., Jr.", PersonName(given: "J. A.", family: "Smith", suffix: "Jr.")),
    ("King, Martin Luther, Jr", PersonName(given: "Martin Luther", family: "King", suffix: "Jr")),
    ("Doe, Jane, III", PersonName(given: "Jane", family: "Doe", suffix: "III")),
    ("Gates, III, William H.", PersonName(given: "William H.", family: "Gates", suffix: "III")),
    ("Doe, John, III", PersonName(given: "John", family: "Doe", suffix: "III")),
    ("Laverghetta Jr., Antonio", PersonName(given: "Antonio", family: "Laverghetta Jr.")),
    ("Jean-Pierre Dupont", PersonName(given: "Jean-Pierre", family: "Dupont")),
    ("Kao, Hung-Yu", PersonName(given: "Hung-Yu", family: "Kao")),
    (#"M{\"u}ller, J{\"u}rgen"#, PersonName(given: "Jürgen", family: "Müller")),
    (#"{\"O}sterreicher, Anna"#, PersonName(given: "Anna", family: "Österreicher")),
    (#"Anna {\"u}ber Alles"#, PersonName(given: "Anna", particle: "über", family: "Alles")),
    ("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
     PersonName(given: "Charles Louis Xavier Joseph", particle: "de la", family: "Vallée Poussin")),
    ("{von} Neumann, John", PersonName(given: "John", family: "von Neumann")),
    ("Su, {and Keh-Yih}", PersonName(given: "and Keh-Yih", family: "Su")),
    ("Donald~E.~Knuth", PersonName(given: "Donald E.", family: "Knuth")),
    ("Aristotle", PersonName(family: "Aristotle")),
    // Chinese, Japanese and Korean names are written family name first.
    ("山田 太郎", PersonName(given: "太郎", family: "山田")),
    ("王 伟", PersonName(given: "伟", family: "王")),
    ("王, 伟", PersonName(given: "伟", family: "王")),
    ("김 민준", PersonName(given: "민준", family: "김")),
    (", Plato", PersonName(family: "Plato")),
  ])
  func nameGrammar(field: String, expected: PersonName) throws {
    let list = parse(field)
    try #require(list.names.count == 1)
    #expect(list.names[0].name == expected)
    #expect(list.names[0].kind == .person)
  }

  @Test func splitsOnTopLevelAndOnly() {
    let list = parse("Wang, Qian  and\n  Zhang, Jiajun AND Li, Ying and {Barnes and Noble}")
    #expect(list.names.map(\.printed) == ["Wang, Qian", "Zhang, Jiajun", "Li, Ying", "Barnes and Noble"])
    #expect(list.names.map(\.lineOffset) == [0, 1, 1, 1])
    #expect(!list.isTruncated)
  }

  /// dblp's BibTeX prints its homonym numbers as its XML does: "Wei Wang 0001".
  @Test func dblpHomonymNumbersAreIdentifiersNotFamilyNames() {
    let list = parse("Wei Wang 0001 and\n Yang Liu 0003 and Jos{\\'{e}} Mar{\\'{\\i}}a de la Fuente 0002 and Wei Wang")
    #expect(list.names.map(\.printed) == ["Wei Wang", "Yang Liu", "José María de la Fuente", "Wei Wang"])
    #expect(list.names.map(\.name) == [
      PersonName(given: "Wei", family: "Wang"), PersonName(given: "Yang", family: "Liu"),
      PersonName(given: "José María", particle: "de la", family: "Fuente"),
      PersonName(given: "Wei", family: "Wang"),
    ])
    #expect(list.names.map(\.homonymNumber) == ["0001", "0003", "0002", nil])
    #expect(list.names.map(\.lineOffset) == [0, 1, 1, 1])
  }

  /// Google Scholar's BibTeX writes group authors as if their last word were a family name.
  @Test func googleScholarGroupAuthorsAreGroups() {
    let list = parse("Team, Gemini and Anil, Rohan and Collaboration, ATLAS and Teamwork, Ann")
    #expect(list.names.map(\.printed) == ["Gemini Team", "Anil, Rohan", "ATLAS Collaboration", "Teamwork, Ann"])
    #expect(list.names.map(\.kind) == [.group, .person, .group, .person])
    #expect(list.names[0].name == PersonName(family: "Gemini Team"))
  }

  /// Better BibTeX writes names with particles in BibLaTeX's extended name format.
  @Test func bibLaTeXExtendedNameFormat() {
    let list = parse(
      "family=Berg, given=Anna, prefix=van den, useprefix=true and Smith, John and\n"
        + #"given={Martin Luther}, family=King, suffix=Jr. and family={M{\"u}ller, Sons}, given=J."#)
    #expect(list.names.map(\.name) == [
      PersonName(given: "Anna", particle: "van den", family: "Berg"),
      PersonName(given: "John", family: "Smith"),
      PersonName(given: "Martin Luther", family: "King", suffix: "Jr."),
      PersonName(given: "J.", family: "Müller, Sons"),
    ])
    #expect(list.names.map(\.printed) == [
      "Anna van den Berg", "Smith, John", "Martin Luther King, Jr.", "J. Müller, Sons",
    ])
    #expect(list.names.map(\.lineOffset) == [0, 0, 1, 1])
  }

  @Test func bracedNamesAreOneUnit() {
    let list = parse("{Microsoft GenAI Team} and {Mausam}")
    #expect(list.names.map(\.kind) == [.group, .person])
    #expect(list.names.map(\.name) == [PersonName(family: "Microsoft GenAI Team"), PersonName(family: "Mausam")])
    #expect(list.names.map(\.printed) == ["Microsoft GenAI Team", "Mausam"])
  }

  @Test func andOthersTruncates() {
    let list = parse("Doe, Jane and others")
    #expect(list.names.count == 1)
    #expect(list.isTruncated)
  }

  @Test func emptyNamesAreCounted() {
    let list = parse("and Doe, Jane and\n and Roe, Richard and")
    #expect(list.names.map(\.printed) == ["Doe, Jane", "Roe, Richard"])
    #expect(list.emptyNameLineOffsets == [0, 1, 1])
  }

  /// Found by fuzzing: a name whose words decode to nothing was kept with no text.
  @Test func namesThatDecodeToNothingAreEmpty() {
    let list = parse("Doe, Jane and {} and\n } and Roe, Richard")
    #expect(list.names.map(\.printed) == ["Doe, Jane", "Roe, Richard"])
    #expect(list.emptyNameLineOffsets == [0, 1])
  }

  @Test func printedFormKeepsCommasAndDecodesAccents() {
    let list = parse(#"Steingr{\'\i}msson, Stein{\th}{\'o}r"#)
    #expect(list.names.first?.printed == "Steingrímsson, Steinþór")
    #expect(list.names.first?.name.displayForm == "Steinþór Steingrímsson")
  }
}
