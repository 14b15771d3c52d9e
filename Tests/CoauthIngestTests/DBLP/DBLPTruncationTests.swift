import CoauthIngest
import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

/// `datasets/formats/lab.xml` cut after every byte: the reader never fails, keeps exactly the
/// records complete before the cut, and reports the cut.
@Suite struct DBLPTruncationTests {
  @Test func everyPrefixKeepsTheCompleteRecords() throws {
    let url = RepoPaths.datasets.appendingPathComponent("formats/lab.xml")
    let bytes = [UInt8](try Data(contentsOf: url))
    let text = String(decoding: bytes, as: UTF8.self)
    // The byte offset just after each record's closing tag, with the record's key.
    var ends: [(end: Int, key: String)] = []
    var searchStart = text.startIndex
    while let keyRange = text.range(of: "key=\"", range: searchStart..<text.endIndex) {
      let keyEnd = text[keyRange.upperBound...].firstIndex(of: "\"")!
      let key = String(text[keyRange.upperBound..<keyEnd])
      let close = text.range(of: "</article>|</inproceedings>", options: .regularExpression, range: keyEnd..<text.endIndex)!
      ends.append((text.utf8.distance(from: text.startIndex, to: close.upperBound), key))
      searchStart = close.upperBound
    }
    #expect(ends.count == 10)
    let rootEnd = text.utf8.distance(from: text.startIndex, to: text.range(of: "</dblp>")!.upperBound)
    for cut in 1..<bytes.count {
      var diagnostics: [Diagnostic] = []
      let input = InputSource(label: "lab.xml", bytes: Array(bytes[..<cut]))
      let corpus: Corpus
      do {
        corpus = try DBLPReader().read(input) { diagnostics.append($0) }
      } catch {
        // Only a cut before the first element leaves no XML at all.
        #expect(ends.first!.end > cut, "cut \(cut): \(error)")
        continue
      }
      let expected = ends.filter { $0.end <= cut }.map(\.key)
      #expect(corpus.publications.map(\.id) == expected, "cut \(cut)")
      if cut < rootEnd {
        #expect(diagnostics.contains { $0.code == "dblp.truncated" }, "cut \(cut)")
      }
    }
  }
}
