import CoauthModel

/// Splits free-text personal names into given name, particle, family name and suffix.
///
/// Understands the orders "First von Last" ("Ludwig van Beethoven"), "von Last, First"
/// ("van der Aalst, Wil"), "von Last, Jr, First" ("King, Jr., Martin Luther") and "von Last,
/// First, Jr" ("Smith, J., Jr."), trailing
/// suffixes ("Martin Luther King Jr."), initials in any spelling ("H. S. Behl", "H.S. Behl"),
/// nicknames in parentheses or quotes ("Krishnamurthy (Dj) Dvijotham", kept in the given name;
/// "Oğuz 'Oz' Buruk" as "Oğuz (Oz) Buruk"), CJK names
/// written without spaces ("王小明": family 王) and, when asked, initials after the family name
/// ("Smith J."). Used when a reader could not split a name itself.
public struct NameParser: Sendable {
  /// Reads initials after a family name as the given name ("Smith J.", "Smith JA": John A.
  /// Smith), as bibliographic databases (Scopus, PubMed, Web of Science) print names. Off by
  /// default: in dblp and many homepages "Premjith B" or "Soman KP" print the given name first.
  public var readsInitialsAfterFamilyName: Bool

  public init(readsInitialsAfterFamilyName: Bool = false) {
    self.readsInitialsAfterFamilyName = readsInitialsAfterFamilyName
  }

  /// The parts of `text`; the parts keep the printed spelling.
  public func parse(_ text: String) -> PersonName {
    let cleaned = Self.clean(text)
    let commaParts = Self.splitTopLevelCommas(cleaned)
    switch commaParts.count {
    case 0:
      return PersonName(family: "")
    case 1:
      return parseNaturalOrder(
        words: words(commaParts[0]), readsTrailingInitials: readsInitialsAfterFamilyName)
    case 2 where Self.isSuffix(commaParts[1]):
      var name = parseNaturalOrder(commaParts[0])
      name.suffix = commaParts[1]
      return name
    case 2:
      let (particle, family) = Self.splitParticle(words(commaParts[0]))
      return PersonName(given: commaParts[1], particle: particle, family: family)
    case 3 where Self.isSuffix(commaParts[2]) && !Self.isSuffix(commaParts[1]):
      // "Last, First, Jr" ("Smith, J., Jr."), as author-year lists print it.
      let (particle, family) = Self.splitParticle(words(commaParts[0]))
      return PersonName(
        given: commaParts[1], particle: particle, family: family, suffix: commaParts[2])
    default:
      let (particle, family) = Self.splitParticle(words(commaParts[0]))
      let given = commaParts[2...].joined(separator: " ")
      return PersonName(given: given, particle: particle, family: family, suffix: commaParts[1])
    }
  }

  /// The words of `name` split again the way free text "Given particle Family" splits: the
  /// family name is the last word (a hyphenated compound is one word), the particles before it
  /// are the particle, the rest is the given name. Where a name was split says nothing about
  /// the person ("Sánchez Cartagena, Víctor" in BibTeX, "Víctor Sánchez Cartagena" in dblp), so
  /// comparison keys use this split, whatever the source. A word ending in an apostrophe joins
  /// the next ("O’ Neill" is "O’Neill"). A name in Chinese, Japanese or Korean script is split
  /// anew from its characters in written order, family name first ("山田太郎", "山田 太郎" and
  /// "山田, 太郎" alike; see `splitUnspacedCJK`). Names without a given name and names with a
  /// parenthesised word after the given name keep their split.
  public func canonicalSplit(_ name: PersonName) -> PersonName {
    // Stray punctuation ("Mausam .") is no word.
    func cleaned(_ text: String) -> [String] {
      text.isEmpty ? [] : words(text).filter(\.containsLetterOrDigit)
    }
    var given = cleaned(name.given).map(Self.parenthesisingQuotes)
    let particle = cleaned(name.particle)
    var family = cleaned(name.family)
    // "FNU Mausam", "Mausam LNU": a database's placeholder for a name the person does not have.
    given.removeAll(where: Self.isPlaceholder)
    if particle.isEmpty, !given.isEmpty, family.count == 1, Self.isPlaceholder(family[0]) {
      family = given
      given = []
    }
    let rest = particle + family
    var tidy: PersonName {
      PersonName(
        given: given.joined(separator: " "), particle: particle.joined(separator: " "),
        family: family.joined(separator: " "), suffix: name.suffix)
    }
    if particle.isEmpty, !family.isEmpty, (family + given).allSatisfy(Self.isCJKWord),
      let split = Self.splitUnspacedCJK((family + given).joined())
    {
      // "王伟" as one word (BibTeX reads a single word as the family name), "王 伟" or "王, 伟":
      // where a source put the boundary between family and given name says little, and
      // sources disagree; the characters say the same.
      return PersonName(given: split.given, family: split.family, suffix: name.suffix)
    }
    guard !given.isEmpty, !rest.isEmpty, !rest.contains(where: { $0.hasPrefix("(") }) else {
      return tidy
    }
    let all = Self.joiningApostrophes(given + rest)
    guard all.count > 1, !all.allSatisfy(Self.isCJKWord) else { return tidy }
    // The words of `all` joined by spaces are `all` again: no need to split them anew.
    var split = parseNaturalOrder(words: all)
    if !name.suffix.isEmpty {
      split.suffix = split.suffix.isEmpty ? name.suffix : split.suffix + " " + name.suffix
    }
    return split
  }

  // MARK: - Helpers

  /// "FNU" (first name unknown), "NFN" (no first name) and "LNU" (last name unknown), which
  /// databases and visa records print for persons with one name ("FNU Mausam").
  private static func isPlaceholder(_ word: String) -> Bool {
    word.utf8.count == 3 && ["fnu", "nfn", "lnu"].contains(word.lowercased())
  }

  /// A given-name word in quotes, a nickname as `Robert "Bob" Smith` or the ACM Digital
  /// Library's `Buruk, Oğuz 'Oz'` prints it (`’Oz’` once TeX typesets the quotes), in
  /// parentheses instead, as nicknames are read (`Robert (Bob) Smith`); not a word ending in an
  /// apostrophe to join to the next.
  private static func parenthesisingQuotes(_ word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count > 2, let first = scalars.first, let last = scalars.last,
      (first == "\"" && last == "\"") || (first == "\u{201C}" && last == "\u{201D}")
        || (first == "'" && last == "'")
        || ((first == "\u{2018}" || first == "\u{2019}") && last == "\u{2019}")
    else { return word }
    return "(" + String(String.UnicodeScalarView(scalars[1..<(scalars.count - 1)])) + ")"
  }

  /// Words ending in an apostrophe joined to the next word: ["O’", "Neill"] → ["O’Neill"].
  private static func joiningApostrophes(_ words: [String]) -> [String] {
    guard words.contains(where: endsWithApostrophe) else { return words }
    var result: [String] = []
    var pending = ""
    for word in words {
      if endsWithApostrophe(word) {
        pending += word
      } else {
        result.append(pending + word)
        pending = ""
      }
    }
    if !pending.isEmpty { result.append(pending) }
    return result
  }

  private static func endsWithApostrophe(_ word: String) -> Bool {
    guard let last = word.unicodeScalars.last, word.unicodeScalars.count > 1 else { return false }
    return last == "'" || last == "\u{2019}" || last == "\u{02BC}"
  }

  /// "First von Last Suffix", or an Eastern-order CJK name.
  private func parseNaturalOrder(_ text: String) -> PersonName {
    parseNaturalOrder(words: words(text))
  }

  /// `parseNaturalOrder(_:)` of the text these words make; with `readsTrailingInitials`,
  /// initials after the family name ("Smith J.") are the given name (a name some source
  /// already split keeps its given name first).
  private func parseNaturalOrder(words: [String], readsTrailingInitials: Bool = false)
    -> PersonName
  {
    var parts = words
    guard !parts.isEmpty else { return PersonName(family: "") }
    var suffix = ""
    if parts.count >= 3, let last = parts.last, Self.isSuffix(last) {
      suffix = last
      parts.removeLast()
    }
    if parts.count == 1 {
      if let split = Self.splitUnspacedCJK(parts[0]) {
        return PersonName(given: split.given, family: split.family, suffix: suffix)
      }
      return PersonName(family: parts[0], suffix: suffix)
    }
    if let eastern = PersonName(writtenFamilyFirst: parts, suffix: suffix) { return eastern }
    if let count = Self.capitalisedFamilyCount(parts) {
      // "YAMADA Taro", "ZHANG Wei", "DUPONT Jean-Pierre": the family name in capitals, first.
      let (particle, family) = Self.splitParticle(Array(parts[..<count]))
      return PersonName(
        given: parts[count...].joined(separator: " "), particle: particle, family: family,
        suffix: suffix)
    }
    if readsTrailingInitials, suffix.isEmpty,
      let initials = PersonName.initialsAfterFamilyNameCount(parts)
    {
      // Family name first, initials after it, as Scopus, PubMed and Web of Science print
      // names: "Smith J.", "Smith JA", "Smith J A", "van der Berg J.-P.".
      let (particle, family) = Self.splitParticle(Array(parts.dropLast(initials)))
      return PersonName(
        given: parts.suffix(initials).joined(separator: " "), particle: particle, family: family)
    }
    // The family name is the last word that is not a parenthesised nickname.
    var familyStart = parts.count - 1
    while familyStart > 0, parts[familyStart].hasPrefix("(") { familyStart -= 1 }
    guard familyStart > 0 else {
      // One name word and nicknames only ("Krishnamurthy (Dj)"): the word is the family name.
      return PersonName(given: parts[1...].joined(separator: " "), family: parts[0], suffix: suffix)
    }
    var particleStart = familyStart
    // Only asked when there are words between the first and the family name.
    let isVietnamese =
      familyStart > 1 && Self.vietnameseFamilies.contains(NameNormalizer.key(parts[familyStart]))
    for index in 1..<max(1, familyStart) where Self.isParticle(parts[index]) {
      // "Kiet Van Nguyen": Văn is a Vietnamese middle name, not the Dutch particle.
      if isVietnamese, NameNormalizer.key(parts[index]) == "van" { continue }
      if parts[(index + 1)..<familyStart].allSatisfy(Self.continuesParticle) {
        particleStart = index
        break
      }
    }
    return PersonName(
      given: parts[..<particleStart].joined(separator: " "),
      particle: parts[particleStart..<familyStart].joined(separator: " "),
      family: parts[familyStart...].joined(separator: " "),
      suffix: suffix)
  }

  private func words(_ text: String) -> [String] { text.whitespaceSeparatedWords }


  /// Whitespace collapsed, stray punctuation words ("Mausam .") and outer commas removed, and
  /// combining marks (and other scalars that join the character before them) that follow a
  /// space dropped: they have no letter to sit on, and rejoined after a space they would make
  /// one character with it.
  private static func clean(_ text: String) -> String {
    let kept = text.whitespaceSeparatedWords.map(\.droppingLeadingExtenders).filter { word in
      word.containsLetterOrDigit || word.contains(",")
    }
    var joined = kept.joined(separator: " ")
    while joined.hasSuffix(",") { joined.removeLast() }
    while joined.hasPrefix(",") { joined.removeFirst() }
    return joined.trimmingSpaces()
  }

  /// Parts between commas that are not inside parentheses or braces, without the combining
  /// marks (and other joining scalars) they start with (a stray accent after a comma would join
  /// the space before it when the parts are rejoined), trimmed; parts without a letter or digit
  /// are dropped.
  private static func splitTopLevelCommas(_ text: String) -> [String] {
    guard text.utf8.contains(UInt8(ascii: ",")) else { return text.isEmpty ? [] : [text] }
    var parts: [String] = []
    var current = String.UnicodeScalarView()
    var depth = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "(", "{", "[": depth += 1
      case ")", "}", "]": depth = max(0, depth - 1)
      default: break
      }
      if scalar == ",", depth == 0 {
        parts.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    parts.append(String(current))
    return parts.map { $0.droppingLeadingExtenders.trimmingSpaces() }
      .filter(\.containsLetterOrDigit)
  }

  /// Leading particle words of a "von Last" part, and the family name after them.
  private static func splitParticle(_ words: [String]) -> (particle: String, family: String) {
    var count = 0
    while count < words.count - 1,
      count == 0 ? isParticle(words[count]) : continuesParticle(words[count])
    {
      count += 1
    }
    return (words[..<count].joined(separator: " "), words[count...].joined(separator: " "))
  }

  /// Particles recognised in any case ("Van der Aalst", "De la Cruz").
  private static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "del", "della", "delle", "dei", "degli", "di", "da",
    "dos", "das", "do", "du", "des", "ter", "ten", "te", "vom", "zum", "zur", "zu", "af", "av",
  ]
  /// Particles recognised only in lower case, since capitalised they are often given or family
  /// names ("Minh Le Nguyen", "Wei La").
  private static let lowercaseOnlyParticles: Set<String> = [
    "le", "la", "les", "y", "e", "bin", "ibn", "al", "el", "st", "dal", "dall", "lo",
  ]

  /// The number of leading words that are a family name printed in capitals before a given
  /// name that is not ("YAMADA Taro", "GARCÍA MÁRQUEZ Gabriel"), as Japanese, Chinese, Korean,
  /// Vietnamese and French usage marks the family name; nil otherwise. The capitals must hold a
  /// word of four letters or more, or a known short family name of three ("LIU Yang"): two or
  /// three capitals may be initials ("JP Doe", "MA Smith").
  private static func capitalisedFamilyCount(_ words: [String]) -> Int? {
    func letters(_ word: String) -> [Unicode.Scalar] {
      word.unicodeScalars.filter(\.properties.isAlphabetic)
    }
    func isCapitals(_ word: String) -> Bool {
      let letters = letters(word)
      return letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
        && word.unicodeScalars.allSatisfy {
          $0.properties.isAlphabetic || "-'’".unicodeScalars.contains($0)
        }
    }
    var count = 0
    while count < words.count - 1, isCapitals(words[count]) { count += 1 }
    guard count > 0,
      words[..<count].contains(where: { word in
        let length = letters(word).count
        return length >= 4
          || (length == 3 && PersonName.shortFamilyNames.contains(word.lowercased()))
      }),
      words[count...].contains(where: { word in
        word.unicodeScalars.contains(where: \.properties.isLowercase)
      })
    else { return nil }
    return count
  }

  /// Common Vietnamese family names, before which "Van" (Văn) is a middle name.
  private static let vietnameseFamilies: Set<String> = [
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "luong", "cao", "doan",
  ]

  /// Callers only ask about words that stand before a family name.
  private static func isParticle(_ word: String) -> Bool {
    let lower = word.lowercased()
    if particles.contains(lower) { return true }
    guard let first = word.unicodeScalars.first, first.isLowercaseLetter else { return false }
    return lowercaseOnlyParticles.contains(lower)
  }

  /// A word after a particle that continues it: any particle, and the lower-case-only ones
  /// capitalised too ("Juan De La Cruz", "De La Torre, Ana"), since after "De" a "La" is no
  /// given name.
  private static func continuesParticle(_ word: String) -> Bool {
    isParticle(word) || lowercaseOnlyParticles.contains(word.lowercased())
  }

  private static let suffixes: Set<String> = [
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd", "jnr", "snr",
  ]

  /// "Jr.", "Sr.", "III" and the like.
  static func isSuffix(_ word: String) -> Bool {
    if suffixes.contains(word.lowercased()) {
      // Lower-case "ii" or "iv" are not roman numerals in names.
      return word.unicodeScalars.first.map { $0.isUppercaseLetter || ("0"..."9").contains($0) }
        ?? false
    }
    return false
  }

  private static func isCJKWord(_ word: String) -> Bool { PersonName.isCJK(word) }

  /// Two-character family names of Chinese and Korean.
  private static let compoundCJKFamilies: Set<String> = [
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲",
    "公孙", "公孫", "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "南宫", "南宮",
    "남궁", "선우", "제갈", "황보", "독고", "사공", "서문",
  ]

  /// A CJK name without spaces, family name first: a known two-character family name; else,
  /// before kana, the Han characters that lead (Japanese "山田たろう"); else two Han characters
  /// of four or more (Japanese "山田太郎", most often two and two); else one character
  /// (Chinese "王伟", "李小龙", Korean "김민수"). Nil for one character, or kana first.
  static func splitUnspacedCJK(_ word: String) -> (family: String, given: String)? {
    guard isCJKWord(word), word.count >= 2 else { return nil }
    let characters = Array(word)
    func isKana(_ character: Character) -> Bool {
      character.unicodeScalars.allSatisfy { (0x3040...0x30FF).contains($0.value) }
    }
    func isHan(_ character: Character) -> Bool {
      character.unicodeScalars.allSatisfy {
        (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
          || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x2FA1F).contains($0.value)
      }
    }
    let familyLength: Int
    if characters.count >= 3 && compoundCJKFamilies.contains(String(characters[0..<2])) {
      familyLength = 2
    } else if let firstKana = characters.firstIndex(where: isKana) {
      guard firstKana > 0 else { return nil }
      familyLength = firstKana
    } else if characters.count >= 4 && characters[0..<2].allSatisfy(isHan) {
      familyLength = 2
    } else {
      familyLength = 1
    }
    return (String(characters[..<familyLength]), String(characters[familyLength...]))
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  func trimmingSpaces() -> String {
    if isPlainASCII {
      let bytes = utf8
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
      guard let start = bytes.firstIndex(where: { !isSpace($0) }),
        let end = bytes.lastIndex(where: { !isSpace($0) })
      else { return "" }
      if start == bytes.startIndex, end == bytes.index(before: bytes.endIndex) { return self }
      return String(Substring(bytes[start...end]))
    }
    let scalars = unicodeScalars
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value == 0x20 || (scalar.value < 0x20 || scalar.value >= 0x80)
        && scalar.properties.isWhitespace
    }
    guard let start = scalars.firstIndex(where: { !isSpace($0) }),
      let end = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[start...end])
  }
}
