import CoauthModel
import OrderedCollections

/// Stage 2: compatible names inside blocks of one family name.
extension ResolutionRun {
  /// The sets of mentions left by stage 1, with what block comparison needs.
  struct ClusterTable {
    /// Root mention of each cluster, in first-seen order.
    var roots: [Int32] = []
    /// Cluster of each mention.
    var clusterOf: [Int32] = []
    /// Most informative name entry of each cluster.
    var representative: [Int32] = []
    var mentionCounts: [Int32] = []
    /// Sorted distinct publications of each cluster.
    var publications: [[Int32]] = []
    /// Sorted distinct co-author clusters of each cluster.
    var coauthors: [[Int32]] = []
  }

  /// A person being assembled in a block: clusters and the union of their evidence.
  private struct BlockPerson {
    var clusters: [Int32]
    var publications: [Int32]
    var coauthors: [Int32]
  }

  /// Builds the cluster table from the current union-find state.
  mutating func makeClusterTable() -> ClusterTable {
    var table = ClusterTable()
    table.clusterOf = Array(repeating: -1, count: mentionCount)
    var clusterOfRoot = [Int32](repeating: -1, count: mentionCount)
    // Most clusters print one name: entries are counted only for those printing several.
    var printsSeveral: [Bool] = []
    for mention in 0..<Int32(mentionCount) {
      let root = unionFind.find(mention)
      var cluster = clusterOfRoot[Int(root)]
      if cluster < 0 {
        cluster = Int32(table.roots.count)
        clusterOfRoot[Int(root)] = cluster
        table.roots.append(root)
        table.representative.append(entryOf[Int(mention)])
        table.mentionCounts.append(0)
        printsSeveral.append(false)
      } else if table.representative[Int(cluster)] != entryOf[Int(mention)] {
        printsSeveral[Int(cluster)] = true
      }
      table.clusterOf[Int(mention)] = cluster
      table.mentionCounts[Int(cluster)] += 1
    }
    let clusterCount = table.roots.count
    // The mentions of each cluster, in corpus order (a counting sort).
    var start = [Int32](repeating: 0, count: clusterCount + 1)
    for cluster in 0..<clusterCount { start[cluster + 1] = start[cluster] + table.mentionCounts[cluster] }
    var mentionsByCluster = [Int32](repeating: 0, count: mentionCount)
    var fill = start
    for mention in 0..<mentionCount {
      let cluster = Int(table.clusterOf[mention])
      mentionsByCluster[Int(fill[cluster])] = Int32(mention)
      fill[cluster] += 1
    }
    var entryCounts: [Int32: [Int32: Int32]] = [:]
    table.publications.reserveCapacity(clusterCount)
    for cluster in 0..<clusterCount {
      let members = mentionsByCluster[Int(start[cluster])..<Int(start[cluster + 1])]
      if printsSeveral[cluster] {
        var counts: [Int32: Int32] = [:]
        for mention in members { counts[entryOf[Int(mention)], default: 0] += 1 }
        entryCounts[Int32(cluster)] = counts
      }
      // Mentions are in corpus order, so their publications come sorted.
      var publications: [Int32] = []
      publications.reserveCapacity(members.count)
      for mention in members {
        let publication = publicationOf[Int(mention)]
        if publications.last != publication { publications.append(publication) }
      }
      table.publications.append(publications)
    }
    table.coauthors = coauthorClusters(clusterOf: table.clusterOf, clusterCount: clusterCount)
    for (cluster, counts) in entryCounts {
      table.representative[Int(cluster)] = mostInformativeEntry(counts)
    }
    return table
  }

  /// Family blocks of at least this many names find candidates through a `BlockCandidateIndex`.
  static let indexedBlockSize = 32

  /// The sorted distinct co-author clusters of each cluster. Pairs are written publication by
  /// publication into one flat array, a slice per cluster, then each slice is sorted.
  private func coauthorClusters(clusterOf: [Int32], clusterCount: Int) -> [[Int32]] {
    var capacity = [Int](repeating: 0, count: clusterCount + 1)
    for publication in 0..<(publicationStart.count - 1) {
      let range = Int(publicationStart[publication])..<Int(publicationStart[publication + 1])
      guard range.count > 1 else { continue }
      for mention in range { capacity[Int(clusterOf[mention]) + 1] += range.count - 1 }
    }
    for cluster in 0..<clusterCount { capacity[cluster + 1] += capacity[cluster] }
    var pairs = [Int32](repeating: 0, count: capacity[clusterCount])
    var fill = capacity
    for publication in 0..<(publicationStart.count - 1) {
      let range = Int(publicationStart[publication])..<Int(publicationStart[publication + 1])
      guard range.count > 1 else { continue }
      for mention in range {
        let cluster = Int(clusterOf[mention])
        for other in range where other != mention {
          let coauthor = clusterOf[other]
          if coauthor != Int32(cluster) {
            pairs[fill[cluster]] = coauthor
            fill[cluster] += 1
          }
        }
      }
    }
    return (0..<clusterCount).map { cluster in
      let slice = capacity[cluster]..<fill[cluster]
      guard !slice.isEmpty else { return [] }
      pairs[slice].sort()
      return uniqueSorted(Array(pairs[slice]))
    }
  }

  /// Joins compatible names block by block (see `AuthorResolver`).
  mutating func mergeCompatibleNames() {
    let table = makeClusterTable()
    var blocks = OrderedDictionary<Int32, [Int32]>()
    for cluster in table.roots.indices {
      let entry = Int(table.representative[cluster])
      let family = familyIDOf[entry]
      guard family >= 0, givenWordCountOf[entry] > 0 else { continue }
      blocks[family, default: []].append(Int32(cluster))
    }
    var builder = NameProfileBuilder(nicknames: options.nicknames)
    var profiles: [NameProfile?] = Array(repeating: nil, count: entries.count)
    entries.withUnsafeBufferPointer { entries in
      for members in blocks.values where members.count > 1 {
        for cluster in members {
          let entry = Int(table.representative[Int(cluster)])
          if profiles[entry] == nil, let keys = entries[entry].keys {
            profiles[entry] = builder.profile(keys)
          }
        }
      }
    }
    let namesakes = namesakeEstimator(representatives: table.representative)
    var matcher = BlockMatcher(profiles: profiles, builder: builder, options: options)
    let isSmallCorpus = options.joinsFittingNamesInSmallCorpora && !namesakes.hasStatistics
    for members in blocks.values where members.count > 1 {
      matcher.joinsOnNamesAlone = isSmallCorpus && !isCommonFamily(of: members, table: table)
      resolveBlock(members, table: table, matcher: matcher, namesakes: namesakes)
    }
  }

  // MARK: - Helpers

  private mutating func resolveBlock(
    _ members: [Int32], table: ClusterTable, matcher: BlockMatcher, namesakes: NamesakeEstimator
  ) {
    // Most informative names first, so that variants meet the fullest form of each person;
    // compounds count by their parts ("Jean-Pierre" says more than "Jean P.").
    struct Rank {
      var cluster: Int32
      var fullGivenWords: Int32
      var givenWords: Int32
      var mentions: Int32
      var isCommon: Bool
      var full: String
    }
    let ranks = entries.withUnsafeBufferPointer { entries in
      members.map { cluster in
        let entry = table.representative[Int(cluster)]
        // A common short form ("Xiang Li") is many people's name: it never takes a middle name.
        return Rank(
          cluster: cluster, fullGivenWords: entries[Int(entry)].fullGivenPartCount,
          givenWords: entries[Int(entry)].givenPartCount,
          mentions: table.mentionCounts[Int(cluster)],
          isCommon: expectedNamesakes(of: entry, namesakes) >= options.commonNameNamesakes,
          full: entries[Int(entry)].keys?.full ?? "")
      }
    }
    let order = ranks.indices.sorted { i, j in
      let a = ranks[i]
      let b = ranks[j]
      let rankA = (a.fullGivenWords, a.givenWords, a.mentions)
      let rankB = (b.fullGivenWords, b.givenWords, b.mentions)
      if rankA != rankB { return rankA > rankB }
      if a.full != b.full { return a.full < b.full }
      let idA = identifierTexts[Int(identifierTextOf[Int(table.roots[Int(a.cluster)])])]
      let idB = identifierTexts[Int(identifierTextOf[Int(table.roots[Int(b.cluster)])])]
      if idA != idB { return idA < idB }
      return a.cluster < b.cluster
    }
    var persons: [BlockPerson] = []
    // Small blocks compare every pair; large ones only the candidates their index finds.
    var candidateIndex = members.count >= Self.indexedBlockSize ? BlockCandidateIndex() : nil
    var fitting: [(person: Int, rule: MergeRule, required: Int, shared: Int)] = []
    // Persons whose name fits but who are kept apart all the same, and why (a common short
    // name, an agreement the options do not join), said when no person fits better.
    var keptApart: [(person: Int, reason: SplitReason)] = []
    for index in order {
      let cluster = ranks[index].cluster
      let isCommon = ranks[index].isCommon
      let clusterIdentity = identity[Int(unionFind.find(table.roots[Int(cluster)]))]
      fitting.removeAll(keepingCapacity: true)
      keptApart.removeAll(keepingCapacity: true)
      let profile = matcher.profiles[Int(table.representative[Int(cluster)])]
      let candidates: [Int32]
      if let candidateIndex, let profile {
        candidates = candidateIndex.candidates(
          for: profile, homonym: clusterIdentity.homonym, builder: matcher.builder)
      } else {
        candidates = Array(0..<Int32(persons.count))
      }
      for candidate in candidates {
        let index = Int(candidate)
        let person = persons[index]
        guard !intersects(table.publications[Int(cluster)], person.publications),
          clusterIdentity.conflicts(
            with: identity[Int(unionFind.find(table.roots[Int(person.clusters[0])]))]) == nil
        else { continue }
        guard let (rule, required) = matcher.agreement(of: cluster, with: person.clusters, table: table)
        else {
          if let match = matcher.unjoinedMatch(of: cluster, with: person.clusters[0], table: table) {
            let shared = intersectionCount(table.coauthors[Int(cluster)], person.coauthors)
            keptApart.append((index, .agreementNotJoined(match, sharedCoauthors: shared)))
          }
          continue
        }
        if isCommon,
          rule == .compatibleGivenNames(.droppedMiddleName)
            || rule == .particleOnOneSide(.droppedMiddleName)
        {
          keptApart.append((index, .commonShortName))
          continue
        }
        var shared = intersectionCount(table.coauthors[Int(cluster)], person.coauthors)
        if shared < max(required, options.minimumSharedCoauthors) {
          shared += variantCoauthorCount(
            table.coauthors[Int(cluster)], person.coauthors, table: table)
        }
        fitting.append((index, rule, required, shared))
      }
      var chosen: (person: Int, rule: MergeRule, required: Int, shared: Int)?
      if fitting.count == 1, let only = fitting.first, only.shared >= only.required {
        chosen = only
      } else {
        let minimum = options.minimumSharedCoauthors
        var supported: (person: Int, rule: MergeRule, required: Int, shared: Int)?
        var supportedCount = 0
        for candidate in fitting where candidate.shared >= max(minimum, candidate.required) {
          supported = candidate
          supportedCount += 1
          if supportedCount > 1 { break }
        }
        chosen = supportedCount == 1 ? supported : nil
      }
      // "Marie" beside "Marie-Catherine" and "Marie-Claire" is either: co-authors shared with
      // one of them do not tell which part was left out.
      if let only = chosen, only.rule.givenNameMatch == .droppedCompoundPart,
        fitting.contains(where: {
          $0.person != only.person && $0.rule.givenNameMatch == .droppedCompoundPart
        })
      {
        chosen = nil
      }
      if var chosen {
        chosen.rule = matcher.recordedRule(chosen.rule, sharedCoauthors: chosen.shared)
        let target = persons[chosen.person]
        let targetRoot = table.roots[Int(target.clusters[0])]
        let homonymBefore = identity[Int(unionFind.find(targetRoot))].homonym
        join(table.roots[Int(cluster)], targetRoot, rule: chosen.rule, sharedCoauthors: chosen.shared)
        let homonymAfter = identity[Int(unionFind.find(targetRoot))].homonym
        if homonymBefore < 0, homonymAfter >= 0,
          let first = matcher.profiles[Int(table.representative[Int(target.clusters[0])])]
        {
          candidateIndex?.gainedHomonym(
            Int32(chosen.person), profile: first, homonym: homonymAfter, builder: matcher.builder)
        }
        if let profile {
          // Filed under the joined name's keys too: a name may fit the person through it
          // ("W.-J." through "Wei-Jie" when "Weijie" is the first; see `agreement`).
          candidateIndex?.insert(
            Int32(chosen.person), profile: profile, homonym: homonymAfter, builder: matcher.builder)
        }
        persons[chosen.person].clusters.append(cluster)
        persons[chosen.person].publications = mergedSorted(
          target.publications, table.publications[Int(cluster)])
        persons[chosen.person].coauthors = mergedSorted(
          target.coauthors, table.coauthors[Int(cluster)])
        continue
      }
      // Kept apart for want of evidence: said, so that `coauth names` can show why. One fitting
      // person was chosen unless it lacked shared co-authors.
      if fitting.count == 1, let only = fitting.first {
        keptApart = [
          (only.person, .tooFewSharedCoauthors(only.rule, shared: only.shared, required: only.required))
        ]
      } else if !fitting.isEmpty {
        keptApart.removeAll(keepingCapacity: true)
      }
      for (person, reason) in keptApart {
        splits.append(
          SplitRecord(
            mention: table.roots[Int(cluster)], other: table.roots[Int(persons[person].clusters[0])],
            reason: reason))
      }
      if fitting.count > 1 {
        ambiguities.append(
          AmbiguityRecord(
            mention: table.roots[Int(cluster)],
            candidates: fitting.map { table.roots[Int(persons[$0.person].clusters[0])] },
            reason: "the name fits \(fitting.count) authors of the same family name"))
      }
      if let profile {
        candidateIndex?.insert(
          Int32(persons.count), profile: profile, homonym: clusterIdentity.homonym,
          builder: matcher.builder)
      }
      persons.append(
        BlockPerson(
          clusters: [cluster], publications: table.publications[Int(cluster)],
          coauthors: table.coauthors[Int(cluster)]))
    }
  }

  /// True when the family of a block (`members`, clusters of one family key) is one of the
  /// world's commonest (`CommonFamilyNames`).
  private func isCommonFamily(of members: [Int32], table: ClusterTable) -> Bool {
    let entry = Int(table.representative[Int(members[0])])
    return CommonFamilyNames.standard.contains(familyKey: entries[entry].keys?.family ?? "")
  }

  /// Co-authors of one side, not of the other, that a co-author of the other prints as a
  /// variant of the same name: one family key, given names equal or initials of each other
  /// ("B. T. Tran" / "Binh Thi Tran"), each counted once. Co-authors printed differently in two
  /// sources are evidence too, when the stage has not joined them yet.
  private func variantCoauthorCount(_ a: [Int32], _ b: [Int32], table: ClusterTable) -> Int {
    func family(_ cluster: Int32) -> Int32 { familyIDOf[Int(table.representative[Int(cluster)])] }
    var onlyB: [(cluster: Int32, family: Int32)] = []
    var i = 0
    for cluster in b {
      while i < a.count, a[i] < cluster { i += 1 }
      if i < a.count, a[i] == cluster { continue }
      let id = family(cluster)
      if id >= 0 { onlyB.append((cluster, id)) }
    }
    guard !onlyB.isEmpty else { return 0 }
    var used: Set<Int32> = []
    var count = 0
    var j = 0
    for cluster in a {
      while j < b.count, b[j] < cluster { j += 1 }
      if j < b.count, b[j] == cluster { continue }
      let id = family(cluster)
      guard id >= 0, onlyB.contains(where: { $0.family == id }),
        let given = entries[Int(table.representative[Int(cluster)])].keys?.given
      else { continue }
      for other in onlyB where other.family == id && !used.contains(other.cluster) {
        guard let otherGiven = entries[Int(table.representative[Int(other.cluster)])].keys?.given,
          let match = GivenNameMatch.between(given, otherGiven, nicknames: options.nicknames),
          match <= .initials
        else { continue }
        used.insert(other.cluster)
        count += 1
        break
      }
    }
    return count
  }

  /// The entry with the most informative name, ties broken by frequency, key and display.
  private func mostInformativeEntry(_ counts: [Int32: Int32]) -> Int32 {
    let candidates = counts.keys.sorted()
    func isBetter(_ a: Int32, _ b: Int32) -> Bool {
      let rankA = (fullGivenWordCountOf[Int(a)], givenWordCountOf[Int(a)], counts[a] ?? 0)
      let rankB = (fullGivenWordCountOf[Int(b)], givenWordCountOf[Int(b)], counts[b] ?? 0)
      if rankA != rankB { return rankA > rankB }
      let fullA = entries[Int(a)].keys?.full ?? ""
      let fullB = entries[Int(b)].keys?.full ?? ""
      if fullA != fullB { return fullA < fullB }
      return entries[Int(a)].display < entries[Int(b)].display
    }
    var best = candidates[0]
    for entry in candidates.dropFirst() where isBetter(entry, best) { best = entry }
    return best
  }
}

/// Agreement of names inside a family block, on interned profiles.
private struct BlockMatcher {
  let profiles: [NameProfile?]
  let builder: NameProfileBuilder
  let options: ResolutionOptions
  /// Fitting given names are joined without shared co-authors, dropped middle names included,
  /// whatever `options` say: the corpus is too small for name statistics and the block's family
  /// is not a common one (see `ResolutionOptions.joinsFittingNamesInSmallCorpora`).
  var joinsOnNamesAlone = false

  init(profiles: [NameProfile?], builder: NameProfileBuilder, options: ResolutionOptions) {
    self.profiles = profiles
    self.builder = builder
    self.options = options
  }

  /// How `cluster`'s name agrees with the first (fullest) name of `members`, and how many
  /// shared co-authors the weakest agreement with any of them needs; nil when some name does
  /// not fit. A name that is another member's letters spaced differently ("Weijie" beside
  /// "Wei-Jie") need not fit when that member does: "W.-J." stands for "Wei-Jie", and so for
  /// "Weijie", though its initials cannot be read from the unspaced word.
  func agreement(
    of cluster: Int32, with members: [Int32], table: ResolutionRun.ClusterTable
  ) -> (MergeRule, Int)? {
    guard let profile = profiles[Int(table.representative[Int(cluster)])] else { return nil }
    var withFirst: MergeRule?
    var required = 0
    var agreeing: [Int32] = []
    var unfitting: [Int32] = []
    for member in members {
      guard let other = profiles[Int(table.representative[Int(member)])] else { return nil }
      guard let rule = agreement(profile, other) else {
        unfitting.append(other.compact)
        continue
      }
      agreeing.append(other.compact)
      required = max(required, sharedCoauthorsRequired(for: rule))
      if withFirst == nil { withFirst = rule }
    }
    guard unfitting.allSatisfy(agreeing.contains) else { return nil }
    return withFirst.map { ($0, required) }
  }

  /// The given-name agreement of `cluster`'s name with `member`'s when it is one the options do
  /// not join (a dropped middle name, by default); nil when the names agree enough or not at all.
  func unjoinedMatch(of cluster: Int32, with member: Int32, table: ResolutionRun.ClusterTable)
    -> GivenNameMatch?
  {
    guard options.mergesCompatibleNames,
      let a = profiles[Int(table.representative[Int(cluster)])],
      let b = profiles[Int(table.representative[Int(member)])],
      a.suffix == 0 || b.suffix == 0 || a.suffix == b.suffix,
      a.particle == 0 || b.particle == 0 || a.particle == b.particle,
      let match = builder.givenMatch(a, b), !joins(match)
    else { return nil }
    return match
  }

  /// True when names that agree by `match` may be joined.
  private func joins(_ match: GivenNameMatch) -> Bool {
    match <= options.weakestMatchAllowed || (joinsOnNamesAlone && match == .droppedMiddleName)
  }

  /// The rule to record for a join on `rule` with `shared` co-authors: a join that the options
  /// alone would not make, made because the corpus is small, says so
  /// (`MergeRule.fittingNameInSmallCorpus`).
  func recordedRule(_ rule: MergeRule, sharedCoauthors shared: Int) -> MergeRule {
    guard joinsOnNamesAlone, case .compatibleGivenNames(let match) = rule,
      match > options.weakestMatchAllowed || shared < options.sharedCoauthorsRequired(for: rule)
    else { return rule }
    return .fittingNameInSmallCorpus(match)
  }

  /// Shared co-authors a join on `rule` needs.
  private func sharedCoauthorsRequired(for rule: MergeRule) -> Int {
    // A particle on one side may be a name of its own: it keeps needing co-authors.
    if joinsOnNamesAlone, case .compatibleGivenNames = rule { return 0 }
    return options.sharedCoauthorsRequired(for: rule)
  }

  /// How two names of one family block agree, if at all.
  private func agreement(_ a: NameProfile, _ b: NameProfile) -> MergeRule? {
    if a.suffix != 0, b.suffix != 0, a.suffix != b.suffix { return nil }
    if a.particle != 0, b.particle != 0, a.particle != b.particle { return nil }
    if options.mergesCompactNames, a.compact == b.compact { return .compactName }
    guard options.mergesCompatibleNames else { return nil }
    guard let match = builder.givenMatch(a, b), joins(match) else { return nil }
    // Particles are interned first: 0 is none.
    if (a.particle == 0) != (b.particle == 0) { return .particleOnOneSide(match) }
    return .compatibleGivenNames(match)
  }
}
