import CoauthModel

/// Stage 4d: forms of one name that land in different family blocks ("M. Anand Kumar" / "Anand
/// Kumar M"; see `NameFormVariant`) join when their co-authors say so.
///
/// Candidates are pairs of distinct printed names that `NameForms` relates. The two persons
/// must share `minimumSharedCoauthors` co-authors (at least one), never appear on one
/// publication, and have no conflicting identifiers; a dropped last name joins only when
/// `joinsDroppedLastNames` asks, and is otherwise reported as kept apart. Persons related
/// through several such pairs join as one when every two of them are forms of one another and
/// no two share a publication; otherwise a person with several partners joins none of them and
/// is reported as ambiguous.
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
      // The first pair of names relating two persons names the join, unless only a dropped last
      // name related them so far: a form joined by default is the better evidence.
      if let known = related[pair], known.rule != .nameForm(.droppedLastName) { continue }
      if related[pair] != nil, variant == .droppedLastName { continue }
      if related[pair] == nil { order.append(pair) }
      let mentions = (firstMentionOfEntry[Int(a)], firstMentionOfEntry[Int(b)])
      related[pair] = (.nameForm(variant), rootA < rootB ? mentions : (mentions.1, mentions.0))
    }
    let evidence = personEvidence(of: Set(order.flatMap { [$0.first, $0.second] }))
    var accepted: [(pair: Pair, shared: Int)] = []
    for pair in order {
      guard let a = evidence[pair.first], let b = evidence[pair.second],
        !intersects(a.publications, b.publications),
        identity[Int(pair.first)].conflicts(with: identity[Int(pair.second)]) == nil
      else { continue }
      let shared = intersectionCount(a.coauthors, b.coauthors)
      guard let (rule, mentions) = related[pair], shared > 0 else { continue }
      if rule == .nameForm(.droppedLastName), !options.joinsDroppedLastNames {
        splits.append(
          SplitRecord(
            mention: mentions.0, other: mentions.1,
            reason: .nameFormNotJoined(.droppedLastName, sharedCoauthors: shared)))
        continue
      }
      if shared >= required { accepted.append((pair, shared)) }
    }
    joinRelatedGroups(accepted, related: related, evidence: evidence) { count in
      "the name is a form of \(count) authors' names who share its co-authors"
    }
  }
}
