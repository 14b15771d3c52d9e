import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

@testable import CoauthIngest

/// Every record and author mention carries the line of its opening tag, however the document
/// lays out its white space: line ends between fields, inside text, inside tags, in attribute
/// values, after markup and entities. The scanner passes over fields it knows to hold no line
/// end instead of counting them; a document whose lines are known by construction checks that
/// it never passes over one, read whole, in windows and in parts on two threads.
@Suite struct DBLPLineNumberTests {
  /// A generated document and the line of each record's and author's opening tag, in order.
  private struct Document {
    var bytes: [UInt8] = []
    var recordLines: [Int] = []
    var authorLines: [[Int]] = []
    var line = 1

    mutating func write(_ text: String) {
      bytes.append(contentsOf: Array(text.utf8))
      line += text.utf8.filter { $0 == 0x0A }.count
    }
  }

  private static func document(seed: UInt64) -> Document {
    var random = SeededGenerator(seed: seed)
    func pick(_ choices: [String]) -> String { choices.randomElement(using: &random)! }
    let gaps = ["\n", "\n", "\n", "", " ", "\n\n", "\n  ", "\r\n", "\t\n \n"]
    let names = [
      "Ann Lee", "Bo  Kim", "Ann\nLee", " Cy Doe ", "D&eacute;a Roe", "Eve <i>X</i> Poe",
      "Fay Tu 0001", "Gus\tHo", "", "Hal &#233;Ng",
    ]
    let texts = [
      "A title.", "Two\nlines.", "Marked <sub>up</sub>\n text", "Plain", "  spaced  ", "&amp; co",
    ]
    var document = Document()
    document.write("<?xml version=\"1.0\"?>\n<dblp>\n")
    for index in 0..<Int.random(in: 3...12, using: &random) {
      document.write(pick(gaps))
      document.recordLines.append(document.line)
      let attributes = pick([" key=\"r\(index)\"", " key=\"r\(index)\"\n mdate=\"x\"", " key=\n\"r\(index)\""])
      document.write("<article\(attributes)>")
      var authors: [Int] = []
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        document.write(pick(gaps))
        let name = pick(names)
        if !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { authors.append(document.line) }
        let tag = pick(["<author>", "<author>", "<author pid=\"1/2\">", "<author\n orcid=\"\">", "<author >"])
        document.write("\(tag)\(name)\(pick(["</author>", "</author>", "</author\n>"]))")
      }
      document.authorLines.append(authors)
      for field in ["title", "pages", "year", "ee", "booktitle"] where Bool.random(using: &random) {
        document.write(pick(gaps))
        let text = field == "year" ? pick(["2020", "\n2021"]) : pick(texts)
        document.write("<\(field)>\(text)</\(field)\(pick([">", ">", " >"]))")
      }
      document.write(pick(gaps))
      document.write(pick(["</article>", "</article\n>"]))
    }
    document.write("\n</dblp>\n")
    return document
  }

  private func expectLines(_ corpus: Corpus, _ document: Document, _ context: String) {
    #expect(corpus.publications.map(\.location.line) == document.recordLines, "\(context)")
    #expect(
      corpus.publications.map { $0.authors.map { $0.location?.line ?? 0 } } == document.authorLines,
      "\(context)")
  }

  @Test(arguments: 0..<60)
  func linesAreThoseOfTheOpeningTags(seed: Int) throws {
    let document = Self.document(seed: UInt64(seed))
    let source = InputSource(label: "t.xml", bytes: document.bytes)
    let context = String(decoding: document.bytes, as: UTF8.self)
    expectLines(try DBLPReader(splitting: .oneThread).read(source) { _ in }, document, context)
    for chunkSize in [16, 100] {
      let windowed = try DBLPReader(splitting: .oneThread).readInWindows(
        document.bytes, label: "t.xml", chunkSize: chunkSize, diagnostics: { _ in })
      expectLines(windowed, document, "chunks of \(chunkSize): \(context)")
    }
    for share in [0.1, 0.4, 0.7] {
      let policy = DBLPSplitPolicy(minimumBytes: 0, firstPartShare: share, partCount: 3)
      expectLines(try DBLPReader(splitting: policy).read(source) { _ in }, document, "parts: \(context)")
    }
  }
}
