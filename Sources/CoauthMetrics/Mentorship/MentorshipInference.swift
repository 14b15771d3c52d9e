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
/// - early share: the share of the mentee's first `earlyYears` of papers written with the mentor;
/// - positions: mentee first and mentor last more often than the reverse, on lists that are not
///   alphabetical;
/// - imbalance: the joint papers are a larger share of the mentee's output than of the mentor's;
/// - volume: more joint papers, more confidence.
///
/// The better orientation wins; its confidence is lowered when the other orientation scores
/// nearly as well (a pair of peers). A mentee may have several mentors (co-advising).
/// The period starts at the first joint year and ends at the last joint year before the mentee
/// first publishes as last author without the mentor (independence), or at the last joint year.
///
/// - Complexity: O(sum over papers of team size squared) with dense scratch arrays; papers with
///   more than `maximumTeamSize` authors are left out (consortium papers say nothing of advising).
public struct MentorshipInference: Sendable {
  public var minimumJointPapers = 3
  public var earlyYears = 5
  public var maximumTeamSize = 25
  /// Relations scoring below this are not reported.
  public var threshold = 0.5

  public init() {}

  /// Returns relations sorted by mentor, then mentee.
  public func infer(authorCount: Int, papers: [AuthoredPaper]) -> [MentorshipRelation] {
    let index = AuthorPaperIndex(authorCount: authorCount, papers: papers, maximumTeamSize: maximumTeamSize)
    var relations: [MentorshipRelation] = []
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
        if let relation = bestRelation(Int32(a), b, papers: papers, index: index) {
          relations.append(relation)
        }
      }
    }
    relations.sort { ($0.mentor, $0.mentee) < ($1.mentor, $1.mentee) }
    return relations
  }

  // MARK: - Helpers

  private func bestRelation(
    _ a: Int32, _ b: Int32, papers: [AuthoredPaper], index: AuthorPaperIndex
  ) -> MentorshipRelation? {
    let ab = candidate(mentor: a, mentee: b, papers: papers, index: index)
    let ba = candidate(mentor: b, mentee: a, papers: papers, index: index)
    let (best, other) = ab.z >= ba.z ? (ab, ba) : (ba, ab)
    let separation = 1 / (1 + exp(-2 * (best.z - max(0, other.z))))
    let score = (1 / (1 + exp(-best.z))) * separation
    guard score >= threshold else { return nil }
    return MentorshipRelation(
      mentor: best.mentor, mentee: best.mentee, score: score, startYear: best.startYear,
      endYear: best.endYear, jointPapers: best.joint, evidence: best.evidence)
  }

  private struct Candidate {
    var mentor: Int32, mentee: Int32, z: Double, startYear: Int, endYear: Int, joint: Int
    var evidence: MentorshipEvidence
  }

  private func candidate(
    mentor s: Int32, mentee j: Int32, papers: [AuthoredPaper], index: AuthorPaperIndex
  ) -> Candidate {
    let menteePapers = index.papers(of: Int(j))
    let mentorPaperCount = index.papers(of: Int(s)).count
    let menteeStart = index.firstYear[Int(j)]
    let mentorStart = index.firstYear[Int(s)]
    var joint = 0, ordered = 0, mentorLast = 0, menteeLast = 0, mentorFirst = 0, menteeFirst = 0
    var early = 0, earlyJoint = 0
    var firstJoint = Int.max, lastJoint = Int.min
    var independence = Int.max
    for p in menteePapers {
      let paper = papers[Int(p)]
      guard let year = paper.year else { continue }
      let withMentor = paper.authors.contains(s)
      if year < menteeStart + earlyYears {
        early += 1
        if withMentor { earlyJoint += 1 }
      }
      if !withMentor {
        if !paper.isAlphabetical, paper.authors.count >= 2, paper.authors.last == j {
          independence = min(independence, year)
        }
        continue
      }
      joint += 1
      firstJoint = min(firstJoint, year)
      lastJoint = max(lastJoint, year)
      if !paper.isAlphabetical && paper.authors.count >= 2 {
        ordered += 1
        if paper.authors.last == s { mentorLast += 1 }
        if paper.authors.last == j { menteeLast += 1 }
        if paper.authors.first == j { menteeFirst += 1 }
        if paper.authors.first == s { mentorFirst += 1 }
      }
    }
    func share(_ count: Int, of total: Int) -> Double {
      total > 0 ? Double(count) / Double(total) : 0
    }
    let earlyShare = share(earlyJoint, of: early)
    let shareOfMentee = share(joint, of: menteePapers.count)
    let shareOfMentor = share(joint, of: mentorPaperCount)
    let union = shareOfMentee + shareOfMentor - shareOfMentee * shareOfMentor
    let imbalance = union > 0 ? (shareOfMentee - shareOfMentor) / union : 0
    // The corpus shows the mentor's career only if it has papers of the mentor without the mentee
    // (on a student's CV every paper of the advisor is a joint paper: the gap says nothing there).
    let mentorCareerSeen = shareOfMentor < 1
    let gap = menteeStart - mentorStart
    var z = -1.0
    if mentorCareerSeen {
      z += 0.5 * Double(min(max(gap, -4), 8)) - 1.5 + imbalance
    }
    // Positions as a contrast, so that peers who take turns in first and last place cancel out.
    z += 2.5 * (share(mentorLast, of: ordered) - share(menteeLast, of: ordered))
    z += 1.5 * (share(menteeFirst, of: ordered) - share(mentorFirst, of: ordered))
    z += 1.5 * (earlyShare - 0.3)
    z += 0.15 * Double(min(joint - minimumJointPapers, 5))
    if lastJoint < mentorStart { z -= 5 }  // cannot advise before publishing at all
    let end = lastJointYear(before: independence, from: menteePapers, mentor: s, papers: papers)
    return Candidate(
      mentor: s, mentee: j, z: z, startYear: firstJoint == .max ? 0 : firstJoint,
      endYear: end ?? (lastJoint == .min ? 0 : lastJoint), joint: joint,
      evidence: MentorshipEvidence(
        careerGap: gap, earlyShare: earlyShare, mentorLastShare: share(mentorLast, of: ordered),
        menteeFirstShare: share(menteeFirst, of: ordered), orderedJointPapers: ordered,
        imbalance: imbalance))
  }

  private func lastJointYear(
    before independence: Int, from menteePapers: ArraySlice<Int32>, mentor: Int32,
    papers: [AuthoredPaper]
  ) -> Int? {
    var last: Int?
    for p in menteePapers {
      let paper = papers[Int(p)]
      guard let year = paper.year, year <= independence, paper.authors.contains(mentor) else {
        continue
      }
      last = max(last ?? year, year)
    }
    return last
  }
}

/// Papers of each author (CSR), sorted by year, and each author's first publication year.
struct AuthorPaperIndex {
  private var offsets: [Int32]
  private var paperIDs: [Int32]
  var firstYear: [Int]

  init(authorCount: Int, papers: [AuthoredPaper], maximumTeamSize: Int) {
    var counts = [Int32](repeating: 0, count: authorCount + 1)
    firstYear = [Int](repeating: Int.max, count: authorCount)
    for paper in papers {
      guard let year = paper.year else { continue }
      for a in paper.authors {
        firstYear[Int(a)] = min(firstYear[Int(a)], year)
        if paper.authors.count <= maximumTeamSize { counts[Int(a) + 1] += 1 }
      }
    }
    for i in 0..<authorCount { counts[i + 1] += counts[i] }
    offsets = counts
    var fill = Array(counts.dropLast())
    paperIDs = [Int32](repeating: 0, count: Int(counts[authorCount]))
    let order = papers.indices.filter { papers[$0].year != nil }
      .sorted { (papers[$0].year ?? 0, $0) < (papers[$1].year ?? 0, $1) }
    for p in order where papers[p].authors.count <= maximumTeamSize {
      for a in papers[p].authors {
        paperIDs[Int(fill[Int(a)])] = Int32(p)
        fill[Int(a)] += 1
      }
    }
  }

  func papers(of author: Int) -> ArraySlice<Int32> {
    paperIDs[Int(offsets[author])..<Int(offsets[author + 1])]
  }
}
