import CoauthModel

/// Stage 4c: a name and the same words in another order ("Zhang Wei" / "Wei Zhang", "Kim
/// Ji-hoon" / "Ji-hoon Kim", "Nguyen Van An" / "An Van Nguyen" / "Van An Nguyen" / "An Nguyen
/// Van") join when their co-authors say so. Chinese, Japanese, Korean, Vietnamese and Hungarian
/// names are printed family name first by some sources and last by others, and nothing in the
/// words tells which is the family name.
///
/// Only names of written-out words (no initials or suffix) are compared; the words are
/// folded, hyphenated compounds one word without the hyphen ("jihoon"). The two persons must
/// never appear on one publication and have no conflicting identifiers. They join only when
/// asked (`minimumSharedCoauthorsForReversedOrder` above 0): with that many shared co-authors,
/// or with one co-author printed on the other's papers with the same words in another order
/// too (`MergeRule.reorderedList`: the source printed its whole list family name first, so
/// that no co-author is printed alike). Not by default: the ACL 2020-2022 truth keeps such
/// pairs ("Jun Zhao" / "Zhao Jun", lists printed family name first) as two persons, each one
/// person in fact. Persons related through several such pairs join as one
/// when every two of them are, else a person with several partners joins none of them and is
/// reported as ambiguous. Pairs not joined (by default, those without reordered co-authors)
/// that share a co-author are recorded as kept apart, for `coauth names` to show with the
/// overrides row that joins them.
extension ResolutionRun {
  mutating func mergeReversedNames() {
    let required = options.minimumSharedCoauthorsForReversedOrder
    // Entries by their words sorted: names of the same words in any order are neighbours.
    var entriesByWords: [String: [(entry: Int32, forward: String)]] = [:]
    for entry in entries.indices where isPersonEntry[entry] {
      guard givenWordCountOf[entry] > 0, givenWordCountOf[entry] == fullGivenWordCountOf[entry],
        !entries[entry].hasSuffix, !entries[entry].familyKey.isEmpty
      else { continue }
      // From the keys, hyphens left out as the family key leaves them ("ji-hoon" is "jihoon");
      // particles too: "Nguyen Van An" reads "Van" as one.
      let given = entries[entry].givenKey.split(separator: " ").map { $0.filter { $0 != "-" } }
      let particle = entries[entry].particleKey.split(separator: " ").map(String.init)
      let words = given + particle + [entries[entry].familyKey]
      let sorted = words.sorted()
      guard sorted.first != sorted.last else { continue }
      entriesByWords[sorted.joined(separator: " "), default: []].append(
        (Int32(entry), words.joined(separator: " ")))
    }
    var names: [(Int32, Int32)] = []
    for group in entriesByWords.values
    where group.count > 1 && group.count <= Self.largestReorderedGroup {
      for (index, a) in group.enumerated() {
        for b in group[(index + 1)...] where a.forward != b.forward {
          names.append((min(a.entry, b.entry), max(a.entry, b.entry)))
        }
      }
    }
    guard !names.isEmpty else { return }
    names.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    // The person of each name; a name printed for several persons is left out.
    let (rootOfEntry, firstMentionOfEntry) = personsOfNames()
    // Persons of reordered names, with a mention of each name (of the first pair of names).
    var pairs: [Pair: (Int32, Int32)] = [:]
    var partnersOf: [Int32: [Int32]] = [:]
    for (a, b) in names {
      let (rootA, rootB) = (rootOfEntry[Int(a)], rootOfEntry[Int(b)])
      guard rootA >= 0, rootB >= 0, rootA != rootB else { continue }
      let mentions = (firstMentionOfEntry[Int(a)], firstMentionOfEntry[Int(b)])
      let pair = Pair(rootA, rootB)
      guard pairs[pair] == nil else { continue }
      pairs[pair] = rootA < rootB ? mentions : (mentions.1, mentions.0)
      partnersOf[rootA, default: []].append(rootB)
      partnersOf[rootB, default: []].append(rootA)
    }
    let evidence = personEvidence(of: Set(pairs.keys.flatMap { [$0.first, $0.second] }))
    var accepted: [(pair: Pair, shared: Int)] = []
    var related: [Pair: (rule: MergeRule, mentions: (Int32, Int32))] = [:]
    for pair in pairs.keys.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
      guard let a = evidence[pair.first], let b = evidence[pair.second],
        !intersects(a.publications, b.publications),
        identity[Int(pair.first)].conflicts(with: identity[Int(pair.second)]) == nil,
        let mentions = pairs[pair]
      else { continue }
      let shared = intersectionCount(a.coauthors, b.coauthors)
      let reordered = reorderedCoauthorCount(a.coauthors, b.coauthors, partnersOf: partnersOf)
      let rule: MergeRule
      if required > 0, reordered > 0 {
        rule = .reorderedList
      } else if required > 0, shared + reordered >= required {
        rule = .reversedOrder
      } else {
        // Reordered co-authors are shared ones printed otherwise: reported alike.
        if shared + reordered > 0 {
          splits.append(
            SplitRecord(
              mention: mentions.0, other: mentions.1,
              reason: .reversedOrderNotJoined(sharedCoauthors: shared + reordered)))
        }
        continue
      }
      related[pair] = (rule, mentions)
      accepted.append((pair, shared + reordered))
    }
    for pair in pairs.keys where related[pair] == nil {
      if let mentions = pairs[pair] { related[pair] = (.reversedOrder, mentions) }
    }
    joinRelatedGroups(accepted, related: related, evidence: evidence) { count in
      "the name in another order fits \(count) authors who share its co-authors"
    }
  }

  /// Groups of names of the same words larger than this are not compared.
  static let largestReorderedGroup = 64

  /// Co-authors of `a` (sorted persons) that are not `b`'s but have a partner (a person whose
  /// name is theirs in another order, see `partnersOf`) among `b`'s, each counted once.
  private func reorderedCoauthorCount(
    _ a: [Int32], _ b: [Int32], partnersOf: [Int32: [Int32]]
  ) -> Int {
    var count = 0
    var used: Set<Int32> = []
    for coauthor in a {
      guard let partners = partnersOf[coauthor], !b.contains(coauthor) else { continue }
      if let partner = partners.first(where: { b.contains($0) && !used.contains($0) }) {
        used.insert(partner)
        count += 1
      }
    }
    return count
  }
}
