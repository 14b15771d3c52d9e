import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

@testable import CoauthIngest

/// Reading DBLP XML through a small moving window (as `InputLoader` streams files) gives exactly
/// what reading the whole text gives: the same publications and the same diagnostics, wherever
/// the chunk boundaries fall.
@Suite struct DBLPStreamingTests {
  private static let chunkSizes = [1, 2, 3, 7, 64, 4096]

  /// The XML files of the datasets (the entity bomb throws in both ways, tested below).
  private static var files: [URL] { DBLPDatasetFiles.readable }

  /// Publications and diagnostics of `bytes` read whole, and read through windows of
  /// `chunkSize` bytes.
  private func bothWays(_ bytes: [UInt8], chunkSize: Int) throws -> (
    whole: ([Publication], [Diagnostic]), streamed: ([Publication], [Diagnostic])
  ) {
    var wholeDiagnostics: [Diagnostic] = []
    let whole = try DBLPReader().read(InputSource(label: "t.xml", bytes: bytes)) {
      wholeDiagnostics.append($0)
    }
    var streamed: [Publication] = []
    var streamedDiagnostics: [Diagnostic] = []
    let window = DecodedTextWindow(
      source: ArrayByteStream(bytes, maximumChunk: chunkSize), label: "t.xml",
      chunkSize: chunkSize)
    _ = try DBLPReader().read(window, diagnostics: { streamedDiagnostics.append($0) }) {
      streamed.append($0)
    } eachWithDOI: { publication, _ in
      streamed.append(publication)
    }
    return ((whole.publications, wholeDiagnostics), (streamed, streamedDiagnostics))
  }

  @Test(arguments: files)
  func datasetFilesReadTheSameInWindows(_ file: URL) throws {
    let bytes = try [UInt8](Data(contentsOf: file))
    for chunkSize in Self.chunkSizes {
      let (whole, streamed) = try bothWays(bytes, chunkSize: chunkSize)
      #expect(streamed.0 == whole.0, "\(file.lastPathComponent), chunks of \(chunkSize)")
      #expect(streamed.1 == whole.1, "\(file.lastPathComponent), chunks of \(chunkSize)")
    }
  }

  @Test func encodingRepairsAndLineEndsReadTheSameInWindows() throws {
    var text = Array("\u{FEFF}<?xml version=\"1.0\"?>\r\n<dblp>\r\n".utf8)
    text += Array("<article key=\"a\">\r\n<author>J\u{FC}rgen M\u{FC}ller 0002</author>\r".utf8)
    text += [0x3C, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3E, 0x41, 0xE9, 0x42, 0xC3]  // <title>A?B + cut sequence
    text += Array(
      "</title><year>2020</year></article>\r<www key=\"homepages/1\"><author>X Y</author></www>\n</dblp>\n"
        .utf8)
    for chunkSize in Self.chunkSizes {
      let (whole, streamed) = try bothWays(text, chunkSize: chunkSize)
      #expect(whole.0.count == 1)
      #expect(streamed.0 == whole.0, "chunks of \(chunkSize)")
      #expect(streamed.1 == whole.1, "chunks of \(chunkSize)")
    }
  }

  @Test func entityBombIsRefusedInWindows() throws {
    let bytes = try [UInt8](
      Data(contentsOf: RepoPaths.datasets.appendingPathComponent("bad-input/entity-bomb.xml")))
    for chunkSize in Self.chunkSizes {
      #expect(throws: IngestError.self) { _ = try bothWays(bytes, chunkSize: chunkSize) }
    }
  }

  @Test func windowDecodesLikeTheWholeFileDecoder() throws {
    let inputs: [[UInt8]] =
      [
        Array("a\r\nb\rc\n\r\n".utf8), [0xEF, 0xBB, 0xBF, 0x61, 0xE2, 0x82, 0xAC, 0x0D],
        [0x61, 0xE2, 0x82, 0x62, 0xFF, 0x0A, 0xC3],
        [0xFF, 0xFE, 0x61, 0x00, 0x0D, 0x00, 0x0A, 0x00],
        [0x00, 0x61, 0x00, 0x62], [], [0xF0, 0x9F, 0x98, 0x80, 0x0D, 0x0D, 0x0A],
        Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + [
          0x0D, 0x0A, 0xFC, 0xC3, 0xA9, 0x0D,
        ],
        Array(#"<?xml version="1.0" encoding="EUC-JP"?>"#.utf8) + [0x0A, 0xFC], Array("<?xm".utf8),
        Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + [
          0x0A, 0xC3, 0xBC, 0x0D, 0xFC,
        ],
        // Saved homepages naming their charset in a `<meta>`, the meta cut by chunk ends.
        Array("<!DOCTYPE html>\r\n<html><head><!-- a > b --><title>T</title>".utf8)
          + Array(
            #"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#.utf8)
          + [0x0D, 0x0A, 0xFC, 0xC3, 0xA9, 0x93, 0x0D],
        Array(#"<html><head><meta charset="koi8-r">"#.utf8) + [0x0A, 0xFC],
        Array(#"<html><head><meta charset="latin1">"#.utf8) + [0x0A, 0xC3, 0xBC, 0x0D, 0xFC],
        Array("<html><head><meta charse".utf8), Array("<ht".utf8), Array(" <!-".utf8),
      ] + Self.singleByteInputs
    for bytes in inputs {
      var expectedDiagnostics: [Diagnostic] = []
      let expected = TextDecoder.decode(InputSource(label: "t", bytes: bytes)) {
        expectedDiagnostics.append($0)
      }
      for chunkSize in Self.chunkSizes {
        var diagnostics: [Diagnostic] = []
        let window = DecodedTextWindow(
          source: ArrayByteStream(bytes, maximumChunk: chunkSize), label: "t", chunkSize: chunkSize)
        try window.readAll { diagnostics.append($0) }
        #expect(Array(window.text) == expected, "\(bytes), chunks of \(chunkSize)")
        #expect(diagnostics == expectedDiagnostics, "\(bytes), chunks of \(chunkSize)")
      }
    }
  }

  /// Text declared in a single-byte encoding whose first bytes outside ASCII decide, by the
  /// run they start, whether it was written in UTF-8 after all: the run cut by chunk ends
  /// anywhere decides as it does whole.
  static let singleByteInputs: [[UInt8]] = [
    // "Мірошниченко" in Windows-1251: CC B3 is valid UTF-8, the bytes after it are not.
    Array(#"<html><head><meta charset="windows-1251">"#.utf8)
      + [0x0A, 0xCC, 0xB3, 0xF0, 0xEE, 0xF8, 0xED, 0xE8, 0xF7, 0xE5, 0xED, 0xEA, 0xEE, 0x0D, 0x0A],
    // A run of CC B3 alone reads as UTF-8.
    Array(#"<?xml version="1.0" encoding="windows-1251"?>"#.utf8) + [0x0A, 0xCC, 0xB3, 0x0A, 0xC8],
    // Sixteen bytes of UTF-8 "č" decide before the invalid byte after them; fifteen do not.
    Array(#"<?xml version="1.0" encoding="ISO-8859-2"?>"#.utf8) + [0x0A]
      + Array(repeating: [0xC4, 0x8D], count: 8).joined() + [0xF8, 0x0D],
    Array(#"<?xml version="1.0" encoding="ISO-8859-2"?>"#.utf8) + [0x0A]
      + Array(repeating: [0xC4, 0x8D], count: 7).joined() + [0x8D, 0xF8, 0x0D],
    Array(#"<html><head><meta charset=cp1250>"#.utf8) + Array(" Dvo".utf8) + [0xF8, 0xE1, 0x8A],
  ]

  /// Page heads made of the pieces a `<meta>` prescan looks at (comments, quotes, tags cut
  /// anywhere) decode in windows of every size as the whole-file decoder decodes them.
  @Test func pageHeadsDecodeInWindowsLikeTheWholeFileDecoder() throws {
    let pieces = [
      "<html>", "<head>", "<meta charset=\"latin1\">", "<meta charset=koi8-r>", "<!--", "-->",
      "<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>", "\"", "'",
      "<a title=\"x>y\">", "</p>", "<?x ?>", "<!x>", " ", "\r\n", "=", "/", "<", ">", "charset",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func draw(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for _ in 0..<300 {
      var bytes = Array((draw(2) == 0 ? "<!DOCTYPE html>" : "<html>").utf8)
      for _ in 0..<draw(12) { bytes += Array(pieces[draw(pieces.count)].utf8) }
      bytes += [0x0A, 0xFC, 0xC3, 0xA9, 0x0D]
      var expectedDiagnostics: [Diagnostic] = []
      let expected = TextDecoder.decode(InputSource(label: "t", bytes: bytes)) {
        expectedDiagnostics.append($0)
      }
      for chunkSize in [1, 2, 5, 64] {
        var diagnostics: [Diagnostic] = []
        let window = DecodedTextWindow(
          source: ArrayByteStream(bytes, maximumChunk: chunkSize), label: "t", chunkSize: chunkSize)
        try window.readAll { diagnostics.append($0) }
        let head = String(decoding: bytes, as: UTF8.self)
        #expect(Array(window.text) == expected, "\(head), chunks of \(chunkSize)")
        #expect(diagnostics == expectedDiagnostics, "\(head), chunks of \(chunkSize)")
      }
    }
  }

  /// Chunks read ahead by another thread (as the DBLP worker does while the reader hands on
  /// records) decode exactly as chunks read on demand, whether the reading ahead ran, raced
  /// the next `readMore`, or never started.
  @Test func windowReadAheadDecodesLikeTheWholeFileDecoder() throws {
    let long = Array(String(repeating: "Jürgen Müller, 周杰 🙂 ok\n", count: 40).utf8)
    let inputs: [[UInt8]] = [
      Array("a\r\nb\rc\n\r\n".utf8), [0xEF, 0xBB, 0xBF, 0x61, 0xE2, 0x82, 0xAC, 0x0D],
      [0x61, 0xE2, 0x82, 0x62, 0xFF, 0x0A, 0xC3], [0xFF, 0xFE, 0x61, 0x00, 0x0D, 0x00, 0x0A, 0x00],
      [0xF0, 0x9F, 0x98, 0x80, 0x0D, 0x0D, 0x0A], long, long + [0xFF] + long,
      long + Array("\r\n".utf8) + long,
      Array(#"<?xml version='1.0' encoding='windows-1252'?>"#.utf8)
        + Array(repeating: Array("J".utf8) + [0xFC, 0xC3, 0xA9, 0x93, 0x0D, 0x0A], count: 200)
        .joined(),
    ]
    for bytes in inputs {
      var expectedDiagnostics: [Diagnostic] = []
      let expected = TextDecoder.decode(InputSource(label: "t", bytes: bytes)) {
        expectedDiagnostics.append($0)
      }
      for chunkSize in Self.chunkSizes + [5, 13, 100] {
        for mode in ["run here", "run elsewhere", "never run"] {
          var diagnostics: [Diagnostic] = []
          var readsAhead = 0
          let window = DecodedTextWindow(
            source: ArrayByteStream(bytes, maximumChunk: chunkSize), label: "t",
            chunkSize: chunkSize)
          while !window.isComplete {
            if let ahead = window.readAhead() {
              readsAhead += 1
              switch mode {
              case "run here": ahead.runIfWaiting()
              case "run elsewhere": Thread { ahead.runIfWaiting() }.start()
              default: break
              }
            }
            try window.readMore { diagnostics.append($0) }
          }
          // The long UTF-8 inputs (not the small or UTF-16 ones) always leave chunks to read.
          #expect(readsAhead > 0 || bytes.count < 1000 || bytes.count <= 4 * chunkSize)
          #expect(
            Array(window.text) == expected, "\(bytes.count) bytes, chunks of \(chunkSize), \(mode)")
          #expect(diagnostics == expectedDiagnostics, "chunks of \(chunkSize), \(mode)")
        }
      }
    }
  }

  /// A source that fails after its bytes: read ahead or not, the window takes every byte that
  /// came before the failure, then throws it.
  @Test func readAheadKeepsTheBytesBeforeAFailure() throws {
    struct FailingStream: ByteStream {
      var bytes: ArrayByteStream
      mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        let count = try bytes.read(into: buffer)
        if count == 0 { throw .unreadable(path: "t", reason: "the disk failed") }
        return count
      }
    }
    let bytes = Array(String(repeating: "abcdefghij\n", count: 50).utf8)
    for readsAhead in [false, true] {
      let window = DecodedTextWindow(
        source: FailingStream(bytes: ArrayByteStream(bytes, maximumChunk: 7)), label: "t",
        chunkSize: 64)
      var failure: IngestError?
      do {
        while true {
          if readsAhead { window.readAhead()?.runIfWaiting() }
          try window.readMore { _ in }
        }
      } catch {
        failure = error
      }
      #expect(
        failure == .unreadable(path: "t", reason: "the disk failed"), "read ahead: \(readsAhead)")
      #expect(Array(window.text) == bytes, "read ahead: \(readsAhead)")
    }
  }

  @Test func aclFileReadsTheSameInWindows() throws {
    guard let acl = RepoPaths.aclDataset else { return }
    let compressed = try [UInt8](Data(contentsOf: acl.appendingPathComponent("acl.dblp.xml.gz")))
    let bytes = try GzipDecoder.decompress(compressed, label: "acl.dblp.xml.gz")
    let (whole, streamed) = try bothWays(bytes, chunkSize: 4096)
    #expect(whole.0.count > 15_000)
    #expect(streamed.0 == whole.0)
    #expect(streamed.1 == whole.1)
  }
}
