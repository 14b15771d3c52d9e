import CoauthModel

/// What `coauth names` asks users to review: how likely each candidate of an ambiguous name
/// is, and the initial keys that many persons share.
extension ResolutionRun {
  /// Persons with written-out given names from which an initial key counts as crowded.
  static let crowdedKeyPersons = 3

  /// Sorted distinct co-authors of every author marked `needed` (the others get none).
  func coauthorsOfAuthors(_ authorOf: [AuthorIndex], needed: [Bool]) -> [[AuthorIndex]] {
    var result: [[AuthorIndex]] = Array(repeating: [], count: needed.count)
    for publication in 0..<(publicationStart.count - 1) {
      let range = Int(publicationStart[publication])..<Int(publicationStart[publication + 1])
      guard range.count > 1 else { continue }
      for mention in range where needed[Int(authorOf[mention])] {
        for other in range where authorOf[other] != authorOf[mention] {
          result[Int(authorOf[mention])].append(authorOf[other])
        }
      }
    }
    return result.map { uniqueSorted($0.sorted()) }
  }

  /// `ambiguities` with a confidence per candidate (see `AmbiguousName.confidences`).
  func withConfidences(
    _ ambiguities: [AmbiguousName], coauthors: [[AuthorIndex]], mentions: [Int]
  ) -> [AmbiguousName] {
    ambiguities.map { ambiguity in
      var rated = ambiguity
      let own = coauthors[Int(ambiguity.author)]
      rated.confidences = AmbiguousName.confidences(
        sharedCoauthors: ambiguity.candidates.map { intersectionCount(own, coauthors[Int($0)]) },
        mentions: ambiguity.candidates.map { mentions[Int($0)] })
      return rated
    }
  }

  /// Initial keys behind which at least `crowdedKeyPersons` persons with written-out given
  /// names stand: those with initial-only authors first, then the most crowded (ties by key).
  func crowdedInitialKeys(
    bestEntries: [Int32], kinds: [AuthorMention.Kind], mentions: [Int]
  ) -> [CrowdedInitialKey] {
    // Keys are grouped as integers (family, first initial); only crowded ones are spelled out.
    var persons: [Int64: [AuthorIndex]] = [:]
    var initialOnly: [Int64: [AuthorIndex]] = [:]
    for (author, entry) in bestEntries.enumerated() where kinds[author] == .person {
      let family = familyIDOf[Int(entry)]
      guard family >= 0, givenWordCountOf[Int(entry)] > 0 else { continue }
      let key = Int64(family) << 32 | Int64(firstInitialOf[Int(entry)])
      if fullGivenWordCountOf[Int(entry)] == 0 {
        initialOnly[key, default: []].append(AuthorIndex(author))
      } else {
        persons[key, default: []].append(AuthorIndex(author))
      }
    }
    var crowded: [(key: String, members: [AuthorIndex], initialOnly: [AuthorIndex])] = []
    for (key, members) in persons where members.count >= Self.crowdedKeyPersons {
      let spelled = entries[Int(bestEntries[Int(members[0])])].keys?.familyInitial ?? ""
      crowded.append((spelled, members, initialOnly[key] ?? []))
    }
    crowded.sort { $0.key < $1.key }
    var crowds: [CrowdedInitialKey] = []
    for (key, members, initialOnly) in crowded {
      let sorted = members.sorted { (mentions[Int($0)], $1) > (mentions[Int($1)], $0) }
      let best = Int(bestEntries[Int(sorted[0])])
      let split = entries[best].keys?.split
      // Keys are a function of their split: the initial is the entry's own first initial.
      let initial =
        split != nil && firstInitialOf[best] != 0
        ? Unicode.Scalar(firstInitialOf[best]).map { String(Character($0)).uppercased() + ". " } ?? ""
        : ""
      crowds.append(
        CrowdedInitialKey(
          key: initial + (split?.family ?? key), persons: sorted,
          mentions: sorted.map { mentions[Int($0)] }, initialOnly: initialOnly))
    }
    // Keys with initial-only authors first: they are the ones to review.
    crowds.sort {
      ($0.initialOnly.isEmpty ? 0 : 1, $0.persons.count, $1.key)
        > ($1.initialOnly.isEmpty ? 0 : 1, $1.persons.count, $0.key)
    }
    return crowds
  }

  /// Ambiguities for the initial-only authors of `crowds` not already reported.
  func crowdAmbiguities(
    _ crowds: [CrowdedInitialKey], reported: [AmbiguousName], mentions: [Int]
  ) -> [AmbiguousName] {
    let known = Set(reported.map(\.author))
    var result: [AmbiguousName] = []
    for crowd in crowds {
      for author in crowd.initialOnly where !known.contains(author) {
        result.append(
          AmbiguousName(
            name: "", mentions: mentions[Int(author)], author: author, candidates: crowd.persons,
            reason: "the initials fit \(crowd.persons.count) persons of the key '\(crowd.key)'"))
      }
    }
    return result
  }
}
