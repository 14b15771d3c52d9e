import CoauthModel

/// Joining persons related in groups, for the stages of name forms and reordered names.
extension ResolutionRun {
  /// Joins the persons connected by `accepted` pairs (persons, with the co-authors counted for
  /// them) group by group, each pair by its rule in `related`, at the mentions it names: a group
  /// whose persons are all pairwise `related` (names that are forms of one another, accepted or
  /// not) and on disjoint publications joins whole ("Ohno", "Ono" and "Oono"); in any other
  /// group only the pairs of persons with one partner join, and persons with several are
  /// reported as ambiguous, `reason(count)` explaining it for `count` partners.
  mutating func joinRelatedGroups(
    _ accepted: [(pair: Pair, shared: Int)],
    related: [Pair: (rule: MergeRule, mentions: (Int32, Int32))],
    evidence: [Int32: (publications: [Int32], coauthors: [Int32])],
    reason: (Int) -> String
  ) {
    // The persons of the accepted pairs, numbered for a union-find of their groups.
    let persons = Set(accepted.flatMap { [$0.pair.first, $0.pair.second] }).sorted()
    let indexOf = Dictionary(uniqueKeysWithValues: persons.enumerated().map { ($1, Int32($0)) })
    var groups = UnionFind(count: persons.count)
    for (pair, _) in accepted { groups.union(indexOf[pair.first]!, indexOf[pair.second]!) }
    func group(of person: Int32) -> Int32 { groups.find(indexOf[person]!) }
    var members: [Int32: [Int32]] = [:]
    for person in persons { members[group(of: person), default: []].append(person) }
    var wholeGroups: Set<Int32> = []
    for (root, groupMembers) in members {
      var isWhole = true
      check: for (index, a) in groupMembers.enumerated() {
        for b in groupMembers[(index + 1)...] {
          guard related[Pair(a, b)] != nil, let left = evidence[a], let right = evidence[b],
            !intersects(left.publications, right.publications)
          else {
            isWhole = false
            break check
          }
        }
      }
      if isWhole { wholeGroups.insert(root) }
    }
    let (whole, rest) = (
      accepted.filter { wholeGroups.contains(group(of: $0.pair.first)) },
      accepted.filter { !wholeGroups.contains(group(of: $0.pair.first)) }
    )
    for (pair, shared) in whole {
      guard let (rule, mentions) = related[pair] else { continue }
      join(mentions.0, mentions.1, rule: rule, sharedCoauthors: shared)
    }
    for (pair, shared) in pairsOfOnePartner(rest, reason: reason) {
      guard let (rule, mentions) = related[pair] else { continue }
      join(mentions.0, mentions.1, rule: rule, sharedCoauthors: shared)
    }
  }
}
