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
  /// Chinese, Japanese and Korean names written in their own script keep their order, family
  /// name first, without a space ("王伟").
  public var displayForm: String {
    if isWrittenFamilyFirst { return family + given }
    var words: [String] = []
    if !given.isEmpty { words.append(given) }
    if !particle.isEmpty { words.append(particle) }
    if !family.isEmpty { words.append(family) }
    var text = words.joined(separator: " ")
    if !suffix.isEmpty { text += text.isEmpty ? suffix : ", \(suffix)" }
    return text
  }

  /// True for a name in Chinese, Japanese or Korean script, given and family name alike:
  /// written family name first, without a space.
  public var isWrittenFamilyFirst: Bool {
    particle.isEmpty && suffix.isEmpty && !given.isEmpty && Self.isCJK(family) && Self.isCJK(given)
  }

  /// The name of `words` in Chinese, Japanese or Korean script, written family name first ("山田
  /// 太郎", "王 伟"): the first word is the family name, the rest the given name. Nil unless
  /// there are two words or more and every one is in those scripts.
  public init?(writtenFamilyFirst words: [some StringProtocol], suffix: String = "") {
    guard words.count > 1, words.allSatisfy({ Self.isCJK($0) }) else { return nil }
    self.init(
      given: words[1...].map { String($0) }.joined(separator: " "), family: String(words[0]),
      suffix: suffix)
  }

  /// True when `text` is written in Han, Kana or Hangul only.
  public static func isCJK(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy(isCJK)
  }

  /// True for a Han, Kana or Hangul scalar.
  public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
      0x20000...0x2FA1F:
      true
    default: false
    }
  }

  /// True when no part holds any text.
  public var isEmpty: Bool {
    given.isEmpty && particle.isEmpty && family.isEmpty && suffix.isEmpty
  }
}
