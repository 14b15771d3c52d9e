import CoauthModel
import OrderedCollections

/// The last stages: homonym splitting and the author table with its evidence.
extension ResolutionRun {
  /// Offers every large enough person author to the configured `HomonymSplitter`, on every
  /// core: each author is split on its own, and the splits are recorded in author order.
  mutating func splitHomonyms() {
    guard let splitter = options.homonymSplitter else { return }
    let table = makeClusterTable()
    var mentionsOfCluster: [[Int32]] = Array(repeating: [], count: table.roots.count)
    for mention in 0..<Int32(mentionCount) {
      mentionsOfCluster[Int(table.clusterOf[Int(mention)])].append(mention)
    }
    let namesakes = namesakeEstimator(representatives: table.representative)
    let mentionsOf = mentionsOfCluster
    let offered = mentionsOfCluster.indices.filter { cluster in
      let mentions = mentionsOfCluster[cluster]
      return mentions.count >= max(2, splitter.minimumMentions) && isPerson(mentions[0])
    }
    let names = offered.map { entries[Int(table.representative[$0])].display }
    let expected = offered.map { expectedNamesakes(of: table.representative[$0], namesakes) }
    let titles = TitleWords(titles: corpus.publications.map(\.title))
    let context = HomonymContext(
      publications: corpus.publications, publicationOf: publicationOf,
      publicationStart: publicationStart, clusterOf: table.clusterOf,
      wordsOfPublication: titles.wordsOfPublication,
      coauthorIndex: CoauthorIndex(table.coauthors),
      titleWeights: WordWeights(titles.inverseFrequency))
    let labelsOfOffered = ParallelResults<[Int]>(count: offered.count)
    WorkerThreads.run(iterations: offered.count) { index in
      let cluster = offered[index]
      let candidate = context.candidate(
        cluster: Int32(cluster), mentions: mentionsOf[cluster], name: names[index],
        expectedNamesakes: expected[index])
      labelsOfOffered[index] = splitter.split(candidate)
    }
    for (index, cluster) in offered.enumerated() {
      let mentions = mentionsOfCluster[cluster]
      guard let labels = labelsOfOffered[index], labels.count == mentions.count,
        Set(labels).count > 1
      else { continue }
      var firstOfLabel: [Int: Int32] = [:]
      for (mention, label) in zip(mentions, labels) {
        homonymLabel[Int(mention)] = Int32(truncatingIfNeeded: label)
        if firstOfLabel[label] == nil { firstOfLabel[label] = mention }
      }
      let firsts = firstOfLabel.values.sorted()
      for other in firsts.dropFirst() {
        splits.append(
          SplitRecord(mention: other, other: firsts[0], reason: .homonym("co-authors do not meet")))
      }
    }
  }

  /// The author of every mention, numbered in first-seen order, and the printed names (entries)
  /// of each author with their mention counts. Mentions are grouped by union-find set and split
  /// label, then joined as override merges say.
  mutating func authorGroups() -> (
    authorOf: [AuthorIndex], entryCounts: [EntryCounts], keys: [Int64]
  ) {
    var authorOf = [AuthorIndex](repeating: 0, count: mentionCount)
    // Most groups are a union-find set without split label or override merge: those are found
    // by their root, the others by their key.
    var authorOfRoot = [AuthorIndex](repeating: -1, count: mentionCount)
    var authorOfKey: [Int64: AuthorIndex] = [:]
    var entryCounts: [EntryCounts] = []
    var keys: [Int64] = []
    for mention in 0..<Int32(mentionCount) {
      let key = groupKey(of: mention)
      let isPlainRoot = mergedGroup.isEmpty && key & 0xFFFF_FFFF == 0
      let root = Int(key >> 32)
      let author: AuthorIndex
      if isPlainRoot, authorOfRoot[root] >= 0 {
        author = authorOfRoot[root]
      } else if !isPlainRoot, let found = authorOfKey[key] {
        author = found
      } else {
        author = AuthorIndex(entryCounts.count)
        if isPlainRoot { authorOfRoot[root] = author } else { authorOfKey[key] = author }
        entryCounts.append(EntryCounts())
        keys.append(key)
      }
      authorOf[Int(mention)] = author
      entryCounts[Int(author)].add(entryOf[Int(mention)])
    }
    return (authorOf, entryCounts, keys)
  }

  /// The group of a mention: its union-find set and split label, followed through override
  /// merges.
  mutating func groupKey(of mention: Int32) -> Int64 {
    let root = Int64(unionFind.find(mention))
    var key = root << 32 | Int64(UInt32(bitPattern: homonymLabel[Int(mention)]))
    while let next = mergedGroup[key] { key = next }
    return key
  }

  /// The id each author gets from its best display name, made unique in first-seen order;
  /// pinned ids are taken first.
  func allocateIDs(_ entryCounts: [EntryCounts], pinned: [String?]) -> [String] {
    var slugs = AuthorSlugAllocator()
    for case let id? in pinned { _ = slugs.allocate(id) }
    return entries.withUnsafeBufferPointer { entries in
      entryCounts.indices.map { author in
        if let id = pinned[author] { return id }
        return slugs.allocate(entries[Int(bestDisplayEntry(entryCounts[author]))].slug)
      }
    }
  }

  /// The author table, one authorship per mention, and the decisions, in first-seen order.
  mutating func makeResolution() -> Resolution {
    let (authorOf, entryCounts, keys) = authorGroups()
    let ids = allocateIDs(entryCounts, pinned: keys.map { pinnedIDs[$0] })
    var names: [String] = []
    var kinds: [AuthorMention.Kind] = []
    var variants: [[String]] = []
    var decisions: [AuthorDecisions] = []
    var bestEntries: [Int32] = []
    // Read through the buffer: subscripting `entries` copies whole entries.
    let display = entries.withUnsafeBufferPointer { entries in
      entries.indices.map { entries[$0].display }
    }
    for counts in entryCounts {
      let best = bestDisplayEntry(counts)
      bestEntries.append(best)
      names.append(pinnedNames[keys[names.count]] ?? display[Int(best)])
      kinds.append(isPersonEntry[Int(best)] ? .person : .group)
      if let only = counts.only {
        variants.append([display[Int(only.entry)]])
        decisions.append(
          AuthorDecisions(variants: [
            NameVariantCount(name: display[Int(only.entry)], mentions: only.count)
          ]))
        continue
      }
      var variantCounts = OrderedDictionary<String, Int>()
      for (entry, count) in counts { variantCounts[display[Int(entry)], default: 0] += count }
      variants.append(Array(variantCounts.keys))
      decisions.append(
        AuthorDecisions(
          variants: variantCounts.map { NameVariantCount(name: $0.key, mentions: $0.value) }))
    }

    // One decision per author, rule and pair of names, however often the join was made: on
    // large inputs a name joined by its identifier at every mention made millions of rows.
    var decisionOfJoin: [MergeJoin: Int] = [:]
    for record in merges {
      let author = authorOf[Int(record.mention)]
      guard author == authorOf[Int(record.target)] else { continue }
      let variantEntry = entryOf[Int(record.mention)]
      let targetEntry = entryOf[Int(record.target)]
      let variant = display[Int(variantEntry)]
      let target = display[Int(targetEntry)]
      if record.rule == .identicalName, variant == target { continue }
      // Evidence makes no join certain; the user's word does.
      let confidence =
        record.rule == .override
        ? 1 : min(0.99, record.rule.baseConfidence + 0.05 * Double(min(record.sharedCoauthors, 4)))
      let decision = MergeDecision(
        rule: record.rule, variant: variant, target: target, confidence: confidence,
        sharedCoauthors: record.sharedCoauthors)
      let join = MergeJoin(
        author: author, rule: record.rule, variant: variantEntry, target: targetEntry)
      if let index = decisionOfJoin[join] {
        decisions[Int(author)].merges[index].absorb(decision)
      } else {
        decisionOfJoin[join] = decisions[Int(author)].merges.count
        decisions[Int(author)].merges.append(decision)
      }
    }
    var seenSplits: Set<Int64> = []
    seenSplits.reserveCapacity(splits.count)
    for record in splits {
      let author = authorOf[Int(record.mention)]
      let other = authorOf[Int(record.other)]
      guard author != other,
        seenSplits.insert(Int64(author) << 32 | Int64(UInt32(bitPattern: other))).inserted
      else { continue }
      let variant = display[Int(entryOf[Int(record.mention)])]
      let otherVariant = display[Int(entryOf[Int(record.other)])]
      decisions[Int(author)].splits.append(
        SplitDecision(
          reason: record.reason, other: other, variant: variant, otherVariant: otherVariant))
      decisions[Int(other)].splits.append(
        SplitDecision(
          reason: record.reason, other: author, variant: otherVariant, otherVariant: variant))
    }
    var ambiguous: [AmbiguousName] = []
    for record in ambiguities {
      let author = authorOf[Int(record.mention)]
      let candidates = uniqueSorted(record.candidates.map { authorOf[Int($0)] }.sorted())
        .filter { $0 != author }
      guard !candidates.isEmpty else { continue }
      let entry = entryOf[Int(record.mention)]
      ambiguous.append(
        AmbiguousName(
          name: display[Int(entry)], mentions: entryCounts[Int(author)][entry] ?? 0,
          author: author, candidates: candidates, reason: record.reason))
    }
    let mentionCounts = entryCounts.map(\.total)
    let crowds = crowdedInitialKeys(
      bestEntries: bestEntries, kinds: kinds, mentions: mentionCounts)
    for var extra in crowdAmbiguities(crowds, reported: ambiguous, mentions: mentionCounts) {
      extra.name = names[Int(extra.author)]
      ambiguous.append(extra)
    }
    if !ambiguous.isEmpty {
      var needed = [Bool](repeating: false, count: entryCounts.count)
      for ambiguity in ambiguous {
        needed[Int(ambiguity.author)] = true
        for candidate in ambiguity.candidates { needed[Int(candidate)] = true }
      }
      let coauthors = coauthorsOfAuthors(authorOf, needed: needed)
      ambiguous = withConfidences(ambiguous, coauthors: coauthors, mentions: mentionCounts)
    }
    ambiguous.sort { ($0.author, $0.name) < ($1.author, $1.name) }

    let authorships = (0..<mentionCount).map { mention in
      Authorship(
        publication: publicationOf[mention], position: positionOf[mention],
        author: authorOf[mention])
    }
    return Resolution(
      authors: AuthorTable(ids: ids, names: names, kinds: kinds, variants: variants),
      authorships: authorships,
      decisions: ResolutionDecisions(
        authors: decisions, ambiguities: ambiguous, crowdedInitialKeys: crowds))
  }

  /// The entry whose display is the fullest well-formed variant; ties go to the more frequent,
  /// then the first seen.
  func bestDisplayEntry(_ counts: EntryCounts) -> Int32 {
    if let only = counts.only { return only.entry }
    var best: Int32 = -1
    var bestQuality = (0, 0, 0, 0)
    var bestCount = 0
    for (entry, count) in counts {
      let quality = entries[Int(entry)].displayQuality
      if best < 0 || quality > bestQuality || (quality == bestQuality && count > bestCount) {
        best = entry
        bestQuality = quality
        bestCount = count
      }
    }
    return best
  }
}

/// A join of one name entry to another for one author by one rule, the unit of a
/// `MergeDecision`.
private struct MergeJoin: Hashable {
  var author: AuthorIndex
  var rule: MergeRule
  var variant: Int32
  var target: Int32
}
