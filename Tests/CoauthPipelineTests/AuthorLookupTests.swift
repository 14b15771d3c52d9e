import CoauthModel
import CoauthPipeline
import Testing

@Suite struct AuthorLookupTests {
  let lookup = AuthorLookup(
    AuthorTable(
      ids: ["m-pawan-kumar", "thomas-muller", "pawan-singh"],
      names: ["M. Pawan Kumar", "Thomas Müller", "Pawan Singh"],
      kinds: [.person, .person, .person],
      variants: [["M. Pawan Kumar"], ["Thomas Müller", "Müller, T."], ["Pawan Singh"]]))

  @Test func findsByIDNameAndVariantInAnyOrder() {
    #expect(lookup.matches("thomas-muller") == [1])
    #expect(lookup.matches("muller, thomas") == [1])
    #expect(lookup.matches("T. Müller") == [1])
  }

  @Test func findsNamesWithAWordLeftOut() {
    #expect(lookup.matches("Pawan Kumar") == [0])
    #expect(lookup.matches("Pawan") == [0, 2])
    #expect(lookup.matches("Pawan Jones").isEmpty)
  }

  /// Initials stand for given names, as in a reference list: "T. Müller" and "Müller, T." name
  /// Thomas Müller although only "Thomas Müller" was printed for him.
  @Test func findsNamesWrittenWithInitials() {
    let lookup = AuthorLookup(
      AuthorTable(
        ids: ["dan-jurafsky", "christopher-d-manning", "diane-manning"],
        names: ["Dan Jurafsky", "Christopher D. Manning", "Diane Manning"],
        kinds: [.person, .person, .person],
        variants: [["Dan Jurafsky"], ["Christopher D. Manning"], ["Diane Manning"]]))
    #expect(lookup.matches("D. Jurafsky") == [0])
    #expect(lookup.matches("Jurafsky, D.") == [0])
    #expect(lookup.matches("C. Manning") == [1])
    #expect(lookup.matches("Manning, C. D.") == [1])
    #expect(lookup.matches("D. Manning") == [1, 2])
    #expect(lookup.matches("J. Jurafsky").isEmpty)
    #expect(lookup.matches("C. D. E. Manning").isEmpty)
  }

  /// "Mueller" is how "Müller" is written without umlauts, in either the query or the records.
  @Test func findsUmlautsWrittenOut() {
    #expect(lookup.matches("Thomas Mueller") == [1])
    #expect(lookup.matches("Mueller") == [1])
    let written = AuthorLookup(
      AuthorTable(
        ids: ["hinrich-schuetze"], names: ["Hinrich Schuetze"], kinds: [.person],
        variants: [["Hinrich Schuetze"]]))
    #expect(written.matches("Hinrich Schütze") == [0])
  }
}
