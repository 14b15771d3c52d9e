import CoauthIngest
import CoauthModel
import Testing

/// The id table agrees with a `Set` on every id, over enough ids to grow it many times and to
/// make its one-byte tags collide, and reports each repeat against the first record; also when
/// room was reserved before the first id or after some (a rehash of the ids already in).
@Suite struct PublicationIDDeduplicatorTests {
  @Test(arguments: [nil, 0, 10_000])
  func admitsExactlyTheFirstOfEachID(reservingAfter reservedAt: Int?) {
    var deduplicator = PublicationIDDeduplicator()
    var seen: [String: Int] = [:]
    var kept: [Publication] = []
    var generator = SystemRandomNumberGenerator()
    var ids: [String] = []
    for index in 0..<30_000 {
      // A third repeat an earlier id; the rest are new, short (inline) and long (stored) ones.
      if !ids.isEmpty, Int.random(in: 0..<3, using: &generator) == 0 {
        ids.append(ids.randomElement(using: &generator)!)
      } else {
        ids.append(index % 2 == 0 ? "k\(index)" : "conf/acl/SomeoneElse\(index)-\(index * 7)")
      }
    }
    for (line, id) in ids.enumerated() {
      if line == reservedAt { deduplicator.reserveCapacity(forMore: 25_000) }
      let publication = Publication(
        id: id, title: "", authors: [], location: SourceLocation(path: "f.bib", line: line + 1))
      var warnings: [Diagnostic] = []
      let admitted = deduplicator.admit(publication, into: &kept) { warnings.append($0) }
      let first = seen[id]
      #expect(admitted == (first == nil), "id \(id) at line \(line + 1)")
      if let first {
        #expect(warnings.count == 1)
        #expect(warnings.first?.code == "ingest.duplicate-id")
        #expect(warnings.first?.message.contains("f.bib:\(first)") == true, "\(warnings)")
      } else {
        #expect(warnings.isEmpty)
        seen[id] = line + 1
      }
      #expect(kept.count == seen.count)
      #expect(kept.last?.id == (admitted ? id : kept.last?.id))
    }
  }
}
