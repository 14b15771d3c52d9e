import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// A declared advising relation with its people found among the resolved authors.
public struct ResolvedDeclaredRelation: Sendable, Hashable {
  public var declared: DeclaredRelation
  /// The author the mentor's name matches, when exactly one does.
  public var mentor: AuthorIndex?
  /// The author the mentee's name matches, when exactly one does.
  public var mentee: AuthorIndex?
  /// The authors the mentor's name matches when several do; empty when one or none does.
  public var mentorCandidates: [AuthorIndex]
  /// The authors the mentee's name matches when several do; empty when one or none does.
  public var menteeCandidates: [AuthorIndex]

  public init(
    declared: DeclaredRelation, mentor: AuthorIndex?, mentee: AuthorIndex?,
    mentorCandidates: [AuthorIndex] = [], menteeCandidates: [AuthorIndex] = []
  ) {
    self.declared = declared
    self.mentor = mentor
    self.mentee = mentee
    self.mentorCandidates = mentorCandidates
    self.menteeCandidates = menteeCandidates
  }

  /// Both people were found.
  public var isResolved: Bool { mentor != nil && mentee != nil }

  /// Where the statement comes from: the source column when given, else file:line.
  public var origin: String {
    declared.source.isEmpty ? "\(declared.location)" : declared.source
  }
}

/// Declared relations matched to authors, and inference overridden by them on request.
public enum DeclaredMentorship {
  /// Finds the people of each declared relation by name (`AuthorLookup`: id, display name or
  /// printed variant); a name matching no author, or several, stays unmatched, with the
  /// several kept as candidates.
  public static func resolve(_ declared: [DeclaredRelation], authors: AuthorTable)
    -> [ResolvedDeclaredRelation]
  {
    let lookup = AuthorLookup(authors)
    var cache: [String: [AuthorIndex]] = [:]
    func matches(_ name: String) -> [AuthorIndex] {
      if let known = cache[name] { return known }
      let found = lookup.matches(name)
      cache[name] = found
      return found
    }
    return declared.map {
      let mentors = matches($0.mentor)
      let mentees = matches($0.mentee)
      return ResolvedDeclaredRelation(
        declared: $0, mentor: mentors.count == 1 ? mentors[0] : nil,
        mentee: mentees.count == 1 ? mentees[0] : nil,
        mentorCandidates: mentors.count > 1 ? mentors : [],
        menteeCandidates: mentees.count > 1 ? mentees : [])
    }
  }

  /// The matched declarations that close a cycle of advising (A advises B, who advises A; or
  /// longer): the declarations contradict each other, and a genealogy through them has no
  /// first generation. Each is found once, in file order: the declaration reached last.
  public static func cycles(in declared: [ResolvedDeclaredRelation]) -> [ResolvedDeclaredRelation] {
    var advisees: [AuthorIndex: [AuthorIndex]] = [:]
    var closing: [ResolvedDeclaredRelation] = []
    for relation in declared {
      guard let mentor = relation.mentor, let mentee = relation.mentee, mentor != mentee else {
        continue
      }
      // Does the mentee already reach the mentor through earlier declarations?
      var stack = [mentee]
      var seen: Set<AuthorIndex> = [mentee]
      var reaches = false
      while let person = stack.popLast() {
        if person == mentor {
          reaches = true
          break
        }
        for next in advisees[person] ?? [] where seen.insert(next).inserted { stack.append(next) }
      }
      if reaches {
        closing.append(relation)
      } else {
        advisees[mentor, default: []].append(mentee)
      }
    }
    return closing
  }

  /// `inferred` with the declared relations trusted over it: for every mentee with a matched
  /// declaration, the declared advisors replace the inferred ones (score 1, the declared years or
  /// else the inferred or joint-work years, evidence naming the declaration). Sorted by mentor,
  /// then mentee.
  public static func trusting(
    _ declared: [ResolvedDeclaredRelation], over inferred: [MentorshipRelation],
    graph: CoauthorGraph
  ) -> [MentorshipRelation] {
    var declaredPairs: [[AuthorIndex]: ResolvedDeclaredRelation] = [:]
    for relation in declared {
      guard let mentor = relation.mentor, let mentee = relation.mentee, mentor != mentee else {
        continue
      }
      if declaredPairs[[mentor, mentee]] == nil { declaredPairs[[mentor, mentee]] = relation }
    }
    let coveredMentees = Set(declaredPairs.keys.map { $0[1] })
    let declaredPeople = Set(declaredPairs.keys.map { Set($0) })
    var byPair: [[AuthorIndex]: MentorshipRelation] = [:]
    for relation in inferred {
      byPair[[relation.mentor, relation.mentee]] = relation
    }
    var result = inferred.filter { relation in
      !coveredMentees.contains(relation.mentee)
        && !declaredPeople.contains([relation.mentor, relation.mentee])
    }
    for (pair, relation) in declaredPairs {
      let (mentor, mentee) = (pair[0], pair[1])
      let inferredRelation = byPair[pair]
      let edge = graph.halfEdge(from: Int(mentor), to: Int(mentee))
      let joint = edge.map { Int(graph.papers[$0]) } ?? 0
      var start =
        relation.declared.startYear ?? inferredRelation?.startYear
        ?? edge.map { Int(graph.firstYear[$0]) } ?? 0
      var end =
        relation.declared.endYear ?? inferredRelation?.endYear
        ?? edge.map { Int(graph.lastYear[$0]) } ?? 0
      // A year taken from the records never puts the period out of order against a declared
      // one ("2019-" beside joint papers up to 2015 is 2019-2019, not 2019-2015).
      if end < start {
        if relation.declared.endYear == nil { end = start } else { start = end }
      }
      var evidence = inferredRelation?.evidence ?? MentorshipEvidence()
      evidence.declaredBy = relation.origin
      result.append(
        MentorshipRelation(
          mentor: mentor, mentee: mentee, score: 1, startYear: start, endYear: end,
          jointPapers: joint, evidence: evidence))
    }
    result.sort { ($0.mentor, $0.mentee) < ($1.mentor, $1.mentee) }
    return result
  }
}
