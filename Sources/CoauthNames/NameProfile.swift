/// A given-name word reduced to integers, so that comparisons inside large family blocks do no
/// string work.
struct MatchWord {
  /// The interned folded word ("yun-nung").
  var token: Int32
  /// The interned initials of the word's parts ("y n").
  var initials: Int32
  var firstInitial: UInt32
  var isInitial: Bool
  var isSinglePart: Bool
  /// The interned first part of a compound ("marie" of "marie-catherine"); `token` for a word
  /// of one part.
  var firstPart: Int32
}

/// What block comparison needs of one name, interned.
struct NameProfile {
  var given: [MatchWord]
  /// `given` with each hyphenated compound split into its parts ("jean-pierre" → "jean",
  /// "pierre"; "j-h" → "j", "h"); nil when there is no compound.
  var splitGiven: [MatchWord]?
  /// Parenthesised nicknames, each an alternative one-word given name.
  var nicknameAlternatives: [MatchWord]
  var particle: Int32
  var suffix: Int32
  var compact: Int32
}

/// Interns the words of names into `NameProfile`s and answers word agreement on them.
struct NameProfileBuilder {
  private var tokens: [String: Int32] = [:]
  /// Nickname entries per token, sorted; empty for most tokens.
  private var nicknameEntries: [[Int32]] = []
  let nicknames: NicknameTable

  init(nicknames: NicknameTable) {
    self.nicknames = nicknames
    _ = intern("")
  }

  mutating func profile(_ keys: NameKeys) -> NameProfile {
    let compounds = keys.given.contains { $0.parts.count > 1 }
    return NameProfile(
      given: keys.given.map { word($0) },
      splitGiven: compounds
        ? keys.given.flatMap { $0.parts.map { word(GivenWord(parts: [$0])) } } : nil,
      nicknameAlternatives: keys.nicknames.map { word(GivenWord(parts: [$0])) },
      particle: intern(keys.particle), suffix: intern(keys.suffix), compact: intern(keys.compact))
  }

  /// How two interned words agree (see `GivenNameMatch.wordMatch`); a compound and its first
  /// part are found as candidates through the compound's split words (see
  /// `BlockCandidateIndex`).
  func wordMatch(_ a: MatchWord, _ b: MatchWord) -> GivenNameMatch? {
    if a.token == b.token { return .identical }
    if a.isInitial || b.isInitial {
      let (initial, word) = a.isInitial ? (a, b) : (b, a)
      if initial.isSinglePart { return initial.firstInitial == word.firstInitial ? .initials : nil }
      return initial.initials == word.initials ? .initials : nil
    }
    if a.isSinglePart, b.isSinglePart {
      let left = nicknameEntries[Int(a.token)]
      let right = nicknameEntries[Int(b.token)]
      if !left.isEmpty, !right.isEmpty, intersects(left, right) { return .nickname }
    }
    if a.isSinglePart != b.isSinglePart, a.firstPart == b.firstPart { return .droppedCompoundPart }
    return nil
  }

  /// How two profiled given names agree, trying parenthesised nicknames as alternatives, and
  /// compounds split into their parts when that makes them initials of each other or the same
  /// ("Jean-Pierre" / "Jean P.", "J.-H." / "Ji Hoon"; not "Marie-Catherine" / "Marie").
  func givenMatch(_ a: NameProfile, _ b: NameProfile) -> GivenNameMatch? {
    var best = GivenNameMatch.align(a.given, b.given, isInitial: \.isInitial, wordMatch: wordMatch)
    if a.splitGiven != nil || b.splitGiven != nil {
      let left = a.splitGiven ?? a.given
      let right = b.splitGiven ?? b.given
      if let split = GivenNameMatch.align(
        left, right, isInitial: \.isInitial, wordMatch: wordMatch),
        split <= .initials, best.map({ split < $0 }) ?? true
      {
        best = split
      }
    }
    if a.nicknameAlternatives.isEmpty && b.nicknameAlternatives.isEmpty { return best }
    for (side, other) in [(a, b), (b, a)] {
      for alternative in side.nicknameAlternatives {
        if let match = GivenNameMatch.align(
          [alternative], other.given, isInitial: \.isInitial, wordMatch: wordMatch),
          best.map({ match < $0 }) ?? true
        {
          best = match
        }
      }
    }
    return best
  }

  /// Keys under which a `BlockCandidateIndex` files `word`: every word a matching word would
  /// look for (see `queryKeys(of:into:)`).
  func indexKeys(of word: MatchWord, into keys: inout [Int64]) {
    typealias Index = BlockCandidateIndex
    keys.append(Index.key(.token, word.token))
    keys.append(Index.key(.firstLetter, word.firstInitial))
    if word.isInitial {
      keys.append(
        word.isSinglePart
          ? Index.key(.singleInitial, word.firstInitial) : Index.key(.compoundInitial, word.initials))
    } else {
      keys.append(Index.key(.wordInitials, word.initials))
      if word.isSinglePart {
        for entry in nicknameEntries[Int(word.token)] { keys.append(Index.key(.nickname, entry)) }
      }
    }
  }

  /// Keys of the words `word` can match (see `wordMatch`): the same word; for a one-letter
  /// initial any word of that letter; for an initial of several parts the words and initials
  /// with those initials and the one-letter initial of its first; for a written-out word its
  /// initials and its nicknames.
  func queryKeys(of word: MatchWord, into keys: inout [Int64]) {
    typealias Index = BlockCandidateIndex
    keys.append(Index.key(.token, word.token))
    if word.isInitial, word.isSinglePart {
      keys.append(Index.key(.firstLetter, word.firstInitial))
      return
    }
    keys.append(Index.key(.singleInitial, word.firstInitial))
    keys.append(Index.key(.compoundInitial, word.initials))
    if word.isInitial {
      keys.append(Index.key(.wordInitials, word.initials))
    } else if word.isSinglePart {
      for entry in nicknameEntries[Int(word.token)] { keys.append(Index.key(.nickname, entry)) }
    }
  }

  private mutating func word(_ word: GivenWord) -> MatchWord {
    let token = intern(word.parts.joined(separator: "-"))
    return MatchWord(
      token: token,
      initials: intern(word.initials.map { String(Character($0)) }.joined(separator: " ")),
      firstInitial: word.initials.first?.value ?? 0, isInitial: word.isInitial,
      isSinglePart: word.parts.count == 1,
      firstPart: word.parts.count == 1 ? token : intern(word.parts.first ?? ""))
  }

  private mutating func intern(_ text: String) -> Int32 {
    if let found = tokens[text] { return found }
    let token = Int32(tokens.count)
    tokens[text] = token
    nicknameEntries.append(nicknames.entries(of: text))
    return token
  }
}
