import CoauthGraph
import CoauthMetrics
import CoauthModel

/// Inferred mentorship scored against declared relations: each declaration found, reversed,
/// missed (and why), or not checkable, and how many inferred advisors of declared mentees were
/// not declared.
public struct MentorshipCheck: Sendable {
  /// What inference made of one declared relation.
  public enum Outcome: Sendable, Hashable {
    /// Inferred as declared.
    case found(MentorshipRelation)
    /// Inferred the other way round.
    case reversed(MentorshipRelation)
    /// Not inferred though the publications have enough joint papers; `instead` lists the
    /// advisors inferred for the mentee.
    case missed(jointPapers: Int, instead: [AuthorIndex])
    /// The publications have too few joint papers to infer anything (the declaration cannot be
    /// supported by these records).
    case unsupported(jointPapers: Int)
    /// A name matches no author of the records, or several.
    case unmatched([UnmatchedName])
  }

  /// A declared name that matches no author, or several (its `candidates`).
  public struct UnmatchedName: Sendable, Hashable {
    public var name: String
    /// The authors the name matches, when several do; empty when none does.
    public var candidates: [AuthorIndex]

    public init(name: String, candidates: [AuthorIndex]) {
      self.name = name
      self.candidates = candidates
    }
  }

  /// One declaration and what inference made of it.
  public struct Item: Sendable, Hashable {
    public var declared: ResolvedDeclaredRelation
    public var outcome: Outcome
  }

  public var items: [Item]
  /// Inferred relations whose mentee has a declared advisor, but not this one.
  public var undeclaredAdvisors: [MentorshipRelation]

  /// Checks `analysis.mentorship` against `analysis.declared` (deduplicated by pair), keeping
  /// the declarations that `include` accepts.
  public init(
    _ analysis: Analysis, minimumJointPapers: Int,
    include: (ResolvedDeclaredRelation) -> Bool = { _ in true }
  ) {
    var byPair: [[AuthorIndex]: MentorshipRelation] = [:]
    var advisorsOf: [AuthorIndex: [AuthorIndex]] = [:]
    for relation in analysis.mentorship {
      byPair[[relation.mentor, relation.mentee]] = relation
      advisorsOf[relation.mentee, default: []].append(relation.mentor)
    }
    var seen = Set<[String]>()
    var declaredPairs = Set<[AuthorIndex]>()
    items = []
    for declared in analysis.declared where include(declared) {
      let key = [
        declared.mentor.map(String.init) ?? declared.declared.mentor,
        declared.mentee.map(String.init) ?? declared.declared.mentee,
      ]
      guard seen.insert(key).inserted else { continue }
      guard let mentor = declared.mentor, let mentee = declared.mentee else {
        let unmatched = [
          declared.mentor == nil
            ? UnmatchedName(name: declared.declared.mentor, candidates: declared.mentorCandidates)
            : nil,
          declared.mentee == nil
            ? UnmatchedName(name: declared.declared.mentee, candidates: declared.menteeCandidates)
            : nil,
        ].compactMap { $0 }
        items.append(Item(declared: declared, outcome: .unmatched(unmatched)))
        continue
      }
      declaredPairs.insert([mentor, mentee])
      let outcome: Outcome
      if let relation = byPair[[mentor, mentee]] {
        outcome = .found(relation)
      } else if let relation = byPair[[mentee, mentor]] {
        outcome = .reversed(relation)
      } else {
        let joint = analysis.graph.halfEdge(from: Int(mentor), to: Int(mentee))
          .map { Int(analysis.graph.papers[$0]) } ?? 0
        outcome =
          joint >= minimumJointPapers
          ? .missed(jointPapers: joint, instead: advisorsOf[mentee] ?? [])
          : .unsupported(jointPapers: joint)
      }
      items.append(Item(declared: declared, outcome: outcome))
    }
    let declaredMentees = Set(declaredPairs.map { $0[1] })
    undeclaredAdvisors = analysis.mentorship.filter {
      declaredMentees.contains($0.mentee) && !declaredPairs.contains([$0.mentor, $0.mentee])
    }
  }

  /// Declarations whose people were both found and that have enough joint papers.
  public var supported: Int {
    items.filter {
      switch $0.outcome {
      case .found, .reversed, .missed: true
      case .unsupported, .unmatched: false
      }
    }.count
  }

  /// Declarations inferred as declared.
  public var found: Int {
    items.filter { if case .found = $0.outcome { true } else { false } }.count
  }

  /// Found among the supported declarations (1 when none is supported).
  public var recall: Double { supported > 0 ? Double(found) / Double(supported) : 1 }

  /// Of the inferred advisors of declared mentees, the share that is declared (1 when none).
  public var precision: Double {
    let inferred = found + undeclaredAdvisors.count
    return inferred > 0 ? Double(found) / Double(inferred) : 1
  }
}
