import CoauthModel
import CoauthNames
import PropertyBased
import Testing

@Suite struct NameParserPropertyTests {
  static let capitalised = Gen<Character?>.element(of: Array("ABCDEFGHJKLMNOPRSTUVWZÉÖŁ"))
    .map { $0 ?? "A" }
  static let lower = Gen<Character?>.element(of: Array("aeioubcdfghklmnprstvwzéüøñ"))
    .map { $0 ?? "a" }
  /// A capitalised word that is not a particle or suffix.
  static let word = zip(capitalised, lower.string(of: 2...8)).map { "\($0)\($1)" }
    .filter { !reserved.contains($0.lowercased()) }
  static let reserved: Set<String> = [
    "van", "von", "der", "den", "del", "della", "delle", "dei", "degli", "dos", "das", "des",
    "ter", "ten", "vom", "zum", "zur", "iii", "jnr", "snr",
  ]
  static let hyphenated = zip(word, word, Gen.bool(0.2)).map { $2 ? "\($0)-\($1)" : $0 }
  static let initial = capitalised.map { "\($0)." }
  static let givenWord = zip(hyphenated, initial, Gen.bool(0.25)).map { $2 ? $1 : $0 }
  static let particle = Gen<String?>.element(of: ["", "", "", "van", "von", "de la", "van der", "dos", "di"])
    .map { $0 ?? "" }
  static let suffix = Gen<String?>.element(of: ["", "", "", "", "Jr.", "Sr.", "III"]).map { $0 ?? "" }

  static let names = zip(
    givenWord.array(of: 1...3), particle, hyphenated.array(of: 1...2), suffix
  ).map { (given: [String], particle: String, family: [String], suffix: String) in
    PersonName(
      given: given.joined(separator: " "), particle: particle,
      family: family.joined(separator: " "), suffix: suffix)
  }

  @Test func parsingTheInvertedFormGivesTheName() async {
    await propertyCheck(input: Self.names) { name in
      var text = [name.particle, name.family].filter { !$0.isEmpty }.joined(separator: " ")
      if !name.suffix.isEmpty { text += ", \(name.suffix)" }
      text += ", \(name.given)"
      #expect(NameParser().parse(text) == name)
    }
  }

  @Test func parsingTheNaturalFormGivesTheName() async {
    let singleWordFamilies = Self.names.filter { !$0.family.contains(" ") }
    await propertyCheck(input: singleWordFamilies) { name in
      #expect(NameParser().parse(name.displayForm) == name)
      let withoutComma = name.displayForm.replacingOccurrences(of: ", ", with: " ")
      #expect(NameParser().parse(withoutComma) == name)
    }
  }

  /// Pieces of messy text: words, spaces, commas, brackets, stray marks and joiners.
  static let piece = Gen<String?>.element(of: [
    "Ana", "Li", "van", "Jr.", " ", "  ", ",", ".", "(", ")", "\u{301}", "\u{5B2}", "\u{36E}",
    "\u{200D}", "\u{FF9E}", "\u{93E}",
  ]).map { $0 ?? "" }

  @Test func partsNeverStartOrEndWithASpace() async {
    await propertyCheck(input: Self.piece.array(of: 0...12)) { pieces in
      let name = NameParser().parse(pieces.joined())
      for part in [name.given, name.particle, name.family, name.suffix] {
        #expect(part.first?.isWhitespace != true && part.last?.isWhitespace != true, "\(pieces)")
      }
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
