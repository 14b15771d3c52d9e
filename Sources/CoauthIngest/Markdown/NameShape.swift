import CoauthModel

/// Cheap tests and clean-ups on the shape of a name as printed on a homepage.
enum NameShape {
  /// Words that start with a lowercase letter but belong in names.
  private static let particles: Set<String> = [
    "de", "van", "von", "der", "den", "la", "le", "da", "di", "del", "della", "du", "dos", "das",
    "do", "bin", "binti", "al", "el", "ten", "ter", "y", "zu", "st.",
  ]

  /// Academic titles that are not part of a name.
  private static let titles: Set<String> = [
    "prof.", "prof", "professor", "dr.", "dr", "drs.", "mr.", "ms.", "mrs.",
  ]

  /// True when every word looks like part of a name: 1 to 6 words, capitalised (particles
  /// aside, which may start a name printed family name first: "van der Berg AM", "de Souza,
  /// A."), letters with `.`, `-` and apostrophes only; or a name in Chinese, Japanese or Korean
  /// script (one to three words of those scripts, at most eight characters).
  static func isNameLike(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    if let first = words.first, PersonName.isCJK(first) {
      return words.count <= 3 && words.allSatisfy(PersonName.isCJK)
        && words.reduce(0) { $0 + $1.count } <= 8
    }
    guard (1...6).contains(words.count),
      words.contains(where: { $0.first?.isUppercase == true }),
      let first = words.first?.first,
      first.isUppercase || particles.contains(words[0].lowercased())
    else { return false }
    for word in words {
      guard
        word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" })
      else { return false }
      if let initial = word.first, !initial.isUppercase,
        !particles.contains(word.lowercased())
      {
        return false
      }
    }
    return true
  }

  /// `isNameLike` for a name printed either way: "Jane Doe", or family name first "Doe, J.",
  /// either with a suffix after a comma ("King, Jr.", "Doe, J., Jr.").
  static func isPrintedNameLike(_ name: String) -> Bool {
    let parts = name.split(separator: ",", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count) else { return isNameLike(name) }
    return parts.allSatisfy { isNameLike($0.trimmingWhitespace()) }
  }

  /// True when a word of the name says it is a group ("Microsoft GenAI Team"), or the name is an
  /// institution's: a word such as "University" or "Ministry" among two or more ("Stanford
  /// University", "Ministry of Health"), or "of" or "for" inside three or more ("Centre for
  /// Digital Humanities"), which no personal name holds.
  static func isGroupName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    if words.contains(where: isGroupWord) { return true }
    guard words.count >= 2 else { return false }
    let lowered = words.map { $0.lowercased() }
    if lowered.contains(where: institutionWords.contains) { return true }
    let inner = lowered.dropFirst().dropLast()
    return lowered.count >= 3 && inner.contains { $0 == "of" || $0 == "for" }
  }

  /// Words that name an institution, not a person, in a name of several words.
  private static let institutionWords: Set<String> = [
    "university", "universidad", "universidade", "institute", "institut", "instituto",
    "istituto", "department", "departamento", "centre", "center", "ministry", "hospital",
    "agency", "council", "academy", "corporation", "college", "faculty", "commission", "school",
  ]

  /// True when `word` is a group word, in any case, compared byte by byte without making a
  /// string.
  static func isGroupWord(_ word: some StringProtocol) -> Bool {
    isGroupWord(utf8: word.utf8)
  }

  /// `isGroupWord` of a word's UTF-8 bytes (as a reader holds them, undecoded). The words that
  /// make a name a group ("Microsoft GenAI Team", "The ACL Consortium") are spelt out here by
  /// length, as literals: readers ask this of every family name, and a table of byte arrays
  /// cost a reference count change per candidate.
  static func isGroupWord<Bytes: Collection<UInt8>>(utf8: Bytes) -> Bool {
    func spells(_ word: StaticString) -> Bool {
      // ORing 0x20 lowers ASCII capitals; the group words are lower-case ASCII letters only.
      word.withUTF8Buffer { zip($0, utf8).allSatisfy { $0 == $1 | 0x20 } }
    }
    switch utf8.count {
    case 3: return spells("lab")
    case 4: return spells("team") || spells("labs")
    case 5: return spells("group")
    case 7:
      return spells("project") || spells("society") || spells("network") || spells("working")
        || spells("authors")
    case 8: return spells("alliance")
    case 9: return spells("committee") || spells("taskforce")
    case 10:
      return spells("consortium") || spells("laboratory") || spells("initiative")
        || spells("foundation")
    case 11: return spells("association")
    case 12: return spells("organization") || spells("organisation") || spells("contributors")
    case 13: return spells("collaboration")
    default: return false
    }
  }

  /// The name without parenthesised parts: "Krishnamurthy (Dj) Dvijotham" gives
  /// "Krishnamurthy Dvijotham", "Jiashu Xu (Harvard University)" gives "Jiashu Xu".
  static func removingParentheses(_ text: String) -> String {
    var output = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        output.append(character)
      }
    }
    return MarkdownInline.collapsingWhitespace(output)
  }

  /// The name without leading titles such as "Prof." or "Dr.".
  static func removingTitles(_ text: String) -> String {
    var words = text.split(separator: " ")
    while let first = words.first, words.count > 1, titles.contains(first.lowercased()) {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }
}
