import CoauthMetrics
import CoauthModel
import Testing

@Suite struct MentorshipGenealogyTests {
  /// 0 advised 1 and 2; 1 advised 3; 3 advised 4; 5 co-advised 4; 6 is alone.
  private let genealogy = MentorshipGenealogy(
    authorCount: 7, relations: [(0, 1), (0, 2), (1, 3), (3, 4), (5, 4), (0, 1)])

  @Test func advisorsAndAdviseesAreListedOnce() {
    #expect(Array(genealogy.advisees(of: 0)) == [1, 2])
    #expect(Array(genealogy.advisors(of: 4)) == [3, 5])
    #expect(genealogy.advisors(of: 0).isEmpty)
    #expect(!genealogy.isInGenealogy(6))
    #expect(genealogy.isInGenealogy(5))
  }

  @Test func descendantsAndDepthCountGenerationsBelow() {
    #expect(genealogy.descendants == [4, 2, 0, 1, 0, 1, 0])
    #expect(genealogy.lineageDepth == [3, 2, 0, 1, 0, 1, 0])
  }

  @Test func ancestorsAndGenerationCountGenerationsAbove() {
    #expect(genealogy.ancestors == [0, 1, 1, 2, 4, 0, 0])
    #expect(genealogy.generation == [0, 1, 1, 2, 3, 0, 0])
  }

  @Test func aCycleGivesFiniteCounts() {
    let cyclic = MentorshipGenealogy(authorCount: 3, relations: [(0, 1), (1, 2), (2, 0), (1, 1)])
    #expect(cyclic.descendants == [2, 2, 2])
    #expect(cyclic.lineageDepth.allSatisfy { $0 <= 2 })
    #expect(cyclic.generation.allSatisfy { $0 <= 2 })
  }
}
