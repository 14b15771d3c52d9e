import CoauthIngest
import CoauthModel
import Testing

@Suite struct RelationsCSVReaderTests {
  private func read(_ text: String) throws -> ([DeclaredRelation], [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let relations = try RelationsCSVReader.read(
      InputSource(label: "relations.csv", text: text), diagnostics: { diagnostics.append($0) })
    return (relations, diagnostics)
  }

  @Test func readsNamesYearsAndSource() throws {
    let (relations, diagnostics) = try read(
      """
      mentor,mentee,years,source
      Mary Senior,Alice Student,2010-2016,MGP
      "Torr, Philip","Behl, Harkirat Singh",2019–,Wikidata P184
      Grace Hopper,Someone Else,,

      """)
    #expect(diagnostics.isEmpty)
    #expect(relations.map(\.mentor) == ["Mary Senior", "Torr, Philip", "Grace Hopper"])
    #expect(relations.map(\.mentee) == ["Alice Student", "Behl, Harkirat Singh", "Someone Else"])
    #expect(relations[0].startYear == 2010 && relations[0].endYear == 2016)
    #expect(relations[1].startYear == 2019 && relations[1].endYear == nil)
    #expect(relations[2].startYear == nil && relations[2].source.isEmpty)
    #expect(relations.map(\.source) == ["MGP", "Wikidata P184", ""])
    #expect(relations[1].location == SourceLocation(path: "relations.csv", line: 3))
  }

  @Test func acceptsOtherColumnNamesOrderAndTabs() throws {
    let (relations, _) = try read(
      "Student\tAdvisor\tstart_year\tend_year\nAlice Student\tMary Senior\t2010\t2016\n")
    #expect(relations.count == 1)
    #expect(relations.first?.mentor == "Mary Senior")
    #expect(relations.first?.startYear == 2010 && relations.first?.endYear == 2016)
  }

  @Test func badRowsAreReportedAndSkipped() throws {
    let (relations, diagnostics) = try read(
      """
      mentor,mentee,years
      Mary Senior,,2010
      Mary Senior,Alice Student,around 2010
      Mary Senior,Alice Student,2016-2010
      Mary Senior,Carl Junior,2013
      Carl Junior,carl junior,2017
      """)
    #expect(relations.map(\.mentee) == ["Carl Junior"])
    #expect(diagnostics.map(\.code) == Array(repeating: "relations.bad-row", count: 4))
    #expect(diagnostics.map { $0.location?.line } == [2, 3, 4, 6])
    #expect(diagnostics[1].message.contains("expected years such as 2010-2016"))
    #expect(diagnostics[3].message.contains("expected two different people"))
    // A single year is that year alone.
    #expect(relations.first?.startYear == 2013 && relations.first?.endYear == 2013)
  }

  @Test func aHeaderWithoutMentorOrMenteeThrows() {
    #expect(throws: IngestError.self) { try read("name,year\nMary Senior,2010\n") }
    #expect(throws: IngestError.self) { try read("") }
  }
}
