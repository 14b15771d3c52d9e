import Testing

@testable import CoauthIngest

/// The packed names the DBLP scanner compares against are the names they stand for.
@Suite struct PackedNameTests {
  @Test func constantsAreTheirNamesPacked() {
    let table: [(PackedName, String)] = [
      (.article, "article"), (.inproceedings, "inproceedings"), (.proceedings, "proceedings"),
      (.incollection, "incollection"), (.book, "book"), (.phdthesis, "phdthesis"),
      (.mastersthesis, "mastersthesis"), (.www, "www"), (.person, "person"), (.data, "data"),
      (.author, "author"), (.title, "title"), (.year, "year"), (.journal, "journal"),
      (.booktitle, "booktitle"), (.series, "series"), (.school, "school"),
      (.publisher, "publisher"), (.ee, "ee"), (.key, "key"), (.pid, "pid"), (.orcid, "orcid"),
    ]
    for (constant, name) in table { #expect(constant == PackedName(name), "\(name)") }
  }

  @Test func namesPackTheSameNearTheEndOfTheText() {
    let bytes = Array("<inproceedings>".utf8)
    bytes.withUnsafeBufferPointer { text in
      // 13 bytes from offset 1: fewer than 16 bytes follow, so they are read one by one.
      #expect(PackedName(text, 1..<14) == .inproceedings)
      #expect(PackedName(text, 1..<3) != .inproceedings)
    }
    let padded = Array("<inproceedings key=\"x\">".utf8)
    padded.withUnsafeBufferPointer { text in #expect(PackedName(text, 1..<14) == .inproceedings) }
  }

  @Test func longNamesDoNotPack() {
    let bytes = Array("abcdefghijklmnopq".utf8)
    bytes.withUnsafeBufferPointer { text in #expect(PackedName(text, 0..<17) == nil) }
  }
}
