import CoauthModel

/// Stage 1, continued: the owner of a personal publication list.
extension ResolutionRun {
  /// Share of a file's publications a family name must appear on for the file to be read as
  /// that person's own list (a CV export, a homepage's BibTeX).
  static let ownerShare = 0.8
  /// Publications a file needs before it can be read as a personal list.
  static let ownerMinimumPublications = 3

  /// In a file where one family name is on (nearly) every publication, that file is the list of
  /// one person: each publication's mention of the family whose given name fits the owner's
  /// usual form ("Harkirat Behl", "H. S. Behl" beside "Harkirat Singh Behl") is the owner.
  /// Different given names ("Yash Jain" in Nishant Jain's list) are not joined, nor two fitting
  /// mentions of one publication. A publication of the list without the family name may print
  /// the owner without it ("Harkirat Singh"); see `droppedFamilyNameOwners`.
  mutating func mergeListOwners() {
    var publicationsOfFile: [String: [Int]] = [:]
    var fileOrder: [String] = []
    // Publications of one file come together: the path is hashed once per run of them.
    var currentPath: String?
    var current: [Int] = []
    func flush() {
      guard let path = currentPath else { return }
      if publicationsOfFile[path] == nil { fileOrder.append(path) }
      publicationsOfFile[path, default: []].append(contentsOf: current)
      current.removeAll(keepingCapacity: true)
    }
    for (index, publication) in corpus.publications.enumerated() where !publication.authors.isEmpty {
      let path = publication.location.path
      if path != currentPath {
        flush()
        currentPath = path
      }
      current.append(index)
    }
    flush()
    var seenOnPublication = [Int32](repeating: -1, count: entries.count)
    for path in fileOrder {
      let publications = publicationsOfFile[path] ?? []
      guard publications.count >= Self.ownerMinimumPublications else { continue }
      for family in ownerFamilies(of: publications, seen: &seenOnPublication) {
        joinOwnerMentions(family: family, publications: publications)
      }
    }
  }

  /// Family names (interned, see `familyIDOf`) on at least `ownerShare` of `publications`, in
  /// first-seen order. `seen` is scratch space, one slot per family.
  private func ownerFamilies(of publications: [Int], seen: inout [Int32]) -> [Int32] {
    var counts: [Int32: Int] = [:]
    var order: [Int32] = []
    for publication in publications {
      for mention in mentions(of: publication) {
        let family = familyIDOf[Int(entryOf[Int(mention)])]
        guard family >= 0, seen[Int(family)] != Int32(publication) else { continue }
        seen[Int(family)] = Int32(publication)
        if counts[family] == nil { order.append(family) }
        counts[family, default: 0] += 1
      }
    }
    let needed = Double(publications.count) * Self.ownerShare
    return order.filter { Double(counts[$0] ?? 0) >= needed }
  }

  private mutating func joinOwnerMentions(family: Int32, publications: [Int]) {
    // The owner's usual form: the most frequent name of the family, ties to the fuller one.
    var countOfEntry: [Int32: Int] = [:]
    for publication in publications {
      for mention in mentions(of: publication) where familyOf(mention) == family {
        countOfEntry[entryOf[Int(mention)], default: 0] += 1
      }
    }
    guard
      let anchorEntry = countOfEntry.max(by: { a, b in
        let rankA = (a.value, entries[Int(a.key)].keys?.fullGivenWordCount ?? 0, -a.key)
        let rankB = (b.value, entries[Int(b.key)].keys?.fullGivenWordCount ?? 0, -b.key)
        return rankA < rankB
      })?.key,
      let anchorGiven = entries[Int(anchorEntry)].keys?.given
    else { return }
    // Other full given names of the family in the file that cannot be the owner's: a mention
    // that also fits one of them ("H. Behl" beside "Hanna Behl") is left to later stages. So are
    // full names that fit the owner's usual form but not each other: behind an owner printed
    // "J. Smith", "John Smith" and "Jane Smith" are two people, and neither is known the owner.
    let fullGivens = countOfEntry.keys.compactMap { entry -> [GivenWord]? in
      guard let given = entries[Int(entry)].keys?.given, given.contains(where: { !$0.isInitial })
      else { return nil }
      return given
    }
    func fit(_ a: [GivenWord], _ b: [GivenWord]) -> Bool {
      GivenNameMatch.between(a, b, nicknames: options.nicknames) != nil
    }
    let fittingAnchor = fullGivens.filter { fit($0, anchorGiven) }
    let others = fullGivens.filter { given in
      !fit(given, anchorGiven) || fittingAnchor.contains { !fit(given, $0) }
    }
    var owners: [Int32] = []
    var withoutOwner: [Int] = []
    for publication in publications {
      let fitting = mentions(of: publication).filter { mention in
        guard familyOf(mention) == family, let given = entries[Int(entryOf[Int(mention)])].keys?.given
        else { return false }
        return fit(given, anchorGiven) && !others.contains { fit(given, $0) }
      }
      if fitting.count == 1 { owners.append(fitting[0]) }
      if fitting.isEmpty { withoutOwner.append(publication) }
    }
    owners += droppedFamilyNameOwners(
      in: withoutOwner, ownerWords: entries[Int(anchorEntry)].identityKey, owners: owners)
    owners = withoutNamesSharingAPublication(
      owners, anchorGroup: identityGroupOf[Int(anchorEntry)], publications: publications)
    // Different identifiers among them say the file is not one person's list.
    var combined = Identity()
    for mention in owners {
      let current = identity[Int(unionFind.find(mention))]
      if combined.conflicts(with: current) != nil { return }
      combined = combined.merged(with: current)
    }
    for mention in owners.dropFirst() { join(mention, owners[0], rule: .listOwner) }
  }

  /// `owners` without the mentions whose printed name (its identity group: a later stage joins
  /// equal names) stands on one of `publications` beside another of the owners' names: two
  /// names on one publication are two people ("John Smith and J. Smith"), so only the owner's
  /// usual form (the anchor's) stays the owner, and the other form is left to later stages,
  /// which keep the two apart.
  private func withoutNamesSharingAPublication(
    _ owners: [Int32], anchorGroup: Int32, publications: [Int]
  ) -> [Int32] {
    let groups = Set(owners.map { identityGroupOf[Int(entryOf[Int($0)])] })
    guard groups.count > 1 else { return owners }
    var apart: Set<Int32> = []
    for publication in publications {
      var present: Set<Int32> = []
      for mention in mentions(of: publication) {
        let group = identityGroupOf[Int(entryOf[Int(mention)])]
        if groups.contains(group) { present.insert(group) }
      }
      if present.count > 1 { apart.formUnion(present) }
    }
    apart.remove(anchorGroup)
    return owners.filter { !apart.contains(identityGroupOf[Int(entryOf[Int($0)])]) }
  }

  /// On the list's publications without the owner's family name, the one mention printing the
  /// owner's name without it ("Harkirat Singh" for "Harkirat Singh Behl": its words begin the
  /// owner's, two words at least), on a publication that shares a co-author with the owner's
  /// other publications.
  private func droppedFamilyNameOwners(
    in publications: [Int], ownerWords: String, owners: [Int32]
  ) -> [Int32] {
    let words = ownerWords.split(separator: " ")
    guard words.count >= 3, !owners.isEmpty else { return [] }
    var ownerCoauthors: Set<String> = []
    for owner in owners {
      let publication = Int(publicationOf[Int(owner)])
      for mention in mentions(of: publication) where mention != owner {
        ownerCoauthors.insert(entries[Int(entryOf[Int(mention)])].identityKey)
      }
    }
    var found: [Int32] = []
    for publication in publications {
      let candidates = mentions(of: publication).filter { mention in
        guard isPerson(mention) else { return false }
        let printed = entries[Int(entryOf[Int(mention)])].identityKey.split(separator: " ")
        return printed.count >= 2 && printed.count < words.count
          && Array(words.prefix(printed.count)) == printed
      }
      guard candidates.count == 1, let candidate = candidates.first else { continue }
      let sharesCoauthor = mentions(of: publication).contains { mention in
        mention != candidate
          && ownerCoauthors.contains(entries[Int(entryOf[Int(mention)])].identityKey)
      }
      if sharesCoauthor { found.append(candidate) }
    }
    return found
  }

  private func mentions(of publication: Int) -> Range<Int32> {
    publicationStart[publication]..<publicationStart[publication + 1]
  }

  private func familyOf(_ mention: Int32) -> Int32 {
    familyIDOf[Int(entryOf[Int(mention)])]
  }
}
