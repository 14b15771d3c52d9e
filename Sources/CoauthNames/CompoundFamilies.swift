import CoauthModel

/// Family names printed hyphenated somewhere in a corpus ("Sánchez-Cartagena"), so that the
/// same two words printed without the hyphen ("Víctor Sánchez Cartagena") are read as that
/// family name rather than as a middle name and a family name. Hyphens are printed alike in
/// every format, so this gives the same keys whatever split a source gave.
struct CompoundFamilies {
  /// Folded hyphenated family names: "sanchez-cartagena".
  private var known: Set<String> = []

  /// Learns the compounds of `hyphenatedFamilies` (see `hyphenatedFamily(of:)`).
  init(hyphenatedFamilies: some Sequence<String>) {
    known = Set(hyphenatedFamilies)
  }

  /// The folded family name of `name` when it is one hyphenated word ("sanchez-cartagena") and
  /// the name has no particle; nil otherwise.
  static func hyphenatedFamily(of name: PersonName) -> String? {
    guard name.particle.isEmpty else { return nil }
    // Only text with a hyphen-like character can fold to a hyphen.
    if name.family.isPlainASCII, !name.family.utf8.contains(UInt8(ascii: "-")) { return nil }
    let family = NameNormalizer.fold(name.family)
    return family.contains("-") && !family.contains(" ") ? family : nil
  }

  var isEmpty: Bool { known.isEmpty }

  /// `keys` with the last given word joined to the family name when the two are a known
  /// compound; nil when they are not.
  func widened(_ keys: NameKeys) -> NameKeys? {
    let name = keys.split
    guard name.particle.isEmpty, !name.family.contains(" ") else { return nil }
    let givenWords = name.given.whitespaceSeparatedWords
    guard givenWords.count >= 2, let last = givenWords.last else { return nil }
    let compound = NameNormalizer.fold(last) + "-" + NameNormalizer.fold(name.family)
    guard known.contains(compound) else { return nil }
    var widened = name
    widened.given = givenWords.dropLast().joined(separator: " ")
    widened.family = last + " " + name.family
    return NameKeys(split: widened)
  }
}
