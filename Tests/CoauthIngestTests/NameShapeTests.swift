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

  /// Institutions print as authors in database exports ("Ministry of Health", "University of
  /// Toronto"): an institution word among several words, or "of" / "for" inside three or more,
  /// make a group; personal names with particles do not.
  @Test func institutionsAreGroups() {
    for name in [
      "University of Toronto", "Stanford University", "Ministry of Health",
      "Centre for Digital Humanities", "Harvard Medical School", "Max Planck Institut",
      "Office for National Statistics", "MINISTRY OF HEALTH",
    ] {
      #expect(NameShape.isGroupName(name), "\(name)")
    }
    for name in [
      "University", "Jan van der Berg", "Maria de los Santos", "Nguyen The Anh",
      "Of Ann Lee", "Ann Lee For", "José Ortega y Gasset", "Ann Lee",
    ] {
      #expect(!NameShape.isGroupName(name), "\(name)")
    }
  }
}
