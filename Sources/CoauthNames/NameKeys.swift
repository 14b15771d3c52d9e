import CoauthModel

/// The comparison keys of one personal name, computed once per distinct printed name.
///
/// - `full`: every word of given name, particle and family name, folded, in order, hyphens as
///   spaces. Equal for accent, case, punctuation and hyphen variants, and for the same words
///   split differently into given and family name ("Ahmed Hassan | Awadallah" and "Ahmed |
///   Hassan Awadallah").
/// - `compact`: `full` without spaces ("AiTi Aw" and "Ai Ti Aw").
/// - `family`: the blocking key, the folded family name without spaces or hyphens.
///
/// Keys are computed on `NameParser.canonicalSplit` of the name, so that where a source put the
/// boundary between given and family name ("Nguyen, Kiet Van" or "Kiet Van Nguyen") does not
/// change them; a corpus may then widen the family name to a known compound (see
/// `CompoundFamilies`).
/// - `familyInitial`: family name and first initial ("behl h"), the classic coarse key.
public struct NameKeys: Sendable, Hashable {
  public var full: String
  public var compact: String
  public var family: String
  public var particle: String
  public var given: [GivenWord]
  /// Alternative given names printed in parentheses.
  public var nicknames: [String]
  /// Folded suffix ("jr", "iii"); persons with different suffixes are kept apart.
  public var suffix: String
  /// `full` with German umlauts (and ø, å) written out ("hinrich schuetze"), when the name has
  /// them (see `NameNormalizer.expandingUmlauts`).
  public var umlautExpandedFull: String?

  /// The split the keys were computed on (see `NameParser.canonicalSplit`).
  public var split: PersonName

  public init(_ name: PersonName) {
    self.init(split: NameParser().canonicalSplit(name))
  }

  /// Keys of `name` split as it is.
  init(split name: PersonName) {
    split = name
    given = GivenWord.words(ofGivenName: name.given, familyName: name.family)
    nicknames = GivenWord.nicknames(ofGivenName: name.given)
    particle = NameNormalizer.key(name.particle)
    let familyFolded = NameNormalizer.key(name.family)
    family = familyFolded.removingSpaces()
    suffix = NameNormalizer.key(name.suffix).removingSpaces()
    full = Self.fullKey(given: given, particle: particle, family: familyFolded)
    compact = full.removingSpaces()
    umlautExpandedFull = nil
    // ASCII names have no umlauts.
    if name.given.isPlainASCII, name.particle.isPlainASCII, name.family.isPlainASCII { return }
    let expandedParts = [name.given, name.particle, name.family].map(
      NameNormalizer.expandingUmlauts)
    if expandedParts.contains(where: { $0 != nil }) {
      let expanded = Self.fullKey(
        given: GivenWord.words(
          ofGivenName: expandedParts[0] ?? name.given, familyName: expandedParts[2] ?? name.family),
        particle: NameNormalizer.key(expandedParts[1] ?? name.particle),
        family: NameNormalizer.key(expandedParts[2] ?? name.family))
      if expanded != full { umlautExpandedFull = expanded }
    }
  }

  private static func fullKey(given: [GivenWord], particle: String, family: String) -> String {
    // [given words' parts joined by spaces, particle, family], the empty ones left out, joined
    // by spaces.
    var givenText = ""
    for (index, word) in given.enumerated() {
      if index > 0 { givenText += " " }
      for (partIndex, part) in word.parts.enumerated() {
        if partIndex > 0 { givenText += " " }
        givenText += part
      }
    }
    var full = givenText
    for piece in [particle, family] where !piece.isEmpty {
      if !full.isEmpty { full += " " }
      full += piece
    }
    return full
  }

  /// Family name and first initial: "behl h".
  public var familyInitial: String {
    guard let initial = given.first?.initials.first else { return family }
    return "\(family) \(Character(initial))"
  }

  /// Number of given-name words that are names rather than initials: how much the name says.
  public var fullGivenWordCount: Int { given.count { !$0.isInitial } }

  /// Number of given-name parts, a hyphenated word counting each of its parts ("Jean-Rémi":
  /// two, as "Jean Remi").
  public var givenPartCount: Int { given.reduce(0) { $0 + $1.parts.count } }

  /// Number of given-name parts that are names rather than initials.
  public var fullGivenPartCount: Int {
    given.reduce(0) { count, word in count + word.parts.count { $0.unicodeScalars.count > 1 } }
  }
}
