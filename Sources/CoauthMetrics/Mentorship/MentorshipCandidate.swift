import CoauthModel
import Foundation

/// One orientation of a co-author pair ("`mentor` advised `mentee`") with its evidence, its
/// advising period and its log-odds, computed from the mentee's papers alone.
struct MentorshipCandidate {
  var mentor: AuthorIndex
  var mentee: AuthorIndex
  var startYear: Int
  var endYear: Int
  var jointPapers: Int
  /// The last year of joint work (after `endYear` when the pair went on writing together).
  var lastJointYear: Int
  var evidence: MentorshipEvidence
  /// Log-odds that the orientation is an advising relation, before the time constraints.
  var logOdds: Double

  /// The features of `mentor` advising `mentee`, read from the mentee's papers.
  ///
  /// - Complexity: O(papers of the mentee × team size + active years).
  init(
    mentor s: AuthorIndex, mentee j: AuthorIndex, papers: [AuthoredPaper], index: AuthorPaperIndex,
    earlyYears: Int, minimumJointPapers: Int
  ) {
    mentor = s
    mentee = j
    let menteePapers = index.papers(of: Int(j))
    let menteeStart = index.firstYear[Int(j)]
    let mentorStart = index.firstYear[Int(s)]
    let menteeEnd = menteePapers.last.flatMap { papers[Int($0)].year } ?? menteeStart
    let alphabeticalPair = index.listsAlphabetically[Int(s)] || index.listsAlphabetically[Int(j)]
    // Papers per year of the mentee, with and without the mentor (offset by the first year).
    var withMentor = [Int](repeating: 0, count: max(0, menteeEnd - menteeStart) + 2)
    var without = withMentor
    var joint = 0, early = 0, earlyJoint = 0
    var ordered = 0, mentorLast = 0, menteeLast = 0, menteeFirst = 0, mentorFirst = 0
    var firstJoint = Int.max, secondJoint = Int.max, lastJoint = Int.min
    for p in menteePapers {
      let paper = papers[Int(p)]
      guard let year = paper.year else { continue }
      let isJoint = paper.authors.contains(s)
      if year < menteeStart + earlyYears {
        early += 1
        if isJoint { earlyJoint += 1 }
      }
      guard isJoint else {
        without[year - menteeStart] += 1
        continue
      }
      withMentor[year - menteeStart] += 1
      joint += 1
      if firstJoint == .max { firstJoint = year } else if secondJoint == .max { secondJoint = year }
      lastJoint = year
      let orderIsChance = paper.isAlphabetical || (paper.isInFamilyNameOrder && alphabeticalPair)
      if !orderIsChance && paper.authors.count >= 2 {
        ordered += 1
        if paper.authors.last == s { mentorLast += 1 }
        if paper.authors.last == j { menteeLast += 1 }
        if paper.authors.first == j { menteeFirst += 1 }
        if paper.authors.first == s { mentorFirst += 1 }
      }
    }
    jointPapers = joint
    guard joint > 0 else {
      startYear = 0
      endYear = 0
      lastJointYear = 0
      evidence = MentorshipEvidence()
      logOdds = -.infinity
      return
    }
    startYear = firstJoint
    lastJointYear = lastJoint
    // Independence: the first year after the start from which, over two years, the mentee's
    // papers without the mentor are at least two and more than twice those with the mentor.
    // The period ends at the last joint year before it.
    var end = lastJoint
    if firstJoint < menteeEnd {
      for year in (firstJoint + 1)...menteeEnd {
        let i = year - menteeStart
        let other = without[i] + without[i + 1]
        let together = withMentor[i] + withMentor[i + 1]
        if other >= 2 && other > 2 * together {
          end = (firstJoint..<year).last { withMentor[$0 - menteeStart] > 0 } ?? firstJoint
          break
        }
      }
    }
    endYear = end
    // Kulczynski and imbalance ratio over the period.
    var menteeInPeriod = 0, jointInPeriod = 0
    for year in firstJoint...end {
      menteeInPeriod += withMentor[year - menteeStart] + without[year - menteeStart]
      jointInPeriod += withMentor[year - menteeStart]
    }
    let mentorInPeriod = max(
      jointInPeriod, index.paperCount(of: Int(s), from: firstJoint, through: end))
    func share(_ count: Int, of total: Int) -> Double {
      total > 0 ? Double(count) / Double(total) : 0
    }
    let kulczynski =
      0.5 * (share(jointInPeriod, of: menteeInPeriod) + share(jointInPeriod, of: mentorInPeriod))
    let imbalance = share(
      mentorInPeriod - menteeInPeriod, of: mentorInPeriod + menteeInPeriod - jointInPeriod)
    let gap = menteeStart - mentorStart
    let onset = (secondJoint == .max ? firstJoint : secondJoint) - menteeStart
    evidence = MentorshipEvidence(
      careerGap: gap, earlyShare: share(earlyJoint, of: early), onset: onset,
      kulczynski: kulczynski, imbalance: imbalance,
      mentorLastShare: share(mentorLast, of: ordered), menteeFirstShare: share(menteeFirst, of: ordered),
      orderedJointPapers: ordered, alphabeticalField: alphabeticalPair)

    // The corpus shows a career only if it has papers of the person without the other (on a
    // student's CV every paper of the advisor is a joint paper): only then do the career gap,
    // the imbalance and the first publication year say something. When neither career is seen
    // (two co-authors of a CV's owner who always appear together), nothing tells advising from
    // co-authorship.
    let mentorCareerSeen = index.papers(of: Int(s)).count > joint
    guard mentorCareerSeen || menteePapers.count > joint else {
      logOdds = -.infinity
      return
    }
    // The log-odds, feature by feature.
    var z = -1.0
    if mentorCareerSeen {
      z += 0.5 * Double(min(max(gap - 4, -6), 4))
      z += 1.5 * imbalance
    } else {
      z -= 1  // the two strongest features unknown: the rest must make up for them
    }
    // Advising starts with the career: most of the junior's first papers are with the advisor,
    // and the joint work is under way within two years (a postdoc host comes later).
    z += 3 * (evidence.earlyShare - 0.4)
    z -= Double(max(0, onset - 2))
    // Positions as a contrast, so that peers who take turns in first and last place cancel out.
    let positionWeight = min(1, Double(ordered) / 3)
    z += positionWeight * 1.5 * share(mentorLast - menteeLast, of: ordered)
    z += positionWeight * share(menteeFirst - mentorFirst, of: ordered)
    z += 0.2 * Double(min(joint - minimumJointPapers, 5))
    // An advisor has published before advising.
    if mentorCareerSeen && firstJoint <= mentorStart { z -= 3 }
    logOdds = z
  }
}
