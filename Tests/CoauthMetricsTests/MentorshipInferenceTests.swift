import CoauthMetrics
import CoauthModel
import Testing

@Suite struct MentorshipInferenceTests {
  /// A lab: advisor 0 publishes from 2000; student 1 starts in 2010 and writes first-author
  /// papers with 0 last; peer 2 starts with 0 in 2000 and co-writes as an equal.
  private func lab() -> [AuthoredPaper] {
    var papers: [AuthoredPaper] = []
    for year in 2000..<2010 {
      papers.append(AuthoredPaper(authors: [0, 2], year: year, isAlphabetical: false))
      papers.append(AuthoredPaper(authors: [2, 0], year: year, isAlphabetical: false))
      papers.append(AuthoredPaper(authors: [3, 0], year: year, isAlphabetical: false))
    }
    for year in 2010...2014 {
      papers.append(AuthoredPaper(authors: [1, 4, 0], year: year, isAlphabetical: false))
    }
    // Independence: the former student's own lab.
    papers.append(AuthoredPaper(authors: [5, 1], year: 2016, isAlphabetical: false))
    papers.append(AuthoredPaper(authors: [5, 1], year: 2017, isAlphabetical: false))
    return papers
  }

  /// `count` papers a year over `years`, each with `authors` in this order.
  private func papers(
    _ authors: [AuthorIndex], _ years: ClosedRange<Int>, count: Int = 1,
    familyNameOrder: Bool = false
  ) -> [AuthoredPaper] {
    years.flatMap { year in
      (0..<count).map { _ in
        AuthoredPaper(
          authors: authors, year: year, isAlphabetical: false, isInFamilyNameOrder: familyNameOrder)
      }
    }
  }

  private func pairs(_ relations: [MentorshipRelation]) -> [[AuthorIndex]] {
    relations.map { [$0.mentor, $0.mentee] }
  }

  @Test func findsTheAdvisorAndNotThePeer() {
    let relations = MentorshipInference().infer(authorCount: 6, papers: lab())
    let pairs = pairs(relations)
    #expect(pairs.contains([0, 1]))
    #expect(!pairs.contains([0, 2]) && !pairs.contains([2, 0]))
    #expect(!pairs.contains([1, 0]))
  }

  @Test func periodRunsFromFirstJointYearToIndependence() throws {
    let relations = MentorshipInference().infer(authorCount: 6, papers: lab())
    let advising = try #require(relations.first { $0.mentor == 0 && $0.mentee == 1 })
    #expect(advising.startYear == 2010)
    #expect(advising.endYear == 2014)
    #expect(advising.jointPapers == 5)
    #expect(advising.score > 0.5 && advising.score <= 1)
    #expect(!advising.evidence.isCoAdvisor)
  }

  /// Advisor 0 (from 1995) and host 2 (from 1990) each run a lab; student 1 works with 0 from
  /// 2010 to 2014, then as a postdoc first-authors papers with host 2, last, until 2017.
  @Test func postdocHostIsNotAnAdvisor() {
    var corpus = papers([3, 0], 1995...2016) + papers([4, 2], 1990...2017, count: 2)
    corpus += papers([1, 0], 2010...2014, count: 2)
    corpus += papers([1, 2], 2015...2017, count: 2)
    corpus += papers([1, 0], 2015...2015)
    let relations = MentorshipInference().infer(authorCount: 5, papers: corpus)
    #expect(pairs(relations).contains([0, 1]))
    #expect(!pairs(relations).contains([2, 1]))
    let advising = relations.first { $0.mentor == 0 && $0.mentee == 1 }
    #expect(advising?.endYear == 2014)
  }

  /// Student 1 is advised by 0 (last) and co-advised by 2 (second to last) on most papers;
  /// an industry mentor 5 writes three papers with the student during one internship year.
  @Test func coAdvisorIsFoundAndInternshipMentorIsNot() throws {
    var corpus = papers([3, 0], 1995...2016) + papers([4, 2], 1998...2016)
    corpus += papers([6, 5], 1999...2016)
    corpus += papers([1, 2, 0], 2010...2014, count: 2)
    corpus += papers([1, 0], 2010...2014)
    corpus += papers([1, 5], 2012...2012, count: 3)
    let relations = MentorshipInference().infer(authorCount: 7, papers: corpus)
    #expect(pairs(relations).contains([0, 1]))
    let coAdvising = try #require(relations.first { $0.mentor == 2 && $0.mentee == 1 })
    #expect(coAdvising.evidence.isCoAdvisor)
    #expect(coAdvising.startYear == 2010 && coAdvising.endYear == 2014)
    #expect(!pairs(relations).contains([5, 1]))
  }

  /// Junior professor 1 advises student 4 from 2008; senior professor 0 (from 1980) writes
  /// with 1 from 2010 on, last author: a senior collaboration, not advising.
  @Test func nobodyIsAdvisedAfterAdvisingOthers() {
    var corpus = papers([3, 0], 1980...2020, count: 2)
    corpus += papers([1, 5], 2000...2004)
    corpus += papers([4, 1], 2008...2012, count: 2)
    corpus += papers([6, 1, 0], 2010...2016)
    let relations = MentorshipInference().infer(authorCount: 7, papers: corpus)
    #expect(pairs(relations).contains([1, 4]))
    #expect(!pairs(relations).contains([0, 1]))
  }

  /// In a field that lists authors alphabetically, lists in family-name order say nothing of
  /// roles; elsewhere a two-author list in that order by chance still does.
  @Test func familyNameOrderCountsOnlyInAlphabeticalFields() throws {
    // Alphabetical field: every list of 0, 1, 2 and 3 is in family-name order.
    var alphabetical = papers([0, 3, 2], 1995...2015, familyNameOrder: true)
    alphabetical += papers([0, 1, 2], 2010...2014, count: 2, familyNameOrder: true)
    let inAlphabeticalField = MentorshipInference().infer(authorCount: 4, papers: alphabetical)
    let advising = try #require(inAlphabeticalField.first { $0.mentee == 1 })
    #expect(advising.evidence.alphabeticalField)
    #expect(advising.evidence.orderedJointPapers == 0)

    // Contribution order: lists in family-name order only now and then.
    var ordered = papers([3, 0], 1995...2015) + papers([1, 0], 2010...2014, familyNameOrder: true)
    ordered += papers([1, 4, 0], 2010...2014)
    let inOrderedField = MentorshipInference().infer(authorCount: 5, papers: ordered)
    let relation = try #require(inOrderedField.first { $0.mentor == 0 && $0.mentee == 1 })
    #expect(!relation.evidence.alphabeticalField)
    #expect(relation.evidence.orderedJointPapers == 10)
  }

  /// A student's CV (owner 1): every paper of the advisors 2 and 3 is with the owner, and 2 and
  /// 3 always appear together. The owner's advisors are found although the corpus shows nothing
  /// of their careers; nothing is said about 2 and 3, who are never seen apart.
  @Test func studentCVShowsAdvisorsWithoutTheirCareers() {
    var corpus = papers([1, 2, 3], 2018...2021)
    corpus += papers([1, 4], 2022...2024, count: 2)
    let relations = MentorshipInference().infer(authorCount: 5, papers: corpus)
    #expect(pairs(relations).contains([3, 1]))
    #expect(pairs(relations).contains([2, 1]))
    #expect(!relations.contains { Set([$0.mentor, $0.mentee]) == [2, 3] })
  }

  @Test func declaredAlphabeticalListsCarryNoPositionEvidence() {
    var papers = lab()
    for i in papers.indices { papers[i].isAlphabetical = true }
    let relations = MentorshipInference().infer(authorCount: 6, papers: papers)
    for relation in relations { #expect(relation.evidence.orderedJointPapers == 0) }
  }

  @Test func fewerJointPapersThanTheMinimumGiveNoRelation() {
    let papers = [
      AuthoredPaper(authors: [1, 0], year: 2010, isAlphabetical: false),
      AuthoredPaper(authors: [1, 0], year: 2011, isAlphabetical: false),
    ]
    #expect(MentorshipInference().infer(authorCount: 2, papers: papers).isEmpty)
  }

  @Test func emptyInputGivesNoRelation() {
    #expect(MentorshipInference().infer(authorCount: 0, papers: []).isEmpty)
  }

  @Test func evidenceTextNamesEveryFeature() {
    let evidence = MentorshipEvidence(
      careerGap: 7, earlyShare: 0.8, onset: 1, kulczynski: 0.5, imbalance: 0.25,
      mentorLastShare: 1, menteeFirstShare: 0.75, orderedJointPapers: 4, alphabeticalField: true,
      isCoAdvisor: true)
    #expect(
      evidence.description
        == "gap=7y early=80% onset=1y kulc=50% ir=25% last=100% first=75% ordered=4 alphabetical co-advisor")
  }
}
