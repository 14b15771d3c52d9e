import CoauthIngest
import Testing

@Suite struct DBLPAuthorNameTests {
  @Test(arguments: [
    ("Wei Wang 0001", "Wei Wang", "0001"),
    ("Wei Wang", "Wei Wang", nil),
    ("Wei Wang 001", "Wei Wang 001", nil),
    ("Team 2020x", "Team 2020x", nil),
    ("0001", "0001", nil),
    ("Jürgen Müller 0042", "Jürgen Müller", "0042"),
  ] as [(String, String, String?)])
  func splitsTheHomonymNumber(_ text: String, _ name: String, _ number: String?) {
    let split = DBLPAuthorName.split(text)
    #expect(split.name == name)
    #expect(split.homonymNumber == number)
  }
}
