/// A personal name split into its parts, in the sense of BibTeX and CSL: "Ludwig van Beethoven"
/// has given "Ludwig", particle "van", family "Beethoven"; "Martin Luther King, Jr." has suffix
/// "Jr.". Parts keep the spelling of the source (accents, case); comparison keys are made later.
public struct PersonName: Sendable, Hashable {
  public var given: String
  public var particle: String
  public var family: String
  public var suffix: String

  public init(given: String = "", particle: String = "", family: String, suffix: String = "") {
    self.given = given
    self.particle = particle
    self.family = family
    self.suffix = suffix
  }

  /// "Given particle Family, Suffix" with empty parts left out: the form used for display.
  public var displayForm: String {
    var words: [String] = []
    if !given.isEmpty { words.append(given) }
    if !particle.isEmpty { words.append(particle) }
    if !family.isEmpty { words.append(family) }
    var text = words.joined(separator: " ")
    if !suffix.isEmpty { text += text.isEmpty ? suffix : ", \(suffix)" }
    return text
  }

  /// True when no part holds any text.
  public var isEmpty: Bool {
    given.isEmpty && particle.isEmpty && family.isEmpty && suffix.isEmpty
  }
}
