import CoauthModel
import OrderedCollections

/// The state of one resolution: mentions flattened into columns, a union-find over mentions, and
/// the log of merges, splits and ambiguities. Stages are in extensions, one file each.
struct ResolutionRun {
  /// Identifiers and suffix of a set of mentions, interned; -1 when absent.
  struct Identity: Equatable {
    var orcid: Int32 = -1
    var pid: Int32 = -1
    var homonym: Int32 = -1
    var suffix: Int32 = -1

    /// True when some kind of identifier is present on both sides with different values.
    func conflicts(with other: Identity) -> SplitReason? {
      func differ(_ a: Int32, _ b: Int32) -> Bool { a >= 0 && b >= 0 && a != b }
      if differ(orcid, other.orcid) || differ(pid, other.pid) || differ(homonym, other.homonym) {
        return .differentIdentifiers
      }
      return differ(suffix, other.suffix) ? .differentSuffixes : nil
    }

    /// The identifiers of both sides.
    func merged(with other: Identity) -> Identity {
      Identity(
        orcid: orcid >= 0 ? orcid : other.orcid, pid: pid >= 0 ? pid : other.pid,
        homonym: homonym >= 0 ? homonym : other.homonym,
        suffix: suffix >= 0 ? suffix : other.suffix)
    }

    /// True when an identifier (not just a suffix) is present.
    var hasIdentifier: Bool { orcid >= 0 || pid >= 0 || homonym >= 0 }
  }

  struct MergeRecord {
    var mention: Int32
    var target: Int32
    var rule: MergeRule
    var sharedCoauthors: Int
  }

  struct SplitRecord {
    var mention: Int32
    var other: Int32
    var reason: SplitReason
  }

  struct AmbiguityRecord {
    var mention: Int32
    var candidates: [Int32]
    var reason: String
  }

  let corpus: Corpus
  let options: ResolutionOptions
  let diagnostics: DiagnosticHandler

  // Mention columns, in corpus order.
  var mentionCount: Int
  var publicationOf: [Int32] = []
  var positionOf: [Int32] = []
  var entryOf: [Int32] = []
  /// Mentions of publication `p` are `publicationStart[p] ..< publicationStart[p + 1]`.
  var publicationStart: [Int32] = []
  var entries: [NameEntry] = []
  /// Identity of each union-find root (valid at roots only).
  var identity: [Identity] = []
  /// The text of the first identifier of each mention, for deterministic tie-breaking.
  var identifierText: [String] = []
  var unionFind: UnionFind
  /// Homonym split label per mention (0 unless a splitter separated it).
  var homonymLabel: [Int32]

  /// Override merges: a group key joined into another (see `groupKey(of:)`).
  var mergedGroup: [Int64: Int64] = [:]
  /// Override pins by final group key.
  var pinnedNames: [Int64: String] = [:]
  var pinnedIDs: [Int64: String] = [:]
  /// Split labels handed out by override splits so far.
  var overrideLabels: Int32 = 0

  var merges: [MergeRecord] = []
  var splits: [SplitRecord] = []
  var ambiguities: [AmbiguityRecord] = []

  init(corpus: Corpus, options: ResolutionOptions, diagnostics: @escaping DiagnosticHandler) {
    self.corpus = corpus
    self.options = options
    self.diagnostics = diagnostics
    mentionCount = corpus.mentionCount
    unionFind = UnionFind(count: mentionCount)
    homonymLabel = Array(repeating: 0, count: mentionCount)
    loadMentions()
  }

  // MARK: - Loading

  private mutating func loadMentions() {
    publicationOf.reserveCapacity(mentionCount)
    positionOf.reserveCapacity(mentionCount)
    entryOf.reserveCapacity(mentionCount)
    identity.reserveCapacity(mentionCount)
    identifierText.reserveCapacity(mentionCount)
    publicationStart.reserveCapacity(corpus.publications.count + 1)
    let entryIndex = internNames()
    var interned: [String: Int32] = [:]
    func intern(_ text: String?, kind: String) -> Int32 {
      guard let text, !text.isEmpty else { return -1 }
      let key = kind + ":" + text
      if let found = interned[key] { return found }
      let value = Int32(interned.count)
      interned[key] = value
      return value
    }
    for (publicationIndex, publication) in corpus.publications.enumerated() {
      publicationStart.append(Int32(publicationOf.count))
      let untrusted = Self.sharedORCIDs(in: publication)
      for (offset, mention) in publication.authors.enumerated() {
        let source = NameSource(printed: mention.printed, name: mention.name, kind: mention.kind)
        var entry = entryIndex[source] ?? 0
        if entries[Int(entry)].identityKey.isEmpty || entries[Int(entry)].identityKey == "group:" {
          diagnostics(
            Diagnostic(
              .warning, "names.empty-name",
              "expected an author name, found '\(mention.printed)'; kept as its own author",
              at: mention.location ?? publication.location))
          // An empty name joins nothing: give it a key of its own.
          var own = entries[Int(entry)]
          own.identityKey = "empty:\(publicationOf.count)"
          entry = Int32(entries.count)
          entries.append(own)
        }
        publicationOf.append(Int32(publicationIndex))
        positionOf.append(Int32(offset + 1))
        entryOf.append(entry)
        var ids = mention.identifiers
        if let orcid = ids.orcid, untrusted.contains(orcid) {
          diagnostics(
            Diagnostic(
              .warning, "names.shared-orcid",
              "expected one author per ORCID, found \(orcid) on several authors of '\(publication.id)'; not used",
              at: mention.location ?? publication.location))
          ids.orcid = nil
        }
        let isPerson = mention.kind == .person
        let keys = entries[Int(entry)].keys
        let homonymKey = ids.homonymNumber.map { "\(keys?.full ?? "")#\($0)" }
        identity.append(
          Identity(
            orcid: isPerson ? intern(ids.orcid, kind: "orcid") : -1,
            pid: isPerson ? intern(ids.dblpPID, kind: "pid") : -1,
            homonym: isPerson ? intern(homonymKey, kind: "homonym") : -1,
            suffix: intern(keys?.suffix, kind: "suffix")))
        identifierText.append(ids.orcid ?? ids.dblpPID ?? homonymKey ?? "")
      }
    }
    publicationStart.append(Int32(publicationOf.count))
  }

  /// Parses and keys every distinct printed name once, spread over the available cores; returns
  /// the entry number of each. Entries are numbered in first-seen order.
  private mutating func internNames() -> [NameSource: Int32] {
    var entryIndex: [NameSource: Int32] = [:]
    var firstMentions: [AuthorMention] = []
    for publication in corpus.publications {
      for mention in publication.authors {
        let source = NameSource(printed: mention.printed, name: mention.name, kind: mention.kind)
        if entryIndex[source] == nil {
          entryIndex[source] = Int32(firstMentions.count)
          firstMentions.append(mention)
        }
      }
    }
    entries = NameEntry.makeAll(firstMentions)
    let compounds = CompoundFamilies(keys: entries.lazy.map(\.keys))
    if !compounds.isEmpty {
      for index in entries.indices {
        guard let keys = entries[index].keys, let widened = compounds.widened(keys) else { continue }
        entries[index].keys = widened
      }
    }
    return entryIndex
  }

  /// ORCIDs printed on more than one author of `publication`.
  private static func sharedORCIDs(in publication: Publication) -> Set<String> {
    var seen: Set<String> = []
    var shared: Set<String> = []
    for mention in publication.authors {
      guard let orcid = mention.identifiers.orcid else { continue }
      if !seen.insert(orcid).inserted { shared.insert(orcid) }
    }
    return shared
  }

  // MARK: - Union with checks

  /// Joins the sets of mentions `a` and `b` unless their identities conflict (then records a
  /// split). Returns true when they are one set afterwards.
  @discardableResult
  mutating func join(_ a: Int32, _ b: Int32, rule: MergeRule, sharedCoauthors: Int = 0) -> Bool {
    let rootA = unionFind.find(a)
    let rootB = unionFind.find(b)
    if rootA == rootB { return true }
    if let reason = identity[Int(rootA)].conflicts(with: identity[Int(rootB)]) {
      splits.append(SplitRecord(mention: a, other: b, reason: reason))
      return false
    }
    let merged = identity[Int(rootA)].merged(with: identity[Int(rootB)])
    guard let root = unionFind.union(rootA, rootB) else { return true }
    identity[Int(root)] = merged
    merges.append(MergeRecord(mention: a, target: b, rule: rule, sharedCoauthors: sharedCoauthors))
    return true
  }

  func isPerson(_ mention: Int32) -> Bool { entries[Int(entryOf[Int(mention)])].kind == .person }

  // MARK: - Stage 1: identifiers, owners, identical names

  /// Equal ORCID iDs, then dblp pids, then dblp homonym numbers join mentions.
  mutating func mergeByIdentifiers() {
    let kinds: [(KeyPath<Identity, Int32>, MergeRule)] = [
      (\.orcid, .orcid), (\.pid, .dblpPID), (\.homonym, .dblpHomonymNumber),
    ]
    for (field, rule) in kinds {
      var first: [Int32: Int32] = [:]
      for mention in 0..<Int32(mentionCount) {
        let value = identity[Int(mention)][keyPath: field]
        guard value >= 0 else { continue }
        if let owner = first[value] {
          join(mention, owner, rule: rule)
        } else {
          first[value] = mention
        }
      }
    }
  }

  /// Highlighted person mentions of one source file are its owner: one person.
  mutating func mergeHighlightedOwners() {
    var ownerBySource = OrderedDictionary<String, (owner: Int32, publications: Set<Int32>)>()
    var mention: Int32 = 0
    for publication in corpus.publications {
      for author in publication.authors {
        defer { mention += 1 }
        guard author.marks.isHighlighted, author.kind == .person else { continue }
        let source = author.location?.path ?? publication.location.path
        let publicationIndex = publicationOf[Int(mention)]
        guard let current = ownerBySource[source] else {
          ownerBySource[source] = (mention, [publicationIndex])
          continue
        }
        if current.publications.contains(publicationIndex) {
          diagnostics(
            Diagnostic(
              .note, "names.highlighted-twice",
              "expected one highlighted owner per publication, found another in '\(publication.id)'; not joined",
              at: author.location ?? publication.location))
          continue
        }
        if join(mention, current.owner, rule: .highlightedOwner) {
          ownerBySource[source]?.publications.insert(publicationIndex)
        }
      }
    }
  }

  /// Mentions with equal identity keys join, unless identifiers say they are several people;
  /// then the mentions without identifiers stay apart, reported as ambiguous.
  mutating func mergeIdenticalNames() {
    // Identity keys are interned per entry, so mentions are grouped without hashing strings.
    var groupOfKey: [String: Int32] = [:]
    let groupOfEntry = entries.map { entry -> Int32 in
      if let group = groupOfKey[entry.identityKey] { return group }
      let group = Int32(groupOfKey.count)
      groupOfKey[entry.identityKey] = group
      return group
    }
    var groups: [[Int32]] = Array(repeating: [], count: groupOfKey.count)
    for mention in 0..<Int32(mentionCount) {
      groups[Int(groupOfEntry[Int(entryOf[Int(mention)])])].append(mention)
    }
    for members in groups where members.count > 1 {
      // The first mention of every distinct set, in corpus order.
      var seenRoots: Set<Int32> = []
      var representatives: [Int32] = []
      var combined = Identity()
      var conflict = false
      for mention in members {
        let root = unionFind.find(mention)
        guard seenRoots.insert(root).inserted else { continue }
        representatives.append(mention)
        if combined.conflicts(with: identity[Int(root)]) != nil { conflict = true }
        combined = combined.merged(with: identity[Int(root)])
      }
      guard representatives.count > 1 else { continue }
      if !conflict {
        for mention in representatives.dropFirst() {
          join(mention, representatives[0], rule: .identicalName)
        }
        continue
      }
      var bare: [Int32] = []
      var identified: [Int32] = []
      for mention in representatives {
        let root = unionFind.find(mention)
        let current = identity[Int(root)]
        if current.hasIdentifier || current.suffix >= 0 {
          identified.append(mention)
        } else {
          bare.append(mention)
        }
      }
      for mention in bare.dropFirst() { join(mention, bare[0], rule: .identicalName) }
      for (index, mention) in identified.enumerated() {
        for other in identified[(index + 1)...] {
          if let reason = identity[Int(unionFind.find(mention))].conflicts(
            with: identity[Int(unionFind.find(other))])
          {
            splits.append(SplitRecord(mention: other, other: mention, reason: reason))
          }
        }
      }
      if let first = bare.first {
        ambiguities.append(
          AmbiguityRecord(
            mention: first, candidates: identified,
            reason: "the name is shared by authors with different identifiers"))
      }
    }
  }

  /// Names equal once German umlauts are written out join: "Schütze" and "Schuetze".
  mutating func mergeUmlautVariants() {
    guard entries.contains(where: { $0.keys?.umlautExpandedFull != nil }) else { return }
    var firstByKey: [String: Int32] = [:]
    var mentionsByKey: [String: [Int32]] = [:]
    for mention in 0..<Int32(mentionCount) where isPerson(mention) {
      let key = entries[Int(entryOf[Int(mention)])].identityKey
      if firstByKey[key] == nil { firstByKey[key] = mention }
      mentionsByKey[key, default: []].append(mention)
    }
    var done: Set<String> = []
    for mention in 0..<Int32(mentionCount) where isPerson(mention) {
      let entry = entries[Int(entryOf[Int(mention)])]
      guard let expanded = entry.keys?.umlautExpandedFull, let target = firstByKey[expanded],
        done.insert(entry.identityKey).inserted
      else { continue }
      let left = Set((mentionsByKey[entry.identityKey] ?? []).map { publicationOf[Int($0)] })
      let right = (mentionsByKey[expanded] ?? []).map { publicationOf[Int($0)] }
      if right.contains(where: left.contains) {
        splits.append(SplitRecord(mention: mention, other: target, reason: .samePublication))
        continue
      }
      join(mention, target, rule: .umlautTransliteration)
    }
  }
}
