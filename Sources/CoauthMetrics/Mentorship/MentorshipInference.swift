import CoauthModel
import Foundation

/// Infers advisor-advisee relations from who published with whom, when, and in which position.
///
/// For every pair of co-authors with at least `minimumJointPapers` joint papers, both
/// orientations (A advised B, B advised A) are scored from the features of
/// `MentorshipEvidence`, following what the mentorship-mining literature found to work
/// (Wang et al., KDD 2010, doi:10.1145/1835804.1835833; Liu et al., Shifu, 2019):
/// - career gap: the mentor's first publication precedes the mentee's (uninformative when every
///   paper the corpus has of the mentor is a joint paper, as on a student's CV);
/// - early share and onset: most of the mentee's first `earlyYears` of papers are with the
///   mentor, and the joint work starts with the mentee's career;
/// - Kulczynski and imbalance ratio over the advising period: the joint papers are most of the
///   mentee's output and a small part of the mentor's;
/// - positions: mentee first and mentor last more often than the reverse, on lists whose order
///   means contribution (not declared alphabetical, and not in family-name order where the pair
///   works in a field that lists authors alphabetically);
/// - volume: more joint papers, more confidence.
///
/// The better orientation wins; its confidence is lowered when the other orientation scores
/// nearly as well (a pair of peers). Then the time constraints of `MentorshipTimeConstraints`
/// choose among each mentee's candidates: the strongest is the advisor, others are co-advisors
/// only when they share the advisor's period; postdoc hosts, senior collaborators and industry
/// colleagues fall out there.
///
/// The period starts at the first joint year and ends when the mentee's papers without the
/// mentor take over (the independence year), at the last joint year before it.
///
/// - Complexity: O(sum over co-author pairs of the papers of both), with papers of more than
///   `maximumTeamSize` authors left out (consortium papers say nothing of advising).
public struct MentorshipInference: Sendable {
  public var minimumJointPapers = 3
  /// Years from a mentee's first paper that count as the early career.
  public var earlyYears = 3
  public var maximumTeamSize = 25
  /// Relations scoring below this are not reported.
  public var threshold = 0.5
  /// A co-advisor writes at least this share of the mentee's papers in the advisor's period.
  public var coAdvisorShare = 1.0 / 3
  /// A co-advisor may score this much lower than `threshold`: beside an advisor, a second senior
  /// author on a good share of the papers throughout the advisor's period is evidence enough.
  public var coAdvisorThreshold = 0.3

  public init() {}

  /// Returns relations sorted by mentor, then mentee.
  public func infer(authorCount: Int, papers: [AuthoredPaper]) -> [MentorshipRelation] {
    let index = AuthorPaperIndex(
      authorCount: authorCount, papers: papers, maximumTeamSize: maximumTeamSize)
    var candidates: [ScoredCandidate] = []
    var jointCount = [Int32](repeating: 0, count: authorCount)
    var touched: [Int32] = []
    for a in 0..<authorCount {
      // Count co-authors of `a` with a higher index, so each pair is seen once.
      touched.removeAll(keepingCapacity: true)
      for p in index.papers(of: a) {
        for b in papers[Int(p)].authors where Int(b) > a {
          if jointCount[Int(b)] == 0 { touched.append(b) }
          jointCount[Int(b)] += 1
        }
      }
      touched.sort()
      for b in touched {
        let joint = Int(jointCount[Int(b)])
        jointCount[Int(b)] = 0
        guard joint >= minimumJointPapers else { continue }
        if let candidate = bestOrientation(Int32(a), b, papers: papers, index: index) {
          candidates.append(candidate)
        }
      }
    }
    let constraints = MentorshipTimeConstraints(
      threshold: threshold, coAdvisorThreshold: coAdvisorThreshold, coAdvisorShare: coAdvisorShare)
    var relations = constraints.select(candidates, papers: papers, index: index)
    relations.sort { ($0.mentor, $0.mentee) < ($1.mentor, $1.mentee) }
    return relations
  }

  /// The better orientation of the pair, when it scores at least the lower of the thresholds.
  private func bestOrientation(
    _ a: Int32, _ b: Int32, papers: [AuthoredPaper], index: AuthorPaperIndex
  ) -> ScoredCandidate? {
    let ab = MentorshipCandidate(
      mentor: a, mentee: b, papers: papers, index: index, earlyYears: earlyYears,
      minimumJointPapers: minimumJointPapers)
    let ba = MentorshipCandidate(
      mentor: b, mentee: a, papers: papers, index: index, earlyYears: earlyYears,
      minimumJointPapers: minimumJointPapers)
    let (best, other) = ab.logOdds >= ba.logOdds ? (ab, ba) : (ba, ab)
    let separation = 1 / (1 + exp(-2 * (best.logOdds - max(0, other.logOdds))))
    let score = (1 / (1 + exp(-best.logOdds))) * separation
    guard score >= min(threshold, coAdvisorThreshold) else { return nil }
    return ScoredCandidate(candidate: best, score: score)
  }
}

/// A candidate orientation that passed the threshold, with its score.
struct ScoredCandidate {
  var candidate: MentorshipCandidate
  var score: Double
}
