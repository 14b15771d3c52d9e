import PropertyBased
import Testing

@testable import CoauthNames

@Suite struct SortedIDsTests {
  /// Sorted arrays without repeats, of very different lengths, so that both the merge and the
  /// binary-search path are taken.
  static let sortedIDs = Gen<Int32>.int32(in: 0...300).array(of: 0...120)
    .map { uniqueSorted($0.sorted()) }

  @Test func intersectionCountIsTheSizeOfTheSetIntersection() async {
    await propertyCheck(input: zip(Self.sortedIDs, Self.sortedIDs.map { Array($0.prefix(6)) })) {
      long, short in
      #expect(intersectionCount(long, short) == Set(long).intersection(short).count)
      #expect(intersectionCount(short, long) == Set(long).intersection(short).count)
      #expect(intersectionCount(long, long) == long.count)
      #expect(intersects(long, short) == !Set(long).isDisjoint(with: short))
    }
  }

  @Test func mergedSortedIsTheSortedUnion() async {
    await propertyCheck(input: zip(Self.sortedIDs, Self.sortedIDs)) { a, b in
      #expect(mergedSorted(a, b) == Set(a).union(b).sorted())
    }
  }
}
