import CoauthIngest
import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

/// The ACL Anthology 2020-2022 set of `../shared` in BibTeX and in DBLP XML: both readers must
/// give the same records, years and author lists. Skips when `../shared` is absent.
@Suite struct ACLAgreementTests {
  @Test(.enabled(if: RepoPaths.aclDataset != nil, "../shared/datasets/acl-2020-2022 is absent"))
  func bibTeXAndDBLPAgree() throws {
    let folder = try #require(RepoPaths.aclDataset)
    var problems: [Diagnostic] = []
    let loader = InputLoader()
    let bib = try loader.load(folder.appendingPathComponent("acl.bib.gz").path) { problems.append($0) }
    let dblp = try loader.load(folder.appendingPathComponent("acl.dblp.xml.gz").path) {
      problems.append($0)
    }
    #expect(problems.isEmpty, "\(problems.prefix(5))")
    #expect(bib.publications.count == 15342)
    #expect(dblp.publications.count == bib.publications.count)
    #expect(dblp.mentionCount == bib.mentionCount)
    func mismatches<Value: Equatable>(_ value: (Publication) -> Value) -> [String] {
      zip(dblp.publications, bib.publications).filter { value($0) != value($1) }
        .map { "\($1.id): \(value($0)) vs \(value($1))" }
    }
    #expect(mismatches(\.id).isEmpty, "\(mismatches(\.id).prefix(3))")
    #expect(mismatches(\.year).isEmpty, "\(mismatches(\.year).prefix(3))")
    // Venues differ in typography only (TeX turns the BibTeX's quotes and dashes into curly
    // quotes and en dashes), so only their presence is compared.
    #expect(mismatches(\.venue.isEmpty).isEmpty, "\(mismatches(\.venue.isEmpty).prefix(3))")
    var differing: [String] = []
    for (fromDBLP, fromBib) in zip(dblp.publications, bib.publications) {
      let dblpNames = fromDBLP.authors.map(\.printed)
      let bibNames = fromBib.authors.map { $0.name?.displayForm ?? $0.printed }
      if dblpNames != bibNames { differing.append("\(fromBib.id): \(dblpNames) vs \(bibNames)") }
    }
    // One name: the Anthology prints one person's apostrophe both as ’ and as ', and the BibTeX
    // has ' (decoded as ’ by the LaTeX decoder) in both places.
    #expect(differing.count <= 1, "\(differing.prefix(5))")
  }
}
