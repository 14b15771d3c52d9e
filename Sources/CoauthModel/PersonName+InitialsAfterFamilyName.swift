/// Names printed family name first with the given name's initials after it, as bibliographic
/// databases print them (Scopus "Smith J.A.", PubMed "Smith JA", Web of Science "Smith, J.A."
/// without the comma). Readers of such exports (CSV, RIS) split these names themselves; the
/// name parser does so when asked (`NameParser.readsInitialsAfterFamilyName`).
extension PersonName {
  /// "Smith J.A." as family "Smith", given "J.A."; nil when `text` is not a family name
  /// followed by initials (see `initialsAfterFamilyNameCount(_:)`). A generational suffix
  /// after the initials, as PubMed prints it ("King ML Jr"), is the suffix.
  public init?(initialsAfterFamilyName text: String) {
    var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    var suffix = ""
    if words.count >= 3, let last = words.last, Self.suffixesAfterInitials.contains(last) {
      suffix = last
      words.removeLast()
    }
    guard let count = Self.initialsAfterFamilyNameCount(words) else { return nil }
    self.init(
      given: words.suffix(count).joined(separator: " "),
      family: words.dropLast(count).joined(separator: " "), suffix: suffix)
  }

  /// Suffixes as databases print them after the initials ("King ML Jr", "Gates WH 3rd").
  private static let suffixesAfterInitials: Set<String> = [
    "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "2nd", "3rd", "4th",
  ]

  /// The number of words at the end of `words` that are the given name's initials written
  /// after the family name; nil when the name is not printed so. Initials are single capitals
  /// with or without a full stop ("J", "J."), capitals with full stops ("J.A.", "J.-P."), or,
  /// as the last word, two or three capitals ("JA", "JPM") unless they spell a short family
  /// name ("Wei LI", "Andrew NG") or a suffix ("III"). The words before must be a family name
  /// not printed in capitals: words of two letters or more, the first with a lower-case letter.
  public static func initialsAfterFamilyNameCount(_ words: [String]) -> Int? {
    guard words.count >= 2 else { return nil }
    var count = 0
    while count < words.count - 1, isInitialsWord(words[words.count - 1 - count]) { count += 1 }
    if count == 0, let last = words.last, isCapitalsRun(last) { count = 1 }
    let before = words.dropLast(count)
    guard count > 0, let first = before.first,
      first.unicodeScalars.contains(where: \.properties.isLowercase),
      before.allSatisfy({ $0.unicodeScalars.count(where: \.properties.isAlphabetic) > 1 })
    else { return nil }
    return count
  }

  /// "J", "J.", "J.A.", "J.-P.": capitals, each alone between full stops and hyphens, with a
  /// full stop when there are several.
  private static func isInitialsWord(_ word: String) -> Bool {
    let scalars = word.unicodeScalars
    let letters = scalars.filter(\.properties.isAlphabetic)
    guard !letters.isEmpty, letters.allSatisfy(\.properties.isUppercase),
      scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "." || $0 == "-" }),
      scalars.first?.properties.isAlphabetic == true
    else { return false }
    if letters.count == 1 { return true }
    let pieces = word.split(whereSeparator: { $0 == "." || $0 == "-" })
    return word.contains(".") && pieces.count == letters.count
  }

  /// "JA", "JPM": two or three ASCII capitals that are no short family name and no suffix.
  private static func isCapitalsRun(_ word: String) -> Bool {
    let scalars = word.unicodeScalars
    return (2...3).contains(scalars.count)
      && scalars.allSatisfy({ ("A"..."Z").contains($0) })
      && !["II", "III", "IV", "JR", "SR"].contains(word)
      && !shortFamilyNames.contains(word.lowercased())
  }

  /// Family names of two or three letters that are printed in capitals after the given name
  /// ("Wei LI", "Andrew NG", "Minh LE"): such a word is the family name, not initials. Mostly
  /// Chinese, Korean and Vietnamese romanisations, with some short names of other origins.
  public static let shortFamilyNames: Set<String> = [
    // Chinese (pinyin, Wade-Giles, Cantonese)
    "an", "bai", "bao", "bi", "cai", "cao", "cen", "cui", "dai", "deng", "di", "du", "fan", "fei",
    "fu", "gao", "ge", "gu", "guo", "han", "hao", "he", "hou", "hu", "jia", "jin", "kan", "kuo",
    "lai", "lam", "lau", "lei", "li", "lin", "liu", "lo", "lu", "luo", "lv", "ma", "mai", "mao",
    "mo", "mu", "ng", "ni", "niu", "ou", "pan", "pei", "pu", "qi", "qin", "qiu", "ren", "ruan",
    "shi", "su", "sun", "tan", "tao", "tu", "wan", "wei", "wen", "wu", "xia", "xie", "xu", "xue",
    "yan", "yao", "ye", "yi", "yin", "yu", "yue", "zha", "zhu", "zou", "zuo", "chu", "kwok",
    "kam", "lui", "mak", "tse", "wai", "yau", "yip", "yim", "wee", "tay", "teo", "yeo", "goh",
    "koh", "toh", "ong", "oei",
    // Korean
    "ahn", "bae", "cha", "cho", "choi", "chu", "ha", "heo", "ho", "hur", "jo", "ko", "koo", "kim",
    "lee", "lim", "min", "na", "nam", "noh", "oh", "ok", "pyo", "ryu", "seo", "shin", "son",
    "suh", "woo", "yoo", "yoon", "yun",
    // Vietnamese, Japanese and others
    "do", "ly", "le", "vu", "vo", "ito", "abe", "ono", "oda", "ota", "seki", "iwa", "rao", "das",
    "dey", "jha", "pal", "rai", "sen", "roy", "lal", "fox", "day", "orr", "poe", "ray", "may",
    "kay", "hay", "coe", "dee", "ali", "aly", "ivy", "amo", "eck", "ost", "ek", "el", "al",
  ]
}
