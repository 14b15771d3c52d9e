import CoauthModel

/// The names of a corpus as sequences of folded words, compared across family blocks: forms of
/// one name that put it in different blocks, or give it a different number of words, which
/// `ResolutionRun.mergeNameForms()` joins when co-authors say so.
///
/// Names are keyed, never compared all against all: each name is filed under keys that its
/// other forms share (its loose key, see `looseKey`; its initial form, see `initialForm`), and
/// only names under one key are compared.
struct NameForms {
  /// Folded words of each entry's name, given names first (hyphenated parts as words, as in
  /// `NameKeys.full`); empty for entries that are not compared (groups, names with a suffix, a
  /// single word).
  private var words: [[String]] = []
  /// Per entry: true when the last word is the whole family name ("Madasamy"), not the end of
  /// a compound one ("López" of "Ureña-López").
  private var endsWithWholeFamily: [Bool] = []
  /// Articles of family names that the corpus prints apart somewhere.
  private var articles: ArabicArticles

  /// Names with more distinct forms under one key than this are not compared: a key so common
  /// says nothing.
  static let largestBucket = 64

  init(entries: UnsafeBufferPointer<NameEntry>) {
    words = entries.map { entry in
      guard entry.kind == .person, !entry.hasSuffix, !entry.familyKey.isEmpty,
        let full = entry.keys?.full
      else { return [] }
      let words = full.split(separator: " ").map(String.init)
      return words.count >= 2 ? words : []
    }
    endsWithWholeFamily = zip(entries, words).map { entry, words in
      words.last.map { $0.filter { $0 != "-" } == entry.familyKey } ?? false
    }
    articles = ArabicArticles(names: words)
  }

  /// The letters of `words` without the spaces between them, the Arabic article written alike
  /// (see `ArabicArticles`), romanised Japanese with its long vowels folded: equal for "Jan
  /// Vanderberg" and "Jan van der Berg", for "El Hassan", "Al-Hassan" and "Elhassan", and for
  /// "Yuuki Satou", "Yuki Sato" and "Yuki Satoh".
  func looseKey(_ words: [String]) -> String {
    Self.foldingJapaneseLongVowels(articles.normalised(words)).joined()
  }

  /// `words` with the long vowels folded (see `JapaneseRomanisation`) when every word of more
  /// than one letter then reads as romanised Japanese; `words` otherwise.
  static func foldingJapaneseLongVowels(_ words: [String]) -> [String] {
    let folded = words.map(JapaneseRomanisation.foldingLongVowels)
    let written = folded.filter { $0.utf8.count > 1 }
    guard !written.isEmpty, written.allSatisfy(JapaneseRomanisation.isRomanisedJapanese) else {
      return words
    }
    return folded
  }

  /// How the names of entries `a` and `b`, which share a loose key, differ.
  private func variant(_ a: Int32, _ b: Int32) -> NameFormVariant {
    let (left, right) = (words[Int(a)], words[Int(b)])
    if left.joined() == right.joined() { return .spacing }
    if articles.normalised(left).joined() == articles.normalised(right).joined() {
      return .arabicArticle
    }
    return .japaneseLongVowels
  }

  /// Pairs of entries (the smaller first) whose names are forms of one another though their
  /// identity keys (`identityGroupOf`) differ, each with the variant that relates them (the
  /// first that does, in the order of `NameFormVariant`), in increasing order.
  func pairs(identityGroupOf: [Int32])
    -> [(first: Int32, second: Int32, variant: NameFormVariant)]
  {
    var found: [Pair: NameFormVariant] = [:]
    func add(_ a: Int32, _ b: Int32, _ variant: @autoclosure () -> NameFormVariant) {
      guard a != b, identityGroupOf[Int(a)] != identityGroupOf[Int(b)] else { return }
      let pair = Pair(first: min(a, b), second: max(a, b))
      if found[pair] == nil { found[pair] = variant() }
    }
    // Names of written-out words only: initials have no spacing ("T. T." is no "Tt").
    var byLooseKey: [String: [Int32]] = [:]
    for entry in words.indices
    where !words[entry].isEmpty && words[entry].allSatisfy({ $0.utf8.count > 1 }) {
      byLooseKey[looseKey(words[entry]), default: []].append(Int32(entry))
    }
    for bucket in byLooseKey.values where bucket.count > 1 && bucket.count <= Self.largestBucket {
      for (index, a) in bucket.enumerated() {
        for b in bucket[(index + 1)...] { add(a, b, variant(a, b)) }
      }
    }
    // A last name dropped: "Gabriel García Márquez" and "G. García-Márquez" under "g garcia",
    // where "Gabriel García" is.
    var byInitialsKey: [String: [Int32]] = [:]
    for entry in words.indices where words[entry].count >= 2 {
      byInitialsKey[Self.initialsKey(words[entry]), default: []].append(Int32(entry))
    }
    for entry in words.indices where words[entry].count >= 3 {
      let shorter = Array(words[entry].dropLast())
      guard words[entry].suffix(2).allSatisfy({ $0.utf8.count > 1 }),
        let others = byInitialsKey[Self.initialsKey(shorter)], others.count <= Self.largestBucket
      else { continue }
      for other in others where Self.wordsAgree(shorter, words[Int(other)]) {
        add(Int32(entry), other, .droppedLastName)
      }
    }
    // A name printed as its initial, before or after the others: "M. Anand Kumar", "Anand Kumar
    // M" and "Anand Kumar Madasamy" under "anand kumar m".
    var initialSide: [String: [Int32]] = [:]
    var fullSide: [(key: String, entry: Int32)] = []
    for entry in words.indices where !words[entry].isEmpty {
      guard let form = Self.initialForm(words[entry]) else { continue }
      if form.endsWithInitial {
        initialSide[form.key, default: []].append(Int32(entry))
      } else if endsWithWholeFamily[entry] {
        // "L. Alfonso Ureña" is no "Alfonso Ureña-López": the initial of a given name is not
        // the end of a compound family name.
        fullSide.append((form.key, Int32(entry)))
      }
    }
    for entries in initialSide.values where entries.count <= Self.largestBucket {
      for (index, a) in entries.enumerated() {
        for b in entries[(index + 1)...]
        where Self.initialFormsAgree(words[Int(a)], words[Int(b)]) {
          add(a, b, .initialForAName)
        }
      }
    }
    for (key, entry) in fullSide {
      guard let entries = initialSide[key], entries.count <= Self.largestBucket else { continue }
      for other in entries where Self.initialFormsAgree(words[Int(entry)], words[Int(other)]) {
        add(entry, other, .initialForAName)
      }
    }
    return found.map { ($0.key.first, $0.key.second, $0.value) }
      .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
  }

  private struct Pair: Hashable {
    var first: Int32
    var second: Int32
  }

  /// The words of a name with its leading initials moved to the end ("M. Anand Kumar" reads
  /// "Anand Kumar M", as South Indian names print the initial of a father's or a place name
  /// before or after the others).
  static func rotatingLeadingInitials(_ words: [String]) -> [String] {
    let leading = words.prefix { $0.utf8.count == 1 }.count
    guard leading > 0, leading < words.count else { return words }
    return Array(words[leading...] + words[..<leading])
  }

  /// The key of `words` as a name whose last word may be printed as its initial: the words
  /// with leading initials moved to the end, the last word reduced to its initial, spaced;
  /// and whether the name itself ends with an initial so (then it has two written-out words at
  /// least: "H. Behl" is left to its family block). Nil for names of one written-out word or
  /// none.
  private static func initialForm(_ words: [String]) -> (key: String, endsWithInitial: Bool)? {
    let rotated = rotatingLeadingInitials(words)
    let written = rotated.count { $0.utf8.count > 1 }
    guard let last = rotated.last, written >= 2 else { return nil }
    let endsWithInitial = last.utf8.count == 1
    let initial = endsWithInitial ? last : String(last.prefix(1))
    return ((rotated.dropLast() + [initial]).joined(separator: " "), endsWithInitial)
  }

  /// True when two names read with leading initials moved to the end agree word for word (see
  /// `wordsAgree`).
  private static func initialFormsAgree(_ a: [String], _ b: [String]) -> Bool {
    wordsAgree(rotatingLeadingInitials(a), rotatingLeadingInitials(b))
  }

  /// True when `a` and `b` have as many words, each the same or an initial of the other's.
  private static func wordsAgree(_ a: [String], _ b: [String]) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in
      x == y || (x.utf8.count == 1 && y.hasPrefix(x)) || (y.utf8.count == 1 && x.hasPrefix(y))
    }
  }

  /// The initials of every word but the last, and the last: "g garcia" for "Gabriel García".
  private static func initialsKey(_ words: [String]) -> String {
    (words.dropLast().map { String($0.prefix(1)) } + [words.last ?? ""]).joined(separator: " ")
  }
}
