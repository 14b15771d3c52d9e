/// The persons of a large family block that a name could agree with, so that a block of
/// thousands of persons ("Wang") is not compared all against all.
///
/// Two given names agree only if the first word of the shorter matches a word of the longer
/// that only initials precede (see `GivenNameMatch.align`), or a parenthesised nickname matches
/// such a word, or the compact forms are equal. Two words match only when they are identical,
/// when one is an initial of the other, or when they are nicknames of each other. So a person
/// is indexed by the words that can start an alignment (the leading initials and the first
/// written-out word, and the nicknames), each under the keys a matching word would look for;
/// a name asks with the keys its own such words would match. Every person that agrees with a
/// name is among its candidates; candidates are then checked exactly, as without the index.
///
/// Different dblp homonym numbers never join either: persons are also filed by their number, so
/// that the hundreds of "Wei Wang 0001" ... "Wei Wang 0400" of a large dblp are not all
/// candidates of each other.
struct BlockCandidateIndex {
  private struct NumberedKey: Hashable {
    var key: Int64
    var homonym: Int32
  }

  /// Persons without homonym number (when filed), by key.
  private var unnumbered: [Int64: [Int32]] = [:]
  /// Persons with a homonym number, by key and number, and by key alone.
  private var numbered: [NumberedKey: [Int32]] = [:]
  private var anyNumber: [Int64: [Int32]] = [:]

  /// Adds `person`, whose fullest name is `profile` and whose homonym number (interned, see
  /// `ResolutionRun.Identity`) is `homonym`, -1 for none.
  mutating func insert(
    _ person: Int32, profile: NameProfile, homonym: Int32, builder: NameProfileBuilder
  ) {
    for key in Self.indexKeys(of: profile, builder: builder) {
      if homonym < 0 {
        unnumbered[key, default: []].append(person)
      } else {
        numbered[NumberedKey(key: key, homonym: homonym), default: []].append(person)
        anyNumber[key, default: []].append(person)
      }
    }
  }

  /// Files `person`, added without homonym number, under the number `homonym` it has gained by
  /// a join. It stays filed as unnumbered too: candidates may be more, never fewer.
  mutating func gainedHomonym(
    _ person: Int32, profile: NameProfile, homonym: Int32, builder: NameProfileBuilder
  ) {
    for key in Self.indexKeys(of: profile, builder: builder) {
      numbered[NumberedKey(key: key, homonym: homonym), default: []].append(person)
      anyNumber[key, default: []].append(person)
    }
  }

  /// The persons a name `profile` with homonym number `homonym` (-1 for none) could agree with,
  /// in increasing order.
  func candidates(for profile: NameProfile, homonym: Int32, builder: NameProfileBuilder) -> [Int32] {
    var keys: [Int64] = []
    Self.forEachAligningWord(of: profile) { word in builder.queryKeys(of: word, into: &keys) }
    keys.append(Self.key(.compact, profile.compact))
    var found: [Int32] = []
    for key in Set(keys) {
      if let persons = unnumbered[key] { found.append(contentsOf: persons) }
      let others = homonym < 0 ? anyNumber[key] : numbered[NumberedKey(key: key, homonym: homonym)]
      if let others { found.append(contentsOf: others) }
    }
    found.sort()
    return uniqueSorted(found)
  }

  private static func indexKeys(of profile: NameProfile, builder: NameProfileBuilder) -> Set<Int64> {
    var keys: [Int64] = []
    forEachAligningWord(of: profile) { word in builder.indexKeys(of: word, into: &keys) }
    keys.append(key(.compact, profile.compact))
    return Set(keys)
  }

  /// What a key says about a word.
  enum Kind: Int64 {
    /// The interned word itself.
    case token = 1
    /// The word's first letter (any word).
    case firstLetter
    /// A one-letter initial's letter.
    case singleInitial
    /// The letters of an initial of several parts ("y-n").
    case compoundInitial
    /// The initials of a written-out word.
    case wordInitials
    /// A nickname table entry of a written-out one-part word.
    case nickname
    /// The compact form of the whole name.
    case compact
  }

  static func key(_ kind: Kind, _ value: Int32) -> Int64 {
    kind.rawValue << 32 | Int64(UInt32(bitPattern: value))
  }

  static func key(_ kind: Kind, _ value: UInt32) -> Int64 {
    kind.rawValue << 32 | Int64(value)
  }

  /// The words an alignment can start from: given words up to the first written-out one, and
  /// the parenthesised nicknames.
  private static func forEachAligningWord(of profile: NameProfile, _ body: (MatchWord) -> Void) {
    for word in profile.given {
      body(word)
      if !word.isInitial { break }
    }
    // A compound also matches word by word ("Jean-Pierre" / "Jean P."; see `givenMatch`).
    for word in profile.splitGiven ?? [] {
      body(word)
      if !word.isInitial { break }
    }
    for word in profile.nicknameAlternatives { body(word) }
  }
}
