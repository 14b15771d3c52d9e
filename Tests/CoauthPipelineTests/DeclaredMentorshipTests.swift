import CoauthMetrics
import CoauthModel
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// Declared relations on the invented lab: matched to authors, trusted over inference on
/// request, and used to check inference.
@Suite struct DeclaredMentorshipTests {
  /// Runs the pipeline on the lab with a relations file.
  private func analysis(_ relations: String, trusting: Bool = false) throws -> Analysis {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-relations-\(UUID().uuidString).csv")
    try relations.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    var options = PipelineOptions()
    options.relationFiles = [file.path]
    options.trustsDeclaredRelations = trusting
    return try Pipeline(options: options).analyze(
      [AnalysisWriterTests.fixture.path], diagnostics: { _ in })
  }

  private func id(_ analysis: Analysis, _ index: AuthorIndex?) -> String? {
    index.map { analysis.resolution.authors.ids[Int($0)] }
  }

  @Test func namesAreMatchedToAuthorsInAnyPrintedForm() throws {
    let analysis = try analysis(
      "mentor,mentee\n\"Senior, M.\",\"Junior, Carl\"\nGrace Hopper,Alice Student\n")
    #expect(analysis.declared.count == 2)
    #expect(id(analysis, analysis.declared[0].mentor) == "mary-senior")
    #expect(id(analysis, analysis.declared[0].mentee) == "carl-junior")
    #expect(analysis.declared[1].mentor == nil)
    #expect(!analysis.declared[1].isResolved)
    #expect(analysis.declared[1].origin.hasSuffix(":3"))
  }

  @Test func trustedDeclarationsReplaceTheInferredAdvisorsOfTheirMentees() throws {
    let inferred = try analysis("mentor,mentee\nBob Colleague,Alice Student\n")
    #expect(inferred.mentorship.map { id(inferred, $0.mentor) } == ["mary-senior"])
    let trusted = try analysis("mentor,mentee\nBob Colleague,Alice Student\n", trusting: true)
    let relation = try #require(trusted.mentorship.first)
    #expect(trusted.mentorship.count == 1)
    #expect(id(trusted, relation.mentor) == "bob-colleague")
    #expect(relation.score == 1)
    #expect(relation.jointPapers == 1)
    #expect(relation.startYear == 2011 && relation.endYear == 2011)
    #expect(relation.evidence.declaredBy?.hasSuffix(":2") == true)
  }

  @Test func aDeclaredStartAfterTheJointPapersKeepsThePeriodInOrder() throws {
    // Bob and Alice's one joint paper is from 2011: "2019-" may not end in 2011.
    let trusted = try analysis("mentor,mentee,years\nBob Colleague,Alice Student,2019-\n", trusting: true)
    let relation = try #require(trusted.mentorship.first)
    #expect(relation.startYear == 2019 && relation.endYear == 2019)
    let ended = try analysis(
      "mentor,mentee,start_year,end_year\nBob Colleague,Alice Student,,2005\n", trusting: true)
    #expect(ended.mentorship.first.map { ($0.startYear, $0.endYear) } ?? (0, 0) == (2005, 2005))
  }

  @Test func aRelationBetweenTwoNamesOfOneAuthorIsLeftOut() throws {
    let analysis = try analysis("mentor,mentee\n\"Senior, Mary\",M. Senior\nMary Senior,Carl Junior\n")
    #expect(analysis.declared.count == 1)
    #expect(analysis.declared.first.map { id(analysis, $0.mentee) } == "carl-junior")
  }

  @Test func declarationsThatCloseACycleAreFound() throws {
    let analysis = try analysis(
      "mentor,mentee\nMary Senior,Alice Student\nAlice Student,Carl Junior\n"
        + "Carl Junior,Mary Senior\nBob Colleague,Carl Junior\nAlice Student,Mary Senior\n")
    let cycles = DeclaredMentorship.cycles(in: analysis.declared)
    #expect(cycles.map { $0.declared.location.line } == [4, 6])
    #expect(DeclaredMentorship.cycles(in: Array(analysis.declared.prefix(2))).isEmpty)
  }

  @Test func checkSortsDeclarationsIntoFoundUnsupportedAndUnmatched() throws {
    let analysis = try analysis(
      "mentor,mentee,source\nMary Senior,Alice Student,MGP\nMary Senior,Carl Junior,MGP\n"
        + "Grace Hopper,Alice Student,X\nMary Senior,Alice Student,again\n")
    let check = MentorshipCheck(analysis, minimumJointPapers: 3)
    #expect(check.items.count == 3)
    guard case .found(let relation) = check.items[0].outcome else {
      Issue.record("expected found, got \(check.items[0].outcome)")
      return
    }
    #expect(relation.startYear == 2010)
    #expect(check.items[1].outcome == .unsupported(jointPapers: 2))
    #expect(check.items[2].outcome == .unmatched([.init(name: "Grace Hopper", candidates: [])]))
    #expect(check.supported == 1 && check.found == 1)
    #expect(check.recall == 1 && check.precision == 1)
  }

  @Test func checkCountsReversedAndUndeclaredAdvisors() throws {
    let analysis = try analysis("mentor,mentee\nAlice Student,Mary Senior\nBob Colleague,Alice Student\n")
    let check = MentorshipCheck(analysis, minimumJointPapers: 1)
    guard case .reversed = check.items[0].outcome else {
      Issue.record("expected reversed, got \(check.items[0].outcome)")
      return
    }
    #expect(check.items[1].outcome == .missed(jointPapers: 1, instead: [check.undeclaredAdvisors[0].mentor]))
    #expect(check.undeclaredAdvisors.count == 1)
    #expect(check.found == 0 && check.supported == 2)
    #expect(check.recall == 0 && check.precision == 0)
  }
}
