/// How two given names of one family block can belong to one person, from the strongest kind of
/// agreement to the weakest. The resolver asks more evidence for the weaker kinds.
public enum GivenNameMatch: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Word for word the same.
  case identical
  /// Initials stand for names word for word: "H. S." ~ "Harkirat Singh", "John P." ~ "John Philip".
  case initials
  /// A nickname stands for a formal name: "Steve" ~ "Stephen", "Bob" ~ "Robert".
  case nickname
  /// A middle initial is missing on one side: "Noah Smith" ~ "Noah A. Smith".
  case droppedMiddleInitial
  /// A leading initial is missing on one side: "Pawan Kumar" ~ "M. Pawan Kumar".
  case droppedLeadingInitial
  /// A compound given name printed as its first part: "Marie" ~ "Marie-Catherine".
  case droppedCompoundPart
  /// A middle name is missing on one side: "Harkirat Behl" ~ "Harkirat Singh Behl".
  case droppedMiddleName

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String {
    switch self {
    case .identical: "identical given names"
    case .initials: "initials"
    case .nickname: "nickname"
    case .droppedMiddleInitial: "dropped middle initial"
    case .droppedCompoundPart: "compound given name printed as its first part"
    case .droppedLeadingInitial: "dropped leading initial"
    case .droppedMiddleName: "dropped middle name"
    }
  }

  /// The weakest kind of agreement that lets `a` and `b` name one person, or nil when they
  /// cannot ("Yash" and "Nishant"; "Wayne Xin" and "Xin", where a leading name is missing).
  /// Empty given names match nothing: a family name alone says too little.
  public static func between(
    _ a: [GivenWord], _ b: [GivenWord], nicknames: NicknameTable
  ) -> GivenNameMatch? {
    align(a, b, isInitial: \.isInitial) { wordMatch($0, $1, nicknames: nicknames) }
  }

  /// The alignment behind `between(_:_:nicknames:)`, for any representation of words: the
  /// shorter name must match the longer word by word in order; the longer may have extra words.
  static func align<Word>(
    _ a: [Word], _ b: [Word], isInitial: (Word) -> Bool,
    wordMatch: (Word, Word) -> GivenNameMatch?
  ) -> GivenNameMatch? {
    guard !a.isEmpty, !b.isEmpty else { return nil }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    var weakest = GivenNameMatch.identical
    var longIndex = 0
    var matchedAny = false
    for word in short {
      var found: GivenNameMatch?
      while longIndex < long.count {
        found = wordMatch(word, long[longIndex])
        if found != nil { break }
        let skippedIsInitial = isInitial(long[longIndex])
        if !matchedAny {
          // Only initials may be missing before the first matching word.
          guard skippedIsInitial else { return nil }
          weakest = max(weakest, .droppedLeadingInitial)
        } else {
          weakest = max(weakest, skippedIsInitial ? .droppedMiddleInitial : .droppedMiddleName)
        }
        longIndex += 1
      }
      guard let match = found else { return nil }
      weakest = max(weakest, match)
      matchedAny = true
      longIndex += 1
    }
    // Words left over at the end of the longer name are missing middle names too.
    while longIndex < long.count {
      weakest = max(weakest, isInitial(long[longIndex]) ? .droppedMiddleInitial : .droppedMiddleName)
      longIndex += 1
    }
    return weakest
  }

  /// How two single words agree: identical, initial of the other, nicknames, or a word and a
  /// compound that starts with it ("Marie" / "Marie-Catherine").
  static func wordMatch(_ a: GivenWord, _ b: GivenWord, nicknames: NicknameTable) -> GivenNameMatch? {
    if a.parts == b.parts { return .identical }
    if a.isInitial || b.isInitial {
      let (initial, word) = a.isInitial ? (a, b) : (b, a)
      let wordInitials = word.initials
      if initial.parts.count == 1 {
        return initial.initials.first == wordInitials.first ? .initials : nil
      }
      return initial.initials == wordInitials ? .initials : nil
    }
    if a.parts.count == 1, b.parts.count == 1, nicknames.areRelated(a.parts[0], b.parts[0]) {
      return .nickname
    }
    if (a.parts.count == 1) != (b.parts.count == 1), a.parts[0] == b.parts[0] {
      return .droppedCompoundPart
    }
    return nil
  }
}
