import CoauthTestSupport
import Foundation
import Testing

/// `coauth names`: variants, merge evidence and lookup of one author.
@Suite struct NamesCommandTests {
  static let lab = AnalyzeCommandTests.lab

  @Test func explainsEachMergeWithItsRule() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["names", Self.lab, "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Alice Student [alice-student]: 6 mentions"))
    #expect(result.stdout.contains("printed as: Alice Student (5), A. Student (1)"))
    #expect(result.stdout.contains("merged \"A. Student\" = \"Alice Student\": compatible given names (initials)"))
    #expect(!result.stdout.contains("Carl Junior ["))
  }

  @Test func allListsEveryone() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["names", Self.lab, "--all", "-q"])
    #expect(result.stdout.contains("Carl Junior [carl-junior]: 3 mentions"))
    #expect(result.stdout.contains("The Invented Lab Consortium [the-invented-lab-consortium] (group)"))
  }

  @Test func authorFilterFindsAVariantRegardlessOfOrder() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["names", Self.lab, "--author", "Senior, M.", "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Mary Senior [mary-senior]"))
    #expect(!result.stdout.contains("Alice"))
  }

  @Test func overridesFileMergesAndPinsWithWarningsForBadRows() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    try coauth.write(
      """
      action,author,value
      merge,Carl Junior,Alice Student
      name,alice-student,"Student, Alice C."
      split,Alice Student,centuries:20
      """, to: "fixes.csv")
    let result = try coauth.run(
      ["names", Self.lab, "--overrides", coauth.path("fixes.csv"), "--author", "Alice Student"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Student, Alice C. [alice-student]"))
    #expect(result.stdout.contains("merged \"Alice Student\" = \"Carl Junior\": overrides file"))
    #expect(result.stderr.contains("fixes.csv:4: warning: expected 'papers:ID|ID'"))
    let strict = try coauth.run(
      ["names", Self.lab, "--overrides", coauth.path("fixes.csv"), "--strict", "-q"])
    #expect(strict.status == 1)
    let missing = try coauth.run(["names", Self.lab, "--overrides", coauth.path("none.csv")])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("cannot read the overrides file"))
  }
}
