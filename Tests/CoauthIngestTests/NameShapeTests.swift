import Testing

@testable import CoauthIngest

@Suite struct NameShapeTests {
  /// The words that make a name a group.
  static let groupWords = [
    "team", "group", "consortium", "collaboration", "lab", "labs", "laboratory", "project",
    "committee", "initiative", "society", "association", "network", "alliance", "taskforce",
    "organization", "organisation", "foundation", "working", "authors", "contributors",
  ]

  /// `isGroupWord` spells the group words out by length: every word of the table, in any case,
  /// and nothing else.
  @Test func groupWordsAreTheTable() {
    for word in Self.groupWords {
      #expect(NameShape.isGroupWord(word), "\(word)")
      #expect(NameShape.isGroupWord(word.uppercased()), "\(word)")
      #expect(NameShape.isGroupWord(utf8: Array(word.capitalized.utf8)), "\(word)")
    }
    for word in ["Lee", "Teams", "Groupe", "Laboratories", "Networks", "Smith", "", "Tea m"] {
      #expect(!NameShape.isGroupWord(word), "\(word)")
    }
    #expect(NameShape.isGroupName("Microsoft GenAI Team"))
    #expect(!NameShape.isGroupName("Ann Lee"))
  }
}
