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

/// The features of one candidate pair, each explained where it is computed in
/// `MentorshipCandidate`.
public struct MentorshipEvidence: Sendable, Hashable, CustomStringConvertible {
  /// Mentee's first publication year minus the mentor's.
  public var careerGap: Int
  /// Share of the mentee's early papers (first `earlyYears` of the career) written with the mentor.
  public var earlyShare: Double
  /// Years from the mentee's first paper to the second joint paper: when the joint work got
  /// under way (an advisor's starts with the career, a postdoc host's years later).
  public var onset: Int
  /// Kulczynski measure of the pair over the advising period: the mean of the joint papers' share
  /// of the mentee's papers and of the mentor's.
  public var kulczynski: Double
  /// Imbalance ratio over the advising period (Wu et al. 2010), signed: positive when the mentor
  /// published more than the mentee, relative to the papers of either.
  public var imbalance: Double
  /// Share of the joint ordered papers where the mentor is last.
  public var mentorLastShare: Double
  /// Share of the joint ordered papers where the mentee is first.
  public var menteeFirstShare: Double
  /// Joint papers whose author order carries meaning (not alphabetical, at least 2 authors).
  public var orderedJointPapers: Int
  /// One of the two lists authors alphabetically as a rule, so lists in family-name order were
  /// not read as contribution order.
  public var alphabeticalField: Bool
  /// A second advisor beside a stronger one (co-advising).
  public var isCoAdvisor: Bool
  /// The declaration the relation was taken from, when declared relations were trusted over
  /// inference (a source name or file:line); nil for inferred relations.
  public var declaredBy: String?

  public init(
    careerGap: Int = 0, earlyShare: Double = 0, onset: Int = 0, kulczynski: Double = 0,
    imbalance: Double = 0, mentorLastShare: Double = 0, menteeFirstShare: Double = 0,
    orderedJointPapers: Int = 0, alphabeticalField: Bool = false, isCoAdvisor: Bool = false,
    declaredBy: String? = nil
  ) {
    self.careerGap = careerGap
    self.earlyShare = earlyShare
    self.onset = onset
    self.kulczynski = kulczynski
    self.imbalance = imbalance
    self.mentorLastShare = mentorLastShare
    self.menteeFirstShare = menteeFirstShare
    self.orderedJointPapers = orderedJointPapers
    self.alphabeticalField = alphabeticalField
    self.isCoAdvisor = isCoAdvisor
    self.declaredBy = declaredBy
  }

  /// Compact `key=value` text for the `evidence` column.
  public var description: String {
    func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }
    var text =
      "gap=\(careerGap)y early=\(percent(earlyShare)) onset=\(onset)y"
      + " kulc=\(percent(kulczynski)) ir=\(percent(imbalance))"
      + " last=\(percent(mentorLastShare)) first=\(percent(menteeFirstShare))"
      + " ordered=\(orderedJointPapers)"
    if alphabeticalField { text += " alphabetical" }
    if isCoAdvisor { text += " co-advisor" }
    guard let declaredBy else { return text }
    let alsoInferred = self != MentorshipEvidence(declaredBy: declaredBy)
    return "declared (\(declaredBy))" + (alsoInferred ? "; inferred: " + text : "")
  }
}
