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
  /// Per entry: true when a `NameVariantGroup` of the corpus lists its printed text.
  var isVariantName: [Bool] = []
  /// Per entry: its identity key interned (equal keys, equal numbers), so that stages group
  /// names without hashing strings.
  var identityGroupOf: [Int32] = []
  /// Per entry: the person's family key interned; -1 for groups and names without a family.
  var familyIDOf: [Int32] = []
  /// Per entry: the identity group of the name with its German umlauts written out, when some
  /// entry has that key; -1 otherwise.
  var umlautGroupOf: [Int32] = []
  /// Per entry: the first given word interned (equal words, equal numbers).
  var givenKeyIDOf: [Int32] = []
  /// Per entry: the given words after the first ("jessy" of "Junyi Jessy Li") interned; -1 when
  /// the name has one given word or none.
  var laterGivenKeyIDOf: [Int32] = []
  /// Per entry: the number of given words, and of those that are not initials.
  var givenWordCountOf: [Int32] = []
  var fullGivenWordCountOf: [Int32] = []
  /// Per entry: true for a person's name, false for a group's.
  var isPersonEntry: [Bool] = []
  /// Per entry: the first initial of the given name (its Unicode value), 0 when none.
  var firstInitialOf: [UInt32] = []
  /// Identity of each union-find root (valid at roots only).
  var identity: [Identity] = []
  /// The text of the first identifier of each mention, for deterministic tie-breaking: an
  /// index into `identifierTexts`, whose first text is "".
  var identifierTextOf: [Int32] = []
  var identifierTexts: [String] = [""]
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
    internEntryKeys()
  }

  // MARK: - Loading

  private mutating func loadMentions() {
    publicationOf.reserveCapacity(mentionCount)
    positionOf.reserveCapacity(mentionCount)
    entryOf.reserveCapacity(mentionCount)
    identity.reserveCapacity(mentionCount)
    identifierTextOf.reserveCapacity(mentionCount)
    publicationStart.reserveCapacity(corpus.publications.count + 1)
    let entryOfMention = internNames()
    // Interned per entry: a mention's suffix is its name's.
    var suffixes = TextInterner()
    let suffixOfEntry = entries.map { entry in suffixes.id(of: entry.keys?.suffix) }
    let isEmptyName = entries.map { $0.identityKey.isEmpty || $0.identityKey == "group:" }
    var orcids = TextInterner()
    var pids = TextInterner()
    // dblp homonym numbers are per name ("Wei Wang 0003"): interned by full key and number.
    struct Homonym: Hashable {
      var full: Int32
      var number: String
    }
    var homonyms: [Homonym: (identity: Int32, text: Int32)] = [:]
    var fullKeys: [String: Int32] = [:]
    var fullKeyOfEntry = [Int32](repeating: -1, count: entries.count)
    var textIDs: [String: Int32] = ["": 0]
    func textID(_ text: String) -> Int32 {
      if let id = textIDs[text] { return id }
      let id = Int32(identifierTexts.count)
      identifierTexts.append(text)
      textIDs[text] = id
      return id
    }
    var mention = 0
    for publicationIndex in corpus.publications.indices {
      let publication = corpus.publications[publicationIndex]
      publicationStart.append(Int32(publicationOf.count))
      let shared = Self.sharedORCIDs(in: publication)
      // Once per iD, not once per author that has it.
      for (orcid, holders) in shared {
        let first = publication.authors[holders[0]]
        let names = holders.map { "'\(publication.authors[$0].printed)'" }.joined(separator: ", ")
        diagnostics(
          Diagnostic(
            .warning, "names.shared-orcid",
            "expected one author per ORCID, found \(orcid) on \(holders.count) authors of "
              + "'\(publication.id)' (\(names)); not used",
            at: first.location ?? publication.location))
      }
      let untrusted = shared.isEmpty ? [] : Set(shared.map(\.orcid))
      for offset in publication.authors.indices {
        defer { mention += 1 }
        var entry = entryOfMention[mention]
        let kind = publication.authors[offset].kind
        if isEmptyName[Int(entry)] {
          let author = publication.authors[offset]
          diagnostics(
            Diagnostic(
              .warning, "names.empty-name",
              "expected an author name, found '\(author.printed)'; kept as its own author",
              at: author.location ?? publication.location))
          // An empty name joins nothing: give it a key of its own.
          var own = entries[Int(entry)]
          own.identityKey = "empty:\(publicationOf.count)"
          entry = Int32(entries.count)
          entries.append(own)
          isVariantName.append(isVariantName[Int(entryOfMention[mention])])
        }
        publicationOf.append(Int32(publicationIndex))
        positionOf.append(Int32(offset + 1))
        entryOf.append(entry)
        let suffix = suffixOfEntry[Int(entryOfMention[mention])]
        guard !publication.authors[offset].identifiers.isEmpty else {
          identity.append(Identity(suffix: suffix))
          identifierTextOf.append(0)
          continue
        }
        var ids = publication.authors[offset].identifiers
        if let orcid = ids.orcid, untrusted.contains(orcid) { ids.orcid = nil }
        let isPerson = kind == .person
        var homonym: (identity: Int32, text: Int32)?
        if let number = ids.homonymNumber {
          let original = Int(entryOfMention[mention])
          if fullKeyOfEntry[original] < 0 {
            let full = entries[original].keys?.full ?? ""
            if let id = fullKeys[full] {
              fullKeyOfEntry[original] = id
            } else {
              fullKeyOfEntry[original] = Int32(fullKeys.count)
              fullKeys[full] = Int32(fullKeys.count)
            }
          }
          let key = Homonym(full: fullKeyOfEntry[original], number: number)
          if let found = homonyms[key] {
            homonym = found
          } else {
            let text = "\(entries[original].keys?.full ?? "")#\(number)"
            let found = (Int32(homonyms.count), textID(text))
            homonyms[key] = found
            homonym = found
          }
        }
        identity.append(
          Identity(
            orcid: isPerson ? orcids.id(of: ids.orcid) : -1,
            pid: isPerson ? pids.id(of: ids.dblpPID) : -1,
            homonym: isPerson ? homonym?.identity ?? -1 : -1,
            suffix: suffix))
        if let text = ids.orcid ?? ids.dblpPID {
          identifierTextOf.append(textID(text))
        } else {
          identifierTextOf.append(homonym?.text ?? 0)
        }
      }
    }
    publicationStart.append(Int32(publicationOf.count))
  }

  /// Parses and keys every distinct printed name once, spread over the available cores; returns
  /// the entry number of each mention, in corpus order. Entries are numbered in first-seen order;
  /// two mentions share an entry when their printed texts, parsed names and kinds are equal.
  private mutating func internNames() -> [Int32] {
    var entryOfMention: [Int32] = []
    entryOfMention.reserveCapacity(mentionCount)
    // Hashing the printed text alone is cheaper than hashing name and kind too; the few
    // entries that share a printed text are chained and told apart by name and kind.
    var firstEntryOfPrinted: [String: Int32] = [:]
    firstEntryOfPrinted.reserveCapacity(min(mentionCount, 1 << 16))
    var nextWithSamePrinted: [Int32] = []
    var firstMentions: [AuthorMention] = []
    // Mentions are read field by field: copying a whole mention costs more than hashing it.
    for publicationIndex in corpus.publications.indices {
      let authors = corpus.publications[publicationIndex].authors
      for offset in authors.indices {
        var entry = firstEntryOfPrinted[authors[offset].printed] ?? -1
        var last: Int32 = -1
        while entry >= 0 {
          if firstMentions[Int(entry)].kind == authors[offset].kind,
            firstMentions[Int(entry)].name == authors[offset].name
          {
            break
          }
          last = entry
          entry = nextWithSamePrinted[Int(entry)]
        }
        if entry < 0 {
          entry = Int32(firstMentions.count)
          firstMentions.append(authors[offset])
          nextWithSamePrinted.append(-1)
          if last >= 0 {
            nextWithSamePrinted[Int(last)] = entry
          } else {
            firstEntryOfPrinted[authors[offset].printed] = entry
          }
        }
        entryOfMention.append(entry)
      }
    }
    let variantNames = Set(corpus.nameVariantGroups.lazy.flatMap { $0.names.map(\.printed) })
    isVariantName =
      variantNames.isEmpty
      ? Array(repeating: false, count: firstMentions.count)
      : firstMentions.map { variantNames.contains($0.printed) }
    entries = NameEntry.makeAll(firstMentions)
    return entryOfMention
  }

  /// Fills the per-entry key columns (`identityGroupOf`, `familyIDOf`, `umlautGroupOf`).
  private mutating func internEntryKeys() {
    var groupOfKey: [String: Int32] = [:]
    var familyOfKey: [String: Int32] = [:]
    var givenOfKey: [String: Int32] = [:]
    var laterGivenOfKey: [String: Int32] = [:]
    groupOfKey.reserveCapacity(entries.count)
    familyOfKey.reserveCapacity(entries.count / 2)
    givenOfKey.reserveCapacity(entries.count / 2)
    func intern(_ key: String, in ids: inout [String: Int32]) -> Int32 {
      if let id = ids[key] { return id }
      let id = Int32(ids.count)
      ids[key] = id
      return id
    }
    // Read through the buffer: `entries.map` and subscripts copy whole entries.
    entries.withUnsafeBufferPointer { entries in
      identityGroupOf = entries.indices.map { intern(entries[$0].identityKey, in: &groupOfKey) }
      familyIDOf = entries.indices.map { index in
        entries[index].kind == .person && !entries[index].familyKey.isEmpty
          ? intern(entries[index].familyKey, in: &familyOfKey) : -1
      }
      umlautGroupOf = entries.indices.map { index in
        entries[index].umlautExpandedFull.flatMap { groupOfKey[$0] } ?? -1
      }
      givenKeyIDOf = entries.indices.map { index in
        entries[index].kind == .person ? intern(entries[index].firstGivenKey, in: &givenOfKey) : -1
      }
      laterGivenKeyIDOf = entries.indices.map { index in
        guard entries[index].kind == .person, entries[index].givenWordCount > 1,
          let given = entries[index].keys?.given
        else { return -1 }
        // Words as in `NameEntry.givenKey`; only names with a middle name or initial get here.
        let later = given.dropFirst().map(\.description).joined(separator: " ")
        return intern(later, in: &laterGivenOfKey)
      }
      givenWordCountOf = entries.indices.map { entries[$0].givenWordCount }
      fullGivenWordCountOf = entries.indices.map { entries[$0].fullGivenWordCount }
      firstInitialOf = entries.indices.map { entries[$0].firstInitial }
      isPersonEntry = entries.indices.map { entries[$0].kind == .person }
    }
  }

  /// How common the names of `representatives` (one entry per author) are.
  func namesakeEstimator(representatives: [Int32]) -> NamesakeEstimator {
    NamesakeEstimator(
      names: representatives.lazy.map {
        (self.familyIDOf[Int($0)], self.givenKeyIDOf[Int($0)], self.laterGivenKeyIDOf[Int($0)])
      })
  }

  /// `NamesakeEstimator.expectedNamesakes` of the name of `entry`.
  func expectedNamesakes(of entry: Int32, _ estimator: NamesakeEstimator) -> Double {
    estimator.expectedNamesakes(
      family: familyIDOf[Int(entry)], given: givenKeyIDOf[Int(entry)],
      laterGiven: laterGivenKeyIDOf[Int(entry)])
  }

  /// ORCIDs printed on more than one author of `publication`, in the order they first appear,
  /// each with the positions (0-based) of the authors that have it.
  private static func sharedORCIDs(in publication: Publication)
    -> [(orcid: String, holders: [Int])]
  {
    guard publication.authors.contains(where: { $0.identifiers.orcid != nil }) else { return [] }
    var holders: [String: [Int]] = [:]
    var order: [String] = []
    for (offset, mention) in publication.authors.enumerated() {
      guard let orcid = mention.identifiers.orcid else { continue }
      if holders[orcid] == nil { order.append(orcid) }
      holders[orcid, default: []].append(offset)
    }
    return order.compactMap { orcid in
      let found = holders[orcid]!
      return found.count > 1 ? (orcid, found) : nil
    }
  }

  /// Ids of texts, equal for equal texts; -1 for nil or empty text.
  struct TextInterner {
    private var ids: [String: Int32] = [:]

    mutating func id(of text: String?) -> Int32 {
      guard let text, !text.isEmpty else { return -1 }
      if let found = ids[text] { return found }
      let id = Int32(ids.count)
      ids[text] = id
      return id
    }
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

  func isPerson(_ mention: Int32) -> Bool { isPersonEntry[Int(entryOf[Int(mention)])] }

  // MARK: - Stage 1: identifiers, owners, identical names

  /// Equal ORCID iDs, then dblp pids, then dblp homonym numbers join mentions.
  mutating func mergeByIdentifiers() {
    let kinds: [((Identity) -> Int32, MergeRule)] = [
      ({ $0.orcid }, .orcid), ({ $0.pid }, .dblpPID), ({ $0.homonym }, .dblpHomonymNumber),
    ]
    for (field, rule) in kinds {
      // Identifiers are interned densely from 0: the first mention of each is found by index.
      var first: [Int32] = []
      for mention in 0..<Int32(mentionCount) {
        let value = Int(field(identity[Int(mention)]))
        guard value >= 0 else { continue }
        if value >= first.count {
          first.append(contentsOf: repeatElement(-1, count: value + 1 - first.count))
        }
        if first[value] >= 0 {
          join(mention, first[value], rule: rule)
        } else {
          first[value] = mention
        }
      }
    }
  }

  /// Highlighted person mentions of one source file are its owner: one person.
  mutating func mergeHighlightedOwners() {
    var ownerBySource = OrderedDictionary<String, (owner: Int32, publications: Set<Int32>)>()
    var mention: Int32 = -1
    for publication in corpus.publications {
      for author in publication.authors.indices {
        mention += 1
        guard publication.authors[author].marks.isHighlighted, isPerson(mention) else { continue }
        let author = publication.authors[author]
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

  /// How many of the following persons with the same name and different identifiers each
  /// such person is recorded as kept apart from.
  static let recordedIdentifierSplits = 3

  /// Mentions with equal identity keys join, unless identifiers say they are several people;
  /// then the mentions without identifiers stay apart, reported as ambiguous. A person that an
  /// earlier stage made of several names (an identifier or a list owner joined them) does not
  /// join an equal name printed on one of its publications: that would make two co-authors one
  /// person (an ORCID given to Hans Mueller on one paper and to Bo Kim on another, who are
  /// co-authors on the first).
  mutating func mergeIdenticalNames() {
    let severalNames = publicationsOfPersonsWithSeveralNames()
    // Mentions grouped by identity key, in corpus order (a counting sort over interned keys).
    let groupCount = Int(identityGroupOf.max().map { $0 + 1 } ?? 0)
    var groupStart = [Int32](repeating: 0, count: groupCount + 1)
    for mention in 0..<mentionCount {
      groupStart[Int(identityGroupOf[Int(entryOf[mention])]) + 1] += 1
    }
    for group in 0..<groupCount { groupStart[group + 1] += groupStart[group] }
    var members = [Int32](repeating: 0, count: mentionCount)
    var fill = groupStart
    for mention in 0..<Int32(mentionCount) {
      let group = Int(identityGroupOf[Int(entryOf[Int(mention)])])
      members[Int(fill[group])] = mention
      fill[group] += 1
    }
    // The group whose representatives a root was last counted for.
    var seenInGroup = [Int32](repeating: -1, count: mentionCount)
    for group in 0..<groupCount {
      let range = Int(groupStart[group])..<Int(groupStart[group + 1])
      guard range.count > 1 else { continue }
      // The first mention of every distinct set, in corpus order.
      var representatives: [Int32] = []
      var combined = Identity()
      var conflict = false
      for mention in members[range] {
        let root = unionFind.find(mention)
        guard seenInGroup[Int(root)] != Int32(group) else { continue }
        seenInGroup[Int(root)] = Int32(group)
        representatives.append(mention)
        if combined.conflicts(with: identity[Int(root)]) != nil { conflict = true }
        combined = combined.merged(with: identity[Int(root)])
      }
      guard representatives.count > 1 else { continue }
      if !conflict {
        if representatives.contains(where: { severalNames[unionFind.find($0)] != nil }) {
          joinApartFromCoauthors(representatives, group: members[range], severalNames: severalNames)
        } else {
          for mention in representatives.dropFirst() {
            join(mention, representatives[0], rule: .identicalName)
          }
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
      // Each is recorded as kept apart from the next few only: a name printed by hundreds of
      // identified people ("Wei Wang 0001" ... "Wei Wang 0400" in dblp) would otherwise give
      // a number of records growing with the square of their number.
      for (index, mention) in identified.enumerated() {
        let window = (index + 1)..<min(identified.count, index + 1 + Self.recordedIdentifierSplits)
        for other in identified[window] {
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

  /// The publications of each person (by union-find root) that earlier stages made of mentions
  /// with different identity keys; persons of one key are left out (most are).
  private mutating func publicationsOfPersonsWithSeveralNames() -> [Int32: Set<Int32>] {
    // The identity key each root was first seen with; -2 once it has several.
    var groupOfRoot = [Int32](repeating: -1, count: mentionCount)
    var anyMixed = false
    for mention in 0..<mentionCount {
      let root = Int(unionFind.find(Int32(mention)))
      let group = identityGroupOf[Int(entryOf[mention])]
      if groupOfRoot[root] == -1 {
        groupOfRoot[root] = group
      } else if groupOfRoot[root] != group {
        groupOfRoot[root] = -2
        anyMixed = true
      }
    }
    guard anyMixed else { return [:] }
    var publications: [Int32: Set<Int32>] = [:]
    for mention in 0..<mentionCount {
      let root = unionFind.find(Int32(mention))
      if groupOfRoot[Int(root)] == -2 {
        publications[root, default: []].insert(publicationOf[mention])
      }
    }
    return publications
  }

  /// Joins the persons of `representatives` (one mention each, of one identity key) one by one
  /// into the first, except a person whose publications meet those joined so far.
  private mutating func joinApartFromCoauthors(
    _ representatives: [Int32], group: ArraySlice<Int32>, severalNames: [Int32: Set<Int32>]
  ) {
    var sets: [Set<Int32>] = []
    for mention in representatives {
      let root = unionFind.find(mention)
      if let known = severalNames[root] {
        sets.append(known)
        continue
      }
      var own: Set<Int32> = []
      for member in group where unionFind.find(member) == root {
        own.insert(publicationOf[Int(member)])
      }
      sets.append(own)
    }
    var joined = sets[0]
    for (mention, own) in zip(representatives, sets).dropFirst() {
      guard joined.isDisjoint(with: own) else {
        splits.append(SplitRecord(mention: mention, other: representatives[0], reason: .samePublication))
        continue
      }
      join(mention, representatives[0], rule: .identicalName)
      joined.formUnion(own)
    }
  }

  /// Names equal once German umlauts are written out join: "Schütze" and "Schuetze".
  mutating func mergeUmlautVariants() {
    guard umlautGroupOf.contains(where: { $0 >= 0 }) else { return }
    var firstOfGroup = [Int32](repeating: -1, count: identityGroupOf.count)
    var isTarget = [Bool](repeating: false, count: identityGroupOf.count)
    for group in umlautGroupOf where group >= 0 { isTarget[Int(group)] = true }
    var mentionsOfGroup: [Int32: [Int32]] = [:]
    for mention in 0..<Int32(mentionCount) where isPerson(mention) {
      let entry = Int(entryOf[Int(mention)])
      let group = identityGroupOf[entry]
      if firstOfGroup[Int(group)] < 0 { firstOfGroup[Int(group)] = mention }
      // Only the groups on either side of an umlaut pair are looked at again.
      if umlautGroupOf[entry] >= 0 || isTarget[Int(group)] {
        mentionsOfGroup[group, default: []].append(mention)
      }
    }
    var done: Set<Int32> = []
    for mention in 0..<Int32(mentionCount) where isPerson(mention) {
      let entry = Int(entryOf[Int(mention)])
      let expanded = umlautGroupOf[entry]
      let group = identityGroupOf[entry]
      guard expanded >= 0, firstOfGroup[Int(expanded)] >= 0, done.insert(group).inserted
      else { continue }
      let target = firstOfGroup[Int(expanded)]
      let left = Set((mentionsOfGroup[group] ?? []).map { publicationOf[Int($0)] })
      let right = (mentionsOfGroup[expanded] ?? []).map { publicationOf[Int($0)] }
      if right.contains(where: left.contains) {
        splits.append(SplitRecord(mention: mention, other: target, reason: .samePublication))
        continue
      }
      join(mention, target, rule: .umlautTransliteration)
    }
  }
}
