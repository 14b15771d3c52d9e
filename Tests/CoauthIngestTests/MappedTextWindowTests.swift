import CoauthModel
import CoauthTestSupport
import Foundation
import Testing

@testable import CoauthIngest

/// A window over a mapped file uses the file's bytes in place while they are plain UTF-8 and
/// copies at the first chunk that needs decoding: either way its text is exactly what the
/// whole-file decoder makes, with the same diagnostics, wherever the chunks end and whether or
/// not another thread checked chunks ahead.
@Suite struct MappedTextWindowTests {
  private static let chunkSizes = [1, 2, 3, 7, 13, 64, 4096]

  /// A temporary file holding `bytes`, mapped; removed when `body` returns.
  private func withMapping<Result>(
    _ bytes: [UInt8], _ body: (MappedFile) throws -> Result
  ) throws -> Result? {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-mapped-\(UUID().uuidString)")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    guard let mapping = MappedFile(path: url.path) else {
      Issue.record("could not map a file of \(bytes.count) bytes")
      return nil
    }
    return try body(mapping)
  }

  private static let inputs: [[UInt8]] = {
    let long = Array(String(repeating: "Jürgen Müller, 周杰 🙂 ok\n", count: 40).utf8)
    // Latin-1 as declared, with bytes that would be UTF-8 ("Ã©") and Windows-1252 quotes.
    let latin1Declared =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n".utf8)
      + Array(
        repeating: Array("J".utf8) + [0xFC] + Array("rgen M".utf8) + [
          0xFC, 0xC3, 0xA9, 0x93, 0x0D, 0x0A,
        ], count: 30
      )
      .joined()
    return [
      Array("a\r\nb\rc\n\r\n".utf8), [0xEF, 0xBB, 0xBF, 0x61, 0xE2, 0x82, 0xAC, 0x0D],
      [0xEF, 0xBB, 0xBF, 0x61, 0x0A], [0x61, 0xE2, 0x82, 0x62, 0xFF, 0x0A, 0xC3],
      [0xFF, 0xFE, 0x61, 0x00, 0x0D, 0x00, 0x0A, 0x00], [0x00, 0x61, 0x00, 0x62],
      [0xF0, 0x9F, 0x98, 0x80, 0x0D, 0x0D, 0x0A], long, long + [0xFF] + long,
      long + Array("\r\n".utf8) + long, long + [0xE2, 0x82] + long, long + [0xC3],
      latin1Declared, latin1Declared + Array("\r\n".utf8) + latin1Declared + [0x0D],
      Array(#"<?xml version="1.0" encoding="latin1"?>"#.utf8) + Array(long.prefix(600)) + [0xFC],
      Array(#"<?xml version="1.0" encoding="KOI8-R"?>"#.utf8) + long + [0xF0],
      // Declared Latin-1 but written as UTF-8 (first letter outside ASCII: "ü" as C3 BC), with
      // an invalid byte later; and the same after a long ASCII stretch.
      Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + [0x0A, 0xC3, 0xBC, 0x0D, 0xFC],
      Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + long + [0xC3, 0xBC] + long
        + [0xFC],
      Array("<?xml".utf8),
      // A saved homepage naming its charset in a `<meta>` after a long comment.
      Array("<!DOCTYPE html>\n<!--".utf8) + Array(String(repeating: "a licence\n", count: 90).utf8)
        + Array("-->\n<html><head>".utf8)
        + Array(#"<meta charset="windows-1252">"#.utf8) + latin1Declared.dropFirst(45),
      // Windows-1251 whose first run outside ASCII ("Мі...", CC B3 F0) starts like UTF-8,
      // after a long ASCII stretch.
      Array(#"<?xml version="1.0" encoding="windows-1251"?>"#.utf8)
        + Array(repeating: UInt8(ascii: "a"), count: 700) + [0xCC, 0xB3, 0xF0, 0xEE, 0x0D, 0x0A]
        + Array(repeating: UInt8(ascii: "b"), count: 300) + [0xC8],
    ] + DBLPStreamingTests.singleByteInputs
  }()

  @Test func windowOverAMappingDecodesLikeTheWholeFileDecoder() throws {
    for bytes in Self.inputs {
      var expectedDiagnostics: [Diagnostic] = []
      let expected = TextDecoder.decode(InputSource(label: "t", bytes: bytes)) {
        expectedDiagnostics.append($0)
      }
      for chunkSize in Self.chunkSizes {
        for mode in ["run here", "run elsewhere", "never run"] {
          let checked: Void? = try withMapping(bytes) { mapping in
            var diagnostics: [Diagnostic] = []
            let window = DecodedTextWindow(mapping: mapping, label: "t", chunkSize: chunkSize)
            while !window.isComplete {
              if let ahead = window.readAhead() {
                switch mode {
                case "run here": ahead.runIfWaiting()
                case "run elsewhere": Thread { ahead.runIfWaiting() }.start()
                default: break
                }
              }
              try window.readMore { diagnostics.append($0) }
            }
            #expect(
              Array(window.text) == expected,
              "\(bytes.count) bytes, chunks of \(chunkSize), \(mode)")
            #expect(diagnostics == expectedDiagnostics, "chunks of \(chunkSize), \(mode)")
          }
          #expect(checked != nil)
        }
      }
    }
  }

  /// Text dropped as the reader goes (`discard`) is gone from the window in place and after
  /// the window copied it: what stays is the decoded text from there on.
  @Test func discardingKeepsTheRestOfTheText() throws {
    for bytes in Self.inputs {
      let expected = TextDecoder.decode(InputSource(label: "t", bytes: bytes)) { _ in }
      for chunkSize in [1, 5, 64] {
        try withMapping(bytes) { mapping in
          let window = DecodedTextWindow(mapping: mapping, label: "t", chunkSize: chunkSize)
          var dropped = 0
          while !window.isComplete {
            try window.readMore { _ in }
            // Keep the last two bytes of each step, as a reader keeps an unfinished record.
            let count = max(0, window.text.count - 2)
            window.discard(count, lines: window.text.prefix(count).filter { $0 == 0x0A }.count)
            dropped += count
          }
          #expect(Array(window.text) == Array(expected[dropped...]), "chunks of \(chunkSize)")
        }
      }
    }
  }

  /// DBLP files read through a mapped window give what reading them whole gives.
  @Test(arguments: DBLPDatasetFiles.readable)
  func dblpFilesReadTheSameFromAMapping(_ file: URL) throws {
    let bytes = try [UInt8](Data(contentsOf: file))
    var wholeDiagnostics: [Diagnostic] = []
    let whole = try DBLPReader().read(InputSource(label: "t.xml", bytes: bytes)) {
      wholeDiagnostics.append($0)
    }
    for chunkSize in [3, 64, 4096] {
      try withMapping(bytes) { mapping in
        var diagnostics: [Diagnostic] = []
        var publications: [Publication] = []
        let window = DecodedTextWindow(mapping: mapping, label: "t.xml", chunkSize: chunkSize)
        _ = try DBLPReader(
          splitting: DBLPSplitPolicy(minimumBytes: 64, firstPartShare: 0.2, partCount: 4)
        )
        .read(window, diagnostics: { diagnostics.append($0) }) {
          publications.append($0)
        } eachWithDOI: { publication, _ in
          publications.append(publication)
        }
        #expect(
          publications == whole.publications, "\(file.lastPathComponent), chunks of \(chunkSize)")
        #expect(
          diagnostics == wholeDiagnostics, "\(file.lastPathComponent), chunks of \(chunkSize)")
      }
    }
  }

  /// The loader maps files from a size on; below it reads them as streams: same corpus, same
  /// diagnostics, same errors, in every format.
  @Test func loaderReadsMappedAndStreamedFilesAlike() throws {
    let files = ["formats", "bad-input", "exports"].flatMap { name in
      let folder = RepoPaths.datasets.appendingPathComponent(name)
      return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        .filter { InputFormat(path: $0) != nil }.map { folder.appendingPathComponent($0).path }
    }
    #expect(files.count > 20)
    for file in files {
      var mapped = InputLoader()
      mapped.smallestMappedFile = 1
      var streamed = InputLoader()
      streamed.smallestMappedFile = .max
      var mappedDiagnostics: [Diagnostic] = []
      var streamedDiagnostics: [Diagnostic] = []
      let fromMapping = Result { () throws(IngestError) in
        try mapped.load([file]) { mappedDiagnostics.append($0) }
      }
      let fromStream = Result { () throws(IngestError) in
        try streamed.load([file]) { streamedDiagnostics.append($0) }
      }
      switch (fromMapping, fromStream) {
      case (.success(let one), .success(let other)):
        #expect(one.publications == other.publications, "\(file)")
        #expect(one.nameVariantGroups == other.nameVariantGroups, "\(file)")
      case (.failure(let one), .failure(let other)):
        #expect(one == other, "\(file)")
      default:
        Issue.record("\(file): \(fromMapping) against \(fromStream)")
      }
      #expect(mappedDiagnostics == streamedDiagnostics, "\(file)")
    }
  }
}
