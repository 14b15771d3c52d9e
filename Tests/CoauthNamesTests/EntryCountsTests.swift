import Testing

@testable import CoauthNames

@Suite struct EntryCountsTests {
  @Test func oneNameIsCounted() {
    var counts = EntryCounts()
    #expect(counts.total == 0 && counts[4] == nil && Array(counts).isEmpty)
    counts.add(4)
    counts.add(4)
    #expect(counts[4] == 2 && counts[5] == nil && counts.total == 2)
    #expect(Array(counts).map(\.key) == [4] && Array(counts).map(\.value) == [2])
  }

  @Test func severalNamesKeepTheirFirstSeenOrder() {
    var counts = EntryCounts()
    for entry: Int32 in [7, 3, 7, 9, 3, 7] { counts.add(entry) }
    #expect(Array(counts).map(\.key) == [7, 3, 9])
    #expect(Array(counts).map(\.value) == [3, 2, 1])
    #expect(counts[3] == 2 && counts[1] == nil && counts.total == 6)
  }
}
