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
  /// mentions of one publication.
  mutating func mergeListOwners() {
    var publicationsOfFile: [String: [Int]] = [:]
    var fileOrder: [String] = []
    for (index, publication) in corpus.publications.enumerated() where !publication.authors.isEmpty {
      let path = publication.location.path
      if publicationsOfFile[path] == nil { fileOrder.append(path) }
      publicationsOfFile[path, default: []].append(index)
    }
    for path in fileOrder {
      let publications = publicationsOfFile[path] ?? []
      guard publications.count >= Self.ownerMinimumPublications else { continue }
      for family in ownerFamilies(of: publications) {
        joinOwnerMentions(family: family, publications: publications)
      }
    }
  }

  /// Family names on at least `ownerShare` of `publications`, in first-seen order.
  private func ownerFamilies(of publications: [Int]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for publication in publications {
      var seen: Set<String> = []
      for mention in mentions(of: publication) where isPerson(mention) {
        guard let family = entries[Int(entryOf[Int(mention)])].keys?.family, !family.isEmpty,
          seen.insert(family).inserted
        else { continue }
        if counts[family] == nil { order.append(family) }
        counts[family, default: 0] += 1
      }
    }
    let needed = Double(publications.count) * Self.ownerShare
    return order.filter { Double(counts[$0] ?? 0) >= needed }
  }

  private mutating func joinOwnerMentions(family: String, publications: [Int]) {
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
    // that also fits one of them ("H. Behl" beside "Hanna Behl") is left to later stages.
    let others = countOfEntry.keys.compactMap { entry -> [GivenWord]? in
      guard let given = entries[Int(entry)].keys?.given, given.contains(where: { !$0.isInitial }),
        GivenNameMatch.between(given, anchorGiven, nicknames: options.nicknames) == nil
      else { return nil }
      return given
    }
    var owners: [Int32] = []
    for publication in publications {
      let fitting = mentions(of: publication).filter { mention in
        guard familyOf(mention) == family, let given = entries[Int(entryOf[Int(mention)])].keys?.given
        else { return false }
        return GivenNameMatch.between(given, anchorGiven, nicknames: options.nicknames) != nil
          && !others.contains { GivenNameMatch.between(given, $0, nicknames: options.nicknames) != nil }
      }
      if fitting.count == 1 { owners.append(fitting[0]) }
    }
    // Different identifiers among them say the file is not one person's list.
    var combined = Identity()
    for mention in owners {
      let current = identity[Int(unionFind.find(mention))]
      if combined.conflicts(with: current) != nil { return }
      combined = combined.merged(with: current)
    }
    for mention in owners.dropFirst() { join(mention, owners[0], rule: .listOwner) }
  }

  private func mentions(of publication: Int) -> Range<Int32> {
    publicationStart[publication]..<publicationStart[publication + 1]
  }

  private func familyOf(_ mention: Int32) -> String? {
    guard isPerson(mention) else { return nil }
    return entries[Int(entryOf[Int(mention)])].keys?.family
  }
}
