import CoauthIngest
import CoauthModel
import Testing

@Suite struct MEDLINENameTests {
  private func authors(_ text: String) throws -> [AuthorMention] {
    let corpus = try MEDLINEReader().read(InputSource(label: "a.nbib", bytes: Array(text.utf8))) {
      _ in
    }
    return corpus.publications.flatMap(\.authors)
  }

  /// NLM writes a suffix after the given name without a comma: `FAU - Smith, John A Jr`,
  /// `AU  - Smith JA Jr`.
  @Test func suffixAfterTheGivenNameIsASuffix() throws {
    let mentions = try authors(
      """
      PMID- 1
      FAU - Smith, John A Jr
      AU  - Smith JA Jr
      FAU - de la Cruz, Maria 3rd
      AU  - de la Cruz M 3rd
      FAU - Mausam
      AU  - Mausam

      PMID- 2
      AU  - Smith JA Jr
      AU  - Roe R 2nd
      """)
    #expect(
      mentions.map(\.printed) == [
        "Smith, John A Jr", "de la Cruz, Maria 3rd", "Mausam", "Smith JA Jr", "Roe R 2nd",
      ])
    #expect(
      mentions.map(\.name) == [
        PersonName(given: "John A", family: "Smith", suffix: "Jr"),
        PersonName(given: "Maria", particle: "de la", family: "Cruz", suffix: "3rd"),
        nil,
        PersonName(given: "JA", family: "Smith", suffix: "Jr"),
        PersonName(given: "R", family: "Roe", suffix: "2nd"),
      ])
  }
}
