import CoauthModel

/// MEDLINE author names: `FAU` "Family, Given" and `AU` "Family Initials", read as `RISName`
/// reads them, except that NLM writes a suffix after the given name or the initials without a
/// comma ("Smith, John A Jr", "Smith JA Jr", Roman numerals as ordinals: "3rd"): that last word
/// is the name's suffix, not part of its given name.
enum MEDLINEName {
  /// The suffixes NLM writes, as it writes them.
  private static let suffixes: Set<Substring> = [
    "Jr", "Sr", "2nd", "3rd", "4th", "5th", "6th", "II", "III", "IV",
  ]

  /// The mention for the value of an `FAU` or `AU` line.
  static func mention(_ text: String, location: SourceLocation) -> AuthorMention {
    let words = text.split(separator: " ")
    guard words.count >= 3, let last = words.last, suffixes.contains(last) else {
      return RISName.mention(text, location: location)
    }
    var mention = RISName.mention(words.dropLast().joined(separator: " "), location: location)
    guard var name = mention.name, name.suffix.isEmpty, !name.given.isEmpty else {
      return RISName.mention(text, location: location)
    }
    name.suffix = String(last)
    mention.name = name
    mention.printed = text
    return mention
  }
}
