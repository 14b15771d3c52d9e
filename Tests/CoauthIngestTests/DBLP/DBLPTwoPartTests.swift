import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

@testable import CoauthIngest

/// Reading DBLP XML in parts at once (on two threads, `DBLPSplitPolicy`) gives exactly what
/// reading on one thread gives, wherever the splits fall: the same publications,
/// name variants and diagnostics in the same order, also when the split falls inside a record,
/// a comment or CDATA, when unknown entities repeat across the parts, when the document declares
/// entities, and when it is cut. DOIs are read (`readsDOIs`) and must come out the same too.
@Suite struct DBLPTwoPartTests {
  /// First-part shares that put the split at every record of the small files below.
  private static let shares = stride(from: 0.0, through: 0.95, by: 0.05).map { $0 }

  private typealias Result = (corpus: Corpus, diagnostics: [Diagnostic])

  private func read(_ bytes: [UInt8], _ policy: DBLPSplitPolicy) throws -> Result {
    var diagnostics: [Diagnostic] = []
    var reader = DBLPReader(splitting: policy)
    reader.readsDOIs = true
    let corpus = try reader.read(InputSource(label: "t.xml", bytes: bytes)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  private func readInWindows(_ bytes: [UInt8], _ policy: DBLPSplitPolicy, chunkSize: Int) throws
    -> Result
  {
    var diagnostics: [Diagnostic] = []
    var reader = DBLPReader(splitting: policy)
    reader.readsDOIs = true
    let corpus = try reader.readInWindows(
      bytes, label: "t.xml", chunkSize: chunkSize, diagnostics: { diagnostics.append($0) })
    return (corpus, diagnostics)
  }

  /// Expects every split of `bytes`, whole and in windows, to read as one thread does.
  private func expectSameInTwoParts(_ bytes: [UInt8], _ name: String) throws {
    let expected = try read(bytes, .oneThread)
    for share in Self.shares {
      for partCount in [2, 3, 5] {
        let policy = DBLPSplitPolicy(minimumBytes: 0, firstPartShare: share, partCount: partCount)
        try expectSame(bytes, as: expected, with: policy, "\(name), share \(share) of \(partCount) parts")
      }
    }
  }

  private func expectSame(
    _ bytes: [UInt8], as expected: Result, with policy: DBLPSplitPolicy, _ context: String
  ) throws {
    let split = try read(bytes, policy)
    #expect(split.corpus.publications == expected.corpus.publications, "\(context)")
    #expect(split.corpus.doisByPublication == expected.corpus.doisByPublication, "\(context)")
    #expect(split.corpus.nameVariantGroups == expected.corpus.nameVariantGroups, "\(context)")
    #expect(split.diagnostics == expected.diagnostics, "\(context)")
    for chunkSize in [64, 300] {
      let windowed = try readInWindows(bytes, policy, chunkSize: chunkSize)
      #expect(windowed.corpus.publications == expected.corpus.publications, "\(context), chunks of \(chunkSize)")
      #expect(
        windowed.corpus.doisByPublication == expected.corpus.doisByPublication,
        "\(context), chunks of \(chunkSize)")
      #expect(windowed.diagnostics == expected.diagnostics, "\(context), chunks of \(chunkSize)")
    }
  }

  private static var files: [URL] { DBLPDatasetFiles.readable }

  @Test(arguments: files)
  func datasetFilesReadTheSameInTwoParts(_ file: URL) throws {
    try expectSameInTwoParts(try [UInt8](Data(contentsOf: file)), file.lastPathComponent)
  }

  /// Records that look alike, with record tags inside comments and CDATA (a split there must be
  /// dropped), unknown entities in both halves, a damaged record, a person record and text
  /// after the root.
  @Test func trickySplitsReadTheSame() throws {
    var text = "<?xml version=\"1.0\"?>\n<dblp>\n"
    for index in 0..<12 {
      text += "<article key=\"a/\(index)\">\n<author>A&ouml;n &bogus; Bee</author>\n"
      text += "<author pid=\"1/\(index)\">C D 000\(index % 10)</author>\n"
      text += "<title>T <!-- <article key=\"fake\"> --> <![CDATA[<inproceedings key=\"x\">]]>\(index).</title>\n"
      text += "<year>20\(10 + index)</year>\n<ee>https://x.org/\(index)</ee>\n"
      text += index % 3 == 0 ? "" : "<ee>https://doi.org/10.1/A\(index)</ee>\n"
      text += "</article>\n"
      if index == 5 { text += "<article key=\"broken\"><author>X</title></article>\n" }
      if index == 7 { text += "<www key=\"homepages/x\"><author>E F</author><author>E. F</author></www>\n" }
      if index == 9 { text += "<!-- <article key=\"commented\"><author>G</author></article> -->\n" }
    }
    text += "</dblp>\n<article key=\"after\"><author>H I</author></article>\n"
    try expectSameInTwoParts(Array(text.utf8), "tricky")
    try expectSameInTwoParts(Array(text.utf8.dropLast(40)), "tricky, cut")
  }

  @Test func documentsDeclaringEntitiesReadTheSame() throws {
    var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE dblp [<!ENTITY me \"Mé\">]>\n<dblp>\n"
    for index in 0..<10 {
      text += "<article key=\"a/\(index)\"><author>&me; \(index)</author><title>T&me;.</title></article>\n"
    }
    text += "</dblp>\n"
    try expectSameInTwoParts(Array(text.utf8), "declared entities")
  }

  @Test func aclFileReadsTheSameInTwoParts() throws {
    guard let acl = RepoPaths.aclDataset else { return }
    let compressed = try [UInt8](Data(contentsOf: acl.appendingPathComponent("acl.dblp.xml.gz")))
    let bytes = try GzipDecoder.decompress(compressed, label: "acl.dblp.xml.gz")
    let expected = try read(bytes, .oneThread)
    let split = try read(bytes, .twoThreads)
    let windowed = try readInWindows(bytes, .twoThreads, chunkSize: 1 << 20)
    #expect(expected.corpus.publications.count > 15_000)
    #expect(expected.corpus.doisByPublication.count > 9_000)
    #expect(split.corpus.doisByPublication == expected.corpus.doisByPublication)
    #expect(windowed.corpus.doisByPublication == expected.corpus.doisByPublication)
    #expect(split.corpus.publications == expected.corpus.publications)
    #expect(split.diagnostics == expected.diagnostics)
    #expect(windowed.corpus.publications == expected.corpus.publications)
    #expect(windowed.diagnostics == expected.diagnostics)
  }
}

/// The scanner's side of a split: the first part stops exactly at a clean split and the second
/// part reads the rest; a split inside a comment is passed and forgotten.
@Suite struct DBLPScannerSplitTests {
  private let text = Array(
    ("<dblp>\n<article key=\"a\"><author>A B</author></article>\n"
      + "<!-- <article key=\"c\"> -->\n<article key=\"b\"><author>C D</author></article>\n"
      + "<article key=\"d\"><author>E F</author></article>\n</dblp>\n").utf8)

  @Test func firstPartStopsAtACleanSplit() throws {
    try text.withUnsafeBufferPointer { buffer in
      var scanner = DBLPScanner(text: buffer, label: "t.xml")
      #expect(try scanner.next()?.key == "a")
      let split = try #require(scanner.splitCandidate(afterShare: 0.5))
      var part = scanner.part(from: split, stoppingAt: nil)
      let counting = scanner.lineCounting(at: [split])
      counting.count()
      part.countLines(with: counting.counters[0])
      scanner.splitOffset = split
      var firstKeys: [String?] = []
      while let record = try scanner.next() { firstKeys.append(record.key) }
      var secondKeys: [String?] = []
      while let record = try part.next() { secondKeys.append(record.key) }
      #expect(scanner.stoppedAtSplit)
      #expect(scanner.canAdopt(part))
      #expect(firstKeys + secondKeys == ["b", "d"])
      scanner.adopt(part)
      #expect(try scanner.next() == nil)
      #expect(scanner.recordCount == 3)
      #expect(scanner.takeDiagnostics().isEmpty)
    }
  }

  @Test func aSplitInsideACommentIsPassed() throws {
    try text.withUnsafeBufferPointer { buffer in
      var scanner = DBLPScanner(text: buffer, label: "t.xml")
      #expect(try scanner.next()?.key == "a")
      let comment = try #require(
        (0..<buffer.count).first { buffer[$0...].starts(with: Array("<article key=\"c\"".utf8)) })
      scanner.splitOffset = comment
      var keys: [String?] = []
      while let record = try scanner.next() { keys.append(record.key) }
      #expect(!scanner.stoppedAtSplit)
      #expect(scanner.splitOffset == nil)
      #expect(keys == ["b", "d"])
    }
  }
}
