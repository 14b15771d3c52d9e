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
}
