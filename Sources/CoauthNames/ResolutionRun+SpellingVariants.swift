import CoauthModel

/// Stage 4b: names one letter apart ("Pushpak Bhattacharya" / "Pushpak Bhattacharyya",
/// "Phillippe" / "Philippe Langlais", "Arefiev" / "Arefyev") join when their co-authors say so.
///
/// A spelling variant is the same given names with a family name one edit apart (see
/// `SpellingVariant`), or the same family name with a one-word given name one edit apart; the
/// part that differs has at least `SpellingVariant.minimumLength` letters. The two persons must
/// share `minimumSharedCoauthorsForSpellingVariant` co-authors, never appear on one
/// publication, and have no conflicting identifiers; a person with several such variants joins
/// none of them and is reported as ambiguous.
///
/// Candidates come from the distinct printed names without comparing all pairs: each name is
/// filed under a hash of its varying part, and of each one-letter deletion of it, with the part
/// that must be equal; names one edit apart always share one of those keys. Only the persons of
/// candidate names are then looked at, in one pass over the mentions.
extension ResolutionRun {
  mutating func mergeSpellingVariants() {
    let required = options.minimumSharedCoauthorsForSpellingVariant
    guard required > 0 else { return }
    let names = spellingVariantPairs()
    guard !names.isEmpty else { return }
    let rootOfEntry = personsOfNames().root
    var pairs: Set<Pair> = []
    for (a, b) in names {
      let (rootA, rootB) = (rootOfEntry[Int(a)], rootOfEntry[Int(b)])
      if rootA >= 0, rootB >= 0, rootA != rootB { pairs.insert(Pair(rootA, rootB)) }
    }
    let evidence = personEvidence(of: Set(pairs.flatMap { [$0.first, $0.second] }))
    var accepted: [(pair: Pair, shared: Int)] = []
    for pair in pairs.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
      guard let a = evidence[pair.first], let b = evidence[pair.second],
        !intersects(a.publications, b.publications),
        identity[Int(pair.first)].conflicts(with: identity[Int(pair.second)]) == nil
      else { continue }
      let shared = intersectionCount(a.coauthors, b.coauthors)
      guard shared >= required else { continue }
      accepted.append((pair, shared))
    }
    let oneToOne = pairsOfOnePartner(accepted) { count in
      "the name is one letter from \(count) authors who share its co-authors"
    }
    for (pair, shared) in oneToOne {
      join(pair.first, pair.second, rule: .spellingVariant, sharedCoauthors: shared)
    }
  }

  /// The person (union-find root) of each name entry, negative for a name printed for several
  /// persons (kept apart by identifiers) or none, and the entry's first mention, in one pass
  /// over the mentions.
  mutating func personsOfNames() -> (root: [Int32], firstMention: [Int32]) {
    var root = [Int32](repeating: -1, count: entries.count)
    var firstMention = [Int32](repeating: -1, count: entries.count)
    let several: Int32 = -2
    for mention in 0..<Int32(mentionCount) {
      let entry = Int(entryOf[Int(mention)])
      let person = unionFind.find(mention)
      if root[entry] == -1 {
        root[entry] = person
        firstMention[entry] = mention
      } else if root[entry] != person {
        root[entry] = several
      }
    }
    return (root, firstMention)
  }

  /// The `accepted` pairs of persons (with their shared co-authors) whose two persons are in no
  /// other accepted pair, to be joined; a person in several is recorded as an ambiguity to
  /// review, which `reason(count)` explains for `count` partners, and joins none of them.
  mutating func pairsOfOnePartner(
    _ accepted: [(pair: Pair, shared: Int)], reason: (Int) -> String
  ) -> [(pair: Pair, shared: Int)] {
    var partners: [Int32: [Int32]] = [:]
    for (pair, _) in accepted {
      partners[pair.first, default: []].append(pair.second)
      partners[pair.second, default: []].append(pair.first)
    }
    for (root, others) in partners.sorted(by: { $0.key < $1.key }) where others.count > 1 {
      ambiguities.append(
        AmbiguityRecord(mention: root, candidates: others, reason: reason(others.count)))
    }
    return accepted.filter {
      partners[$0.pair.first]?.count == 1 && partners[$0.pair.second]?.count == 1
    }
  }

  /// Pairs of distinct person names (entries) one edit apart in the family name or in a
  /// one-word given name, the rest equal.
  private func spellingVariantPairs() -> [(Int32, Int32)] {
    // Every name under every key it is filed at, packed as (key << entryBits) | entry and
    // sorted: names sharing a key are neighbours. Equal keys of different words only add
    // candidates, which the check below drops.
    let entryBits = UInt64(Int.bitWidth - max(1, entries.count).leadingZeroBitCount)
    var filed: [UInt64] = []
    for entry in entries.indices where isPersonEntry[entry] && givenWordCountOf[entry] > 0 {
      // The summary fields: reading `keys` would copy all of them.
      guard !entries[entry].hasSuffix, !entries[entry].familyKey.isEmpty else { continue }
      let family = Array(entries[entry].familyKey.utf8)
      let givenIsOneWord = givenWordCountOf[entry] == 1 && fullGivenWordCountOf[entry] == 1
      guard family.count >= SpellingVariant.minimumLength || givenIsOneWord else { continue }
      let given = Array(entries[entry].givenKey.utf8)
      let particle = Array(entries[entry].particleKey.utf8)
      if family.count >= SpellingVariant.minimumLength {
        let fixed = SpellingVariant.hash(given, seed: SpellingVariant.hash(particle, seed: 1))
        SpellingVariant.forEachDeletionHash(of: family, seed: fixed) { key in
          filed.append(key << entryBits | UInt64(entry))
        }
      }
      if givenIsOneWord, given.count >= SpellingVariant.minimumLength {
        let fixed = SpellingVariant.hash(family, seed: SpellingVariant.hash(particle, seed: 2))
        SpellingVariant.forEachDeletionHash(of: given, seed: fixed) { key in
          filed.append(key << entryBits | UInt64(entry))
        }
      }
    }
    filed.sort()
    let entryMask = (UInt64(1) << entryBits) - 1
    var pairs: Set<Pair> = []
    var start = 0
    while start < filed.count {
      let key = filed[start] >> entryBits
      var end = start + 1
      while end < filed.count, filed[end] >> entryBits == key { end += 1 }
      if end - start > 1, end - start <= Self.largestSpellingBucket {
        for i in start..<end {
          for j in (i + 1)..<end where filed[i] != filed[j] {
            pairs.insert(Pair(Int32(filed[i] & entryMask), Int32(filed[j] & entryMask)))
          }
        }
      }
      start = end
    }
    return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }.compactMap { pair in
      let (a, b) = (entries[Int(pair.first)], entries[Int(pair.second)])
      guard a.particleKey == b.particleKey else { return nil }
      let oneApart =
        a.givenKey == b.givenKey
        ? SpellingVariant.areOneEditApart(Array(a.familyKey.utf8), Array(b.familyKey.utf8))
        : a.familyKey == b.familyKey
          && SpellingVariant.areOneEditApart(Array(a.givenKey.utf8), Array(b.givenKey.utf8))
      return oneApart ? (pair.first, pair.second) : nil
    }
  }

  /// Keys filed by more names than this are not searched (a deletion common to many names says
  /// nothing).
  static let largestSpellingBucket = 64

  /// The sorted distinct publications and co-author persons (union-find roots) of each of
  /// `persons` (roots), from one pass over the mentions.
  mutating func personEvidence(of persons: Set<Int32>)
    -> [Int32: (publications: [Int32], coauthors: [Int32])]
  {
    var publications: [Int32: [Int32]] = [:]
    for mention in 0..<Int32(mentionCount) {
      let root = unionFind.find(mention)
      if persons.contains(root) { publications[root, default: []].append(publicationOf[Int(mention)]) }
    }
    var evidence: [Int32: (publications: [Int32], coauthors: [Int32])] = [:]
    for (person, papers) in publications {
      let papers = uniqueSorted(papers)
      var coauthors: [Int32] = []
      for paper in papers {
        for other in publicationStart[Int(paper)]..<publicationStart[Int(paper) + 1] {
          let root = unionFind.find(other)
          if root != person { coauthors.append(root) }
        }
      }
      evidence[person] = (papers, uniqueSorted(coauthors.sorted()))
    }
    return evidence
  }

  /// Two entries or persons, the smaller number first.
  struct Pair: Hashable {
    let first: Int32
    let second: Int32

    init(_ a: Int32, _ b: Int32) {
      first = min(a, b)
      second = max(a, b)
    }
  }
}
