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

  @Test func findsTheAdvisorAndNotThePeer() {
    let relations = MentorshipInference().infer(authorCount: 6, papers: lab())
    let pairs = relations.map { [$0.mentor, $0.mentee] }
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
  }

  @Test func alphabeticalListsCarryNoPositionEvidence() {
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
}
