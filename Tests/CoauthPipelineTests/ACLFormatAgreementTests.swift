import CoauthModel
import CoauthNames
import CoauthPipeline
import CoauthTestSupport
import Foundation
import Testing

/// The ACL Anthology 2020-2022 set (`../shared`) ships the same records as BibTeX ("Last,
/// First" with the family name split off) and as dblp XML ("First Last", no split): author
/// resolution must group their mentions identically, so both score the same against the truth.
@Suite(.enabled(if: RepoPaths.aclDataset != nil, "needs ../shared/datasets/acl-2020-2022"))
struct ACLFormatAgreementTests {
  /// The author of every mention, keyed by publication id and 1-based position, as cluster
  /// labels: the first mention of each author in corpus order names it.
  private func labels(_ file: String) throws -> [String: String] {
    let dataset = try #require(RepoPaths.aclDataset)
    let pipeline = Pipeline()
    var timings = StageTimings()
    let (corpus, _) = try pipeline.read(
      [dataset.appendingPathComponent(file).path], diagnostics: { _ in }, timings: &timings)
    let resolution = pipeline.resolve(corpus, diagnostics: { _ in }, timings: &timings)
    var keyOf: [String: String] = [:]
    for authorship in resolution.authorships {
      let publication = corpus.publications[Int(authorship.publication)]
      keyOf["\(publication.id)#\(authorship.position)"] = String(authorship.author)
    }
    #expect(keyOf.count == 62228)
    return keyOf
  }

  @Test func bibTeXAndDBLPGiveTheSamePersons() throws {
    let dataset = try #require(RepoPaths.aclDataset)
    // The truth is read first, before resolution starts its worker threads.
    let rows = try ACLTruth.read(dataset.appendingPathComponent("truth.csv.gz"))
    let bibtex = try labels("acl.bib.gz")
    let dblp = try labels("acl.dblp.xml.gz")
    #expect(bibtex.count == dblp.count)
    // Authors are numbered in first-seen order and both files list the records in one order,
    // so one partition gives equal numbers.
    let different = bibtex.filter { dblp[$0.key] != $0.value }.map(\.key).sorted()
    #expect(different.isEmpty, "mentions resolved differently: \(different.prefix(10))")

    let persons = rows.map(\.person)
    let keys = rows.map { "\($0.publication)#\($0.position)" }
    let bibtexScores = ACLTruth.score(persons: persons, clusters: keys.map { bibtex[$0] ?? $0 })
    let dblpScores = ACLTruth.score(persons: persons, clusters: keys.map { dblp[$0] ?? $0 })
    print("ACL 2020-2022 BibTeX: \(bibtexScores)")
    print("ACL 2020-2022 dblp XML: \(dblpScores)")
    #expect(bibtexScores == dblpScores)
    #expect(bibtexScores.bcubedF1 >= 0.997)
  }
}
