import CoauthModel

/// Stage 4d: forms of one name that land in different family blocks ("M. Anand Kumar" / "Anand
/// Kumar M"; see `NameFormVariant`) join when their co-authors say so.
///
/// Candidates are pairs of distinct printed names that `NameForms` relates. The two persons
/// must share `minimumSharedCoauthors` co-authors (at least one), never appear on one
/// publication, and have no conflicting identifiers. Persons related through several such
/// pairs join as one when every two of them are forms of one another and no two share a
/// publication; otherwise a person with several partners joins none of them and is reported
/// as ambiguous.
extension ResolutionRun {
  mutating func mergeNameForms() {
    let required = max(1, options.minimumSharedCoauthors)
    let candidates = entries.withUnsafeBufferPointer { entries in
      NameForms(entries: entries).pairs(identityGroupOf: identityGroupOf)
    }
    guard !candidates.isEmpty else { return }
    let (rootOfEntry, firstMentionOfEntry) = personsOfNames()
    // Per pair of persons: the variant and a mention of each name, of the first pair of names.
    var related: [Pair: (rule: MergeRule, mentions: (Int32, Int32))] = [:]
    var order: [Pair] = []
    for (a, b, variant) in candidates {
      let (rootA, rootB) = (rootOfEntry[Int(a)], rootOfEntry[Int(b)])
      guard rootA >= 0, rootB >= 0, rootA != rootB else { continue }
      let pair = Pair(rootA, rootB)
      guard related[pair] == nil else { continue }
      let mentions = (firstMentionOfEntry[Int(a)], firstMentionOfEntry[Int(b)])
      related[pair] = (.nameForm(variant), rootA < rootB ? mentions : (mentions.1, mentions.0))
      order.append(pair)
    }
    let evidence = personEvidence(of: Set(order.flatMap { [$0.first, $0.second] }))
    var accepted: [(pair: Pair, shared: Int)] = []
    for pair in order {
      guard let a = evidence[pair.first], let b = evidence[pair.second],
        !intersects(a.publications, b.publications),
        identity[Int(pair.first)].conflicts(with: identity[Int(pair.second)]) == nil
      else { continue }
      let shared = intersectionCount(a.coauthors, b.coauthors)
      if shared >= required { accepted.append((pair, shared)) }
    }
    joinRelatedGroups(accepted, related: related, evidence: evidence) { count in
      "the name is a form of \(count) authors' names who share its co-authors"
    }
  }
}
