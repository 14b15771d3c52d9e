import CoauthModel

/// Cheap tests and clean-ups on the shape of a name as printed on a homepage.
enum NameShape {
  /// Words that start with a lowercase letter but belong in names.
  private static let particles: Set<String> = [
    "de", "van", "von", "der", "den", "la", "le", "da", "di", "del", "della", "du", "dos", "das",
    "do", "bin", "binti", "al", "el", "ten", "ter", "y", "zu", "st.",
  ]

  /// Words that make a name a group: "Microsoft GenAI Team", "The ACL Consortium".
  private static let groupWords: Set<String> = [
    "team", "group", "consortium", "collaboration", "lab", "labs", "laboratory", "project",
    "committee", "initiative", "society", "association", "network", "alliance", "taskforce",
    "organization", "organisation", "foundation", "working", "authors", "contributors",
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

  /// True when a word of the name says it is a group.
  static func isGroupName(_ name: String) -> Bool {
    name.split(separator: " ").contains(where: isGroupWord)
  }

  /// The group words as bytes, by length, for `isGroupWord`.
  private static let groupWordsByLength: [[[UInt8]]] = {
    var buckets = [[[UInt8]]](repeating: [], count: 16)
    for word in groupWords { buckets[word.utf8.count].append(Array(word.utf8)) }
    return buckets
  }()

  /// True when `word` is a group word, in any case, compared byte by byte without making a
  /// string: readers ask it of every family name ("Team, Gemini").
  static func isGroupWord(_ word: some StringProtocol) -> Bool {
    isGroupWord(utf8: word.utf8)
  }

  /// `isGroupWord` of a word's UTF-8 bytes (as a reader holds them, undecoded).
  static func isGroupWord<Bytes: Collection<UInt8>>(utf8: Bytes) -> Bool {
    let count = utf8.count
    guard count < groupWordsByLength.count else { return false }
    return groupWordsByLength[count].contains { candidate in
      // ORing 0x20 lowers ASCII capitals; the group words are lower-case ASCII letters only.
      zip(candidate, utf8).allSatisfy { $0 == $1 | 0x20 }
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
