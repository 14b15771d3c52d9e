import CoauthModel

/// Stage 4c: a name and the same words in reversed order ("Zhang Wei" / "Wei Zhang", "Kim
/// Ji-hoon" / "Ji-hoon Kim", "Nguyen Van An" / "An Van Nguyen") join when their co-authors say
/// so. Chinese, Japanese, Korean, Vietnamese and Hungarian names are printed family name first
/// by some sources and last by others, and nothing in the words tells which is the family name.
///
/// Only names of written-out words (no initials or suffix) are compared; the words are
/// folded, hyphenated compounds one word without the hyphen ("jihoon"). The two persons must share
/// `minimumSharedCoauthorsForReversedOrder` co-authors, never appear on one publication, and
/// have no conflicting identifiers; a person with several such partners joins none of them and
/// is reported as ambiguous. Pairs not joined (by default, all) that share a co-author are
/// recorded as kept apart, for `coauth names` to show with the overrides row that joins them.
extension ResolutionRun {
  mutating func mergeReversedNames() {
    let required = options.minimumSharedCoauthorsForReversedOrder
    // Entries by their words in order; each entry then looks up its words reversed.
    var entriesByWords: [String: [Int32]] = [:]
    var reversedWords: [(entry: Int32, reversed: String)] = []
    for entry in entries.indices where isPersonEntry[entry] {
      guard givenWordCountOf[entry] > 0, givenWordCountOf[entry] == fullGivenWordCountOf[entry],
        !entries[entry].hasSuffix, !entries[entry].familyKey.isEmpty
      else { continue }
      // From the keys, hyphens left out as the family key leaves them ("ji-hoon" is "jihoon");
      // particles too: "Nguyen Van An" reads "Van" as one.
      let given = entries[entry].givenKey.split(separator: " ").map { $0.filter { $0 != "-" } }
      let particle = entries[entry].particleKey.split(separator: " ").map(String.init)
      let words = given + particle + [entries[entry].familyKey]
      let forward = words.joined(separator: " ")
      let reversed = words.reversed().joined(separator: " ")
      guard forward != reversed else { continue }
      entriesByWords[forward, default: []].append(Int32(entry))
      reversedWords.append((Int32(entry), reversed))
    }
    var names: [(Int32, Int32)] = []
    for (entry, reversed) in reversedWords {
      for other in entriesByWords[reversed] ?? [] where entry < other {
        names.append((entry, other))
      }
    }
    guard !names.isEmpty else { return }
    // The person of each name; a name printed for several persons is left out.
    let (rootOfEntry, firstMentionOfEntry) = personsOfNames()
    // Persons of reversed names, with a mention of each name (the first of the persons' first).
    var pairs: [Pair: (Int32, Int32)] = [:]
    for (a, b) in names {
      let (rootA, rootB) = (rootOfEntry[Int(a)], rootOfEntry[Int(b)])
      guard rootA >= 0, rootB >= 0, rootA != rootB else { continue }
      let mentions = (firstMentionOfEntry[Int(a)], firstMentionOfEntry[Int(b)])
      let pair = Pair(rootA, rootB)
      if pairs[pair] == nil { pairs[pair] = rootA < rootB ? mentions : (mentions.1, mentions.0) }
    }
    let evidence = personEvidence(of: Set(pairs.keys.flatMap { [$0.first, $0.second] }))
    var accepted: [(pair: Pair, shared: Int)] = []
    for pair in pairs.keys.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
      guard let a = evidence[pair.first], let b = evidence[pair.second],
        !intersects(a.publications, b.publications),
        identity[Int(pair.first)].conflicts(with: identity[Int(pair.second)]) == nil
      else { continue }
      let shared = intersectionCount(a.coauthors, b.coauthors)
      guard required > 0, shared >= required else {
        if shared > 0, let (mention, other) = pairs[pair] {
          splits.append(
            SplitRecord(
              mention: mention, other: other,
              reason: .reversedOrderNotJoined(sharedCoauthors: shared)))
        }
        continue
      }
      accepted.append((pair, shared))
    }
    joinPairsOfOnePartner(accepted, rule: .reversedOrder) { count in
      "the name in reversed order fits \(count) authors who share its co-authors"
    }
  }
}
