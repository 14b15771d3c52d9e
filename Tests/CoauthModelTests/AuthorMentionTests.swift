import CoauthModel
import Testing

/// A mention gives back the identifiers it was given, however it holds them (a four-digit
/// homonym number alone is held inline, anything else in a box).
@Suite struct AuthorMentionTests {
  private static let samples: [AuthorIdentifiers] = [
    AuthorIdentifiers(),
    AuthorIdentifiers(homonymNumber: "0001"),
    AuthorIdentifiers(homonymNumber: "9999"),
    AuthorIdentifiers(homonymNumber: "0000"),
    AuthorIdentifiers(homonymNumber: "12345"),
    AuthorIdentifiers(homonymNumber: "001"),
    AuthorIdentifiers(homonymNumber: "00a1"),
    AuthorIdentifiers(homonymNumber: "０００１"),
    AuthorIdentifiers(homonymNumber: ""),
    AuthorIdentifiers(orcid: "0000-0002-1825-0097", homonymNumber: "0003"),
    AuthorIdentifiers(dblpPID: "123/4567", homonymNumber: "0003"),
    AuthorIdentifiers(orcid: "0000-0002-1825-0097"),
  ]

  @Test(arguments: samples)
  func identifiersComeBackAsGiven(_ identifiers: AuthorIdentifiers) {
    let built = AuthorMention(printed: "Wei Wang", identifiers: identifiers)
    #expect(built.identifiers == identifiers)
    var set = AuthorMention(printed: "Wei Wang")
    set.identifiers = identifiers
    #expect(set.identifiers == identifiers)
    #expect(set == built)
    #expect(set.hashValue == built.hashValue)
    // Replacing the identifiers leaves nothing of the old ones behind.
    set.identifiers = AuthorIdentifiers()
    #expect(set.identifiers.isEmpty)
    #expect(set == AuthorMention(printed: "Wei Wang"))
  }

  @Test func everyFourDigitHomonymNumberComesBack() {
    for number in 0...9999 {
      let text = String(repeating: "0", count: 4 - String(number).count) + String(number)
      let mention = AuthorMention(printed: "Wei Wang", identifiers: AuthorIdentifiers(homonymNumber: text))
      #expect(mention.identifiers.homonymNumber == text)
    }
  }

  /// A reader that has the digits as bytes (`setHomonymNumber(digits:)`) makes the same mention
  /// as one that sets them as identifiers; digits that are no code are left to `identifiers`.
  @Test(arguments: ["0001", "0042", "9999", "0000", "001", "00a1", "12345", ""])
  func homonymDigitsMakeTheSameMentionAsTheirString(_ number: String) {
    var fromDigits = AuthorMention(printed: "Wei Wang")
    let held = Array(number.utf8).withUnsafeBufferPointer { fromDigits.setHomonymNumber(digits: $0) }
    let isCode = number.count == 4 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
      && number != "0000"
    #expect(held == isCode)
    if held {
      let fromString = AuthorMention(printed: "Wei Wang", identifiers: AuthorIdentifiers(homonymNumber: number))
      #expect(fromDigits == fromString)
      #expect(fromDigits.identifiers.homonymNumber == number)
    } else {
      #expect(fromDigits == AuthorMention(printed: "Wei Wang"))
    }
  }

  @Test func mentionsWithDifferentHomonymNumbersDiffer() {
    let one = AuthorMention(printed: "Wei Wang", identifiers: AuthorIdentifiers(homonymNumber: "0001"))
    let two = AuthorMention(printed: "Wei Wang", identifiers: AuthorIdentifiers(homonymNumber: "0002"))
    let boxed = AuthorMention(
      printed: "Wei Wang", identifiers: AuthorIdentifiers(orcid: "0000-0002-1825-0097", homonymNumber: "0001"))
    #expect(one != two)
    #expect(one != boxed)
    #expect(one != AuthorMention(printed: "Wei Wang"))
  }
}
