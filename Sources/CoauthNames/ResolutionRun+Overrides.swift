import CoauthModel
import OrderedCollections

/// Stage 6: the user's corrections (`ResolutionOverrides`), after every automatic stage: splits,
/// then merges, then pinned names and ids. A reference that fits no author, or several where
/// one is needed (merges, pins), is reported and its row does nothing; so is a pinned id that
/// another author has (unless that author is pinned another id).
extension ResolutionRun {
  mutating func applyOverrides(_ overrides: ResolutionOverrides) {
    guard !overrides.isEmpty else { return }
    // Authors as a run without overrides has them: ids refer to these.
    let before = authorGroups()
    let idsBefore = allocateIDs(before.entryCounts, pinned: before.keys.map { _ in nil })
    let firstMentionBefore = firstMentions(before.authorOf, count: before.keys.count)
    var authorOfID: [String: Int] = [:]
    for (author, id) in idsBefore.enumerated() { authorOfID[id] = author }
    /// Ids that only a run with the splits below gives ("wei-wang-2" for the half a split takes
    /// off, as the commands show it), with the first mention of each: merges and pins may name
    /// them too.
    var firstMentionOfSplitID: [String: Int32] = [:]

    /// The first mention of each author the reference names (by id, else by printed name) in the
    /// current grouping.
    func referredMentions(_ reference: String, current: [AuthorIndex], firsts: [Int32]) -> [Int32] {
      if let author = authorOfID[reference] {
        return [firsts[Int(current[Int(firstMentionBefore[author])])]]
      }
      if let mention = firstMentionOfSplitID[reference] {
        return [firsts[Int(current[Int(mention)])]]
      }
      let key = identityKey(ofReference: reference)
      var found: OrderedSet<AuthorIndex> = []
      for mention in 0..<mentionCount where entries[Int(entryOf[mention])].identityKey == key {
        found.append(current[mention])
      }
      return found.map { firsts[Int($0)] }
    }

    for split in overrides.splits {
      let groups = authorGroups()
      let firsts = firstMentions(groups.authorOf, count: groups.keys.count)
      let targets = referredMentions(split.author, current: groups.authorOf, firsts: firsts)
      guard !targets.isEmpty else {
        reportUnmatched(split.author, at: split.location)
        continue
      }
      for target in targets {
        let author = groups.authorOf[Int(target)]
        let members = (0..<Int32(mentionCount)).filter { groups.authorOf[Int($0)] == author }
        let selected = members.filter { isSelected($0, by: split.selector) }
        guard !selected.isEmpty, selected.count < members.count else {
          diagnostics(
            Diagnostic(
              .warning, "overrides.split-unchanged",
              "expected '\(split.selector)' to select some but not all mentions of '\(split.author)', "
                + "found \(selected.count) of \(members.count); not split",
              at: split.location))
          continue
        }
        overrideLabels += 1
        let label = Int32.max - overrideLabels
        for mention in selected { homonymLabel[Int(mention)] = label }
        let remaining = members.first { !selected.contains($0) } ?? target
        splits.append(
          SplitRecord(mention: selected[0], other: remaining, reason: .override("\(split.selector)")))
      }
    }

    if !overrides.splits.isEmpty, !overrides.merges.isEmpty || !overrides.pins.isEmpty {
      let split = authorGroups()
      let ids = allocateIDs(split.entryCounts, pinned: split.keys.map { _ in nil })
      let firsts = firstMentions(split.authorOf, count: split.keys.count)
      for (author, id) in ids.enumerated() where authorOfID[id] == nil {
        firstMentionOfSplitID[id] = firsts[author]
      }
    }

    for merge in overrides.merges {
      let groups = authorGroups()
      let firsts = firstMentions(groups.authorOf, count: groups.keys.count)
      // Each reference must name exactly one author, or the row does nothing: merging the rest
      // would join what the user did not ask for (both halves of an author split above).
      var targets: [Int32] = []
      var usable = true
      for reference in merge.authors {
        let found = referredMentions(reference, current: groups.authorOf, firsts: firsts)
        guard found.count == 1, let mention = found.first else {
          if found.isEmpty {
            reportUnmatched(reference, at: merge.location)
          } else {
            reportAmbiguous(reference, count: found.count, at: merge.location)
          }
          usable = false
          continue
        }
        if !targets.contains(mention) { targets.append(mention) }
      }
      guard usable, let first = targets.first else { continue }
      let into = groupKey(of: first)
      for mention in targets.dropFirst() {
        let key = groupKey(of: mention)
        guard key != into else { continue }
        mergedGroup[key] = into
        merges.append(MergeRecord(mention: mention, target: first, rule: .override, sharedCoauthors: 0))
      }
    }

    let groups = authorGroups()
    let firsts = firstMentions(groups.authorOf, count: groups.keys.count)
    var pinnedAuthorOfID: [String: Int64] = [:]
    var idPins: [(key: Int64, id: String, location: SourceLocation?)] = []
    for pin in overrides.pins {
      let found = referredMentions(pin.author, current: groups.authorOf, firsts: firsts)
      guard found.count == 1, let mention = found.first else {
        if found.isEmpty {
          reportUnmatched(pin.author, at: pin.location)
        } else {
          reportAmbiguous(pin.author, count: found.count, at: pin.location)
        }
        continue
      }
      let key = groupKey(of: mention)
      switch pin.field {
      case .name:
        pinnedNames[key] = pin.value
      case .id:
        if let other = pinnedAuthorOfID[pin.value], other != key {
          diagnostics(
            Diagnostic(
              .warning, "overrides.duplicate-id",
              "expected each pinned id once, found '\(pin.value)' for two authors; not pinned",
              at: pin.location))
          continue
        }
        pinnedAuthorOfID[pin.value] = key
        pinnedIDs[key] = pin.value
        idPins.append((key, pin.value, pin.location))
      }
    }
    refusePinsOfTakenIDs(idPins, groups: groups)
  }

  /// Takes back the pins of ids that another author has without pins, which would rename that
  /// author ("philip-torr" pinned "harkirat-singh-behl" made Behl "harkirat-singh-behl-2"),
  /// reporting each; an author pinned another id gives its own up. Repeated until no pin is
  /// taken back, since one taken back keeps its author's id taken.
  private mutating func refusePinsOfTakenIDs(
    _ idPins: [(key: Int64, id: String, location: SourceLocation?)],
    groups: (authorOf: [AuthorIndex], entryCounts: [EntryCounts], keys: [Int64])
  ) {
    guard !idPins.isEmpty else { return }
    let automaticIDs = allocateIDs(groups.entryCounts, pinned: groups.keys.map { _ in nil })
    var holderOfID: [String: Int] = [:]
    for (author, id) in automaticIDs.enumerated() { holderOfID[id] = author }
    var refusedOne = true
    while refusedOne {
      refusedOne = false
      for pin in idPins where pinnedIDs[pin.key] == pin.id {
        guard let holder = holderOfID[pin.id], groups.keys[holder] != pin.key,
          pinnedIDs[groups.keys[holder]] == nil
        else { continue }
        pinnedIDs[pin.key] = nil
        refusedOne = true
        let holderName =
          pinnedNames[groups.keys[holder]]
          ?? entries[Int(bestDisplayEntry(groups.entryCounts[holder]))].display
        diagnostics(
          Diagnostic(
            .warning, "overrides.id-taken",
            "expected an id that no other author has, found '\(pin.id)', the id of "
              + "\(holderName); not pinned (pin that author another id to free it)",
            at: pin.location))
      }
    }
  }

  // MARK: - Helpers

  /// The first mention of each author.
  private func firstMentions(_ authorOf: [AuthorIndex], count: Int) -> [Int32] {
    var firsts = [Int32](repeating: -1, count: count)
    for mention in (0..<Int32(mentionCount)).reversed() { firsts[Int(authorOf[Int(mention)])] = mention }
    return firsts
  }

  /// The identity key a printed name in an overrides file has: as a person, or as a group when
  /// no person's name is printed that way.
  private func identityKey(ofReference reference: String) -> String {
    let personKey = NameKeys(NameParser().parse(reference)).full
    if entries.contains(where: { $0.identityKey == personKey }) { return personKey }
    return NameEntry.groupKey(reference)
  }

  private func isSelected(_ mention: Int32, by selector: ResolutionOverrides.Selector) -> Bool {
    let publication = Int(publicationOf[Int(mention)])
    switch selector {
    case .publications(let ids):
      return ids.contains(corpus.publications[publication].id)
    case .years(let range):
      return corpus.publications[publication].year.map(range.contains) ?? false
    case .coauthor(let name):
      let key = NameKeys(NameParser().parse(name)).full
      let range = publicationStart[publication]..<publicationStart[publication + 1]
      return range.contains { $0 != mention && entries[Int(entryOf[Int($0)])].identityKey == key }
    }
  }

  private func reportAmbiguous(_ reference: String, count: Int, at location: SourceLocation?) {
    diagnostics(
      Diagnostic(
        .warning, "overrides.ambiguous",
        "expected '\(reference)' to name one author, found \(count); row ignored (name the "
          + "author by its author_id)",
        at: location))
  }

  private func reportUnmatched(_ reference: String, at location: SourceLocation?) {
    diagnostics(
      Diagnostic(
        .warning, "overrides.unmatched",
        "expected an author named or with the id '\(reference)', found none; row ignored",
        at: location))
  }
}
