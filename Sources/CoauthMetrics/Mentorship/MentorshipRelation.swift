import CoauthModel

/// An inferred advisor-advisee relation with its period and the evidence behind its score.
public struct MentorshipRelation: Sendable, Hashable {
  public var mentor: AuthorIndex
  public var mentee: AuthorIndex
  /// Confidence in 0...1.
  public var score: Double
  /// First year of joint work.
  public var startYear: Int
  /// Last year in which the mentee's output still depended on the mentor.
  public var endYear: Int
  /// Number of joint papers.
  public var jointPapers: Int
  /// The features the score was made from.
  public var evidence: MentorshipEvidence

  public init(
    mentor: AuthorIndex, mentee: AuthorIndex, score: Double, startYear: Int, endYear: Int,
    jointPapers: Int, evidence: MentorshipEvidence
  ) {
    self.mentor = mentor
    self.mentee = mentee
    self.score = score
    self.startYear = startYear
    self.endYear = endYear
    self.jointPapers = jointPapers
    self.evidence = evidence
  }
}

/// The features of one candidate pair, each explained where it is computed in `MentorshipInference`.
public struct MentorshipEvidence: Sendable, Hashable, CustomStringConvertible {
  /// Mentee's first publication year minus the mentor's.
  public var careerGap: Int
  /// Share of the mentee's early papers (first `earlyYears` of the career) written with the mentor.
  public var earlyShare: Double
  /// Share of the joint ordered papers where the mentor is last and the mentee is not.
  public var mentorLastShare: Double
  /// Share of the joint ordered papers where the mentee is first.
  public var menteeFirstShare: Double
  /// Joint papers whose author order carries meaning (not alphabetical, at least 2 authors).
  public var orderedJointPapers: Int
  /// Imbalance ratio of the pair's papers: how much more of the mentee's work than of the
  /// mentor's the pair's joint papers make (Wu et al. 2010), signed toward the mentee.
  public var imbalance: Double

  public init(
    careerGap: Int, earlyShare: Double, mentorLastShare: Double, menteeFirstShare: Double,
    orderedJointPapers: Int, imbalance: Double
  ) {
    self.careerGap = careerGap
    self.earlyShare = earlyShare
    self.mentorLastShare = mentorLastShare
    self.menteeFirstShare = menteeFirstShare
    self.orderedJointPapers = orderedJointPapers
    self.imbalance = imbalance
  }

  /// Compact `key=value` text for the `evidence` column.
  public var description: String {
    func f(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }
    return "gap=\(careerGap)y early=\(f(earlyShare)) last=\(f(mentorLastShare))"
      + " first=\(f(menteeFirstShare)) ordered=\(orderedJointPapers) imbalance=\(f(imbalance))"
  }
}
