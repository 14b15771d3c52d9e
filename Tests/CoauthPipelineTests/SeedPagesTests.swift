import CoauthModel
import CoauthNames
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The three researchers' own pages in `../shared/seeds` (homepage and CV text, as users paste
/// them): every printed form of each owner, and of a co-author printed differently on two
/// pages, is that one person; different people who share a family name stay apart.
@Suite(.enabled(if: RepoPaths.seedPages != nil, "needs ../shared/seeds"))
struct SeedPagesTests {
  static func analysis() throws -> Analysis {
    let folder = try #require(RepoPaths.seedPages)
    return try Pipeline().analyze([folder.path], diagnostics: { _ in })
  }

  @Test func everyPrintedFormOfAnOwnerIsOnePerson() throws {
    let analysis = try Self.analysis()
    let authors = analysis.resolution.authors
    let lookup = AuthorLookup(authors)
    for (name, forms) in [
      ("Harkirat Singh Behl", ["Harkirat Behl", "Harkirat Singh Behl", "Harkirat Singh"]),
      ("Junheng Hao", ["Junheng Hao"]),
      ("Haoze He", ["Haoze He"]),
    ] {
      let person = try #require(lookup.matches(name).first, "\(name)")
      #expect(lookup.matches(name) == [person], "\(name)")
      // Every mention printing one of the forms belongs to the person.
      for (index, authorship) in analysis.resolution.authorships.enumerated() {
        let printed = analysis.corpus.publications[Int(authorship.publication)]
          .authors[Int(authorship.position) - 1].printed
        if forms.contains(printed) {
          #expect(authorship.author == person, "mention \(index): \(printed)")
        }
      }
    }
  }

  /// A co-author printed one way on one page and another way on another ("Hany Awadalla" beside
  /// Harkirat Singh Behl, "Hany Hassan Awadalla" beside Junheng Hao) is one person too, though
  /// the two forms share no co-author.
  @Test func aCoauthorPrintedTwoWaysOnTwoPagesIsOnePerson() throws {
    let analysis = try Self.analysis()
    let forms = ["Hany Awadalla", "Hany Hassan Awadalla"]
    var persons: Set<Int32> = []
    for authorship in analysis.resolution.authorships {
      let printed = analysis.corpus.publications[Int(authorship.publication)]
        .authors[Int(authorship.position) - 1].printed
      if forms.contains(printed) { persons.insert(authorship.author) }
    }
    #expect(persons.count == 1)
    let person = try #require(persons.first)
    #expect(Set(analysis.resolution.authors.variants[Int(person)]) == Set(forms))
  }

  @Test func peopleSharingAFamilyNameStayApart() throws {
    let lookup = AuthorLookup(try Self.analysis().resolution.authors)
    for group in [
      ["Yash Jain", "Nishant Jain"], ["Wei Wang", "Xin Wang", "Jing Wang"],
      ["Gurkirt Singh", "Harkirat Singh Behl"], ["Ahmed Awadallah", "Hany Hassan Awadalla"],
    ] {
      let persons = try group.map { try #require(lookup.matches($0).first, "\($0)") }
      #expect(Set(persons).count == group.count, "\(group)")
    }
  }
}
