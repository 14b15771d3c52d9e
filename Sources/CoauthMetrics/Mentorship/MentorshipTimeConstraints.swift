import CoauthModel

/// Chooses among each mentee's candidate advisors by the time constraints of advising
/// (Wang et al., KDD 2010):
/// - the strongest candidate scoring at least `threshold` is the advisor;
/// - another candidate (scoring at least `coAdvisorThreshold`) is a co-advisor only when it writes
///   a real share (`coAdvisorShare`) of the mentee's papers during the advisor's period, in most
///   of its years (a postdoc host comes after it, an industry mentor writes a few papers in one
///   or two years of it), and when it was not itself still being advised then (a postdoc or
///   senior student of the lab is not a co-advisor); its period ends with the advisor's;
/// - nobody is advised after starting to advise others: a candidate whose period begins after
///   the mentee's own first advising period began is dropped (senior collaborations).
struct MentorshipTimeConstraints {
  var threshold: Double
  var coAdvisorThreshold: Double
  var coAdvisorShare: Double

  /// The relations kept, in no particular order.
  ///
  /// - Complexity: O(candidates log candidates + papers of the mentees with co-advisor candidates).
  func select(
    _ candidates: [ScoredCandidate], papers: [AuthoredPaper], index: AuthorPaperIndex
  ) -> [MentorshipRelation] {
    let byMentee = candidates.sorted {
      ($0.candidate.mentee, -$0.score, $0.candidate.mentor)
        < ($1.candidate.mentee, -$1.score, $1.candidate.mentor)
    }
    // The strongest candidate of each mentee, and what it says about each person's career.
    var advisor: [AuthorIndex: MentorshipCandidate] = [:]
    var firstAdvising: [AuthorIndex: Int] = [:]
    for scored in byMentee
    where scored.score >= threshold && advisor[scored.candidate.mentee] == nil {
      let candidate = scored.candidate
      advisor[candidate.mentee] = candidate
      firstAdvising[candidate.mentor] = min(
        firstAdvising[candidate.mentor] ?? .max, candidate.startYear)
    }
    var relations: [MentorshipRelation] = []
    for scored in byMentee {
      var candidate = scored.candidate
      guard let primary = advisor[candidate.mentee] else { continue }
      if let advising = firstAdvising[candidate.mentee], advising < candidate.startYear - 1 {
        continue
      }
      if primary.mentor != candidate.mentor {
        let (share, yearShare) = jointShare(
          of: candidate.mentor, in: candidate.mentee, from: primary.startYear,
          through: primary.endYear, papers: papers, index: index)
        guard share >= coAdvisorShare, yearShare >= 0.5 else { continue }
        if let training = advisor[candidate.mentor], training.endYear >= candidate.startYear - 1 {
          continue
        }
        candidate.evidence.isCoAdvisor = true
        candidate.endYear = max(candidate.endYear, min(primary.endYear, candidate.lastJointYear))
      } else if scored.score < threshold {
        continue
      }
      relations.append(
        MentorshipRelation(
          mentor: candidate.mentor, mentee: candidate.mentee, score: scored.score,
          startYear: candidate.startYear, endYear: candidate.endYear,
          jointPapers: candidate.jointPapers, evidence: candidate.evidence))
    }
    return relations
  }

  /// Share of `mentee`'s papers from `start` through `end` that `mentor` co-wrote, and share of
  /// the years with papers of the mentee in which the mentor co-wrote one.
  private func jointShare(
    of mentor: AuthorIndex, in mentee: AuthorIndex, from start: Int, through end: Int,
    papers: [AuthoredPaper], index: AuthorPaperIndex
  ) -> (papers: Double, years: Double) {
    var total = 0, joint = 0
    var years = Set<Int>(), jointYears = Set<Int>()
    for p in index.papers(of: Int(mentee)) {
      guard let year = papers[Int(p)].year, year >= start, year <= end else { continue }
      total += 1
      years.insert(year)
      if papers[Int(p)].authors.contains(mentor) {
        joint += 1
        jointYears.insert(year)
      }
    }
    guard total > 0 else { return (0, 0) }
    return (Double(joint) / Double(total), Double(jointYears.count) / Double(years.count))
  }
}
