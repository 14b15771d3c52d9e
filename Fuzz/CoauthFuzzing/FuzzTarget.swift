import CoauthIngest
import CoauthModel
import CoauthNames

/// One fuzzing harness: a reader or name parser that arbitrary bytes are fed to.
///
/// `run(_:)` must never crash, hang or use memory out of proportion to its input, whatever the
/// bytes; it also checks invariants that hold for every input (see `FuzzInvariants`) and returns
/// the ones that failed. `scripts/fuzz` drives it through libFuzzer (`coauth-fuzz` built with
/// `-DFUZZING`), and `FuzzCrashReplayTests` replays every input libFuzzer ever saved.
public enum FuzzTarget: String, CaseIterable, Sendable {
  case bibtex
  case markdown
  /// Saved homepages (HTML made Markdown, then read as a list).
  case html
  /// EndNote tagged (Refer).
  case endnote
  case dblp
  /// The DBLP reader streaming through small windows (the first byte sets their size): it must
  /// give exactly what reading the whole text gives.
  case dblpWindows = "dblp-windows"
  case csljson
  case ris
  case csv
  /// Web of Science plain text.
  case wos
  /// PubMed MEDLINE.
  case medline
  /// `CoauthNames.NameParser` on the bytes as one free-text name.
  case names
  /// The BibTeX name-list parser on the bytes as the raw value of an `author` field.
  case bibtexNames = "bibtex-names"
  /// Gzip inflation read through small chunks (the first byte sets their size): it must give
  /// what inflating at once gives, or the same error.
  case gzip

  /// Feeds `bytes` to the harness; returns the invariants the result broke (empty when fine).
  public func run(_ bytes: [UInt8]) -> [String] {
    switch self {
    case .bibtex: return read(bytes, with: BibTeXReader())
    case .markdown: return read(bytes, with: MarkdownListReader())
    case .html: return read(bytes, with: HTMLListReader())
    case .endnote: return read(bytes, with: EndNoteReader())
    case .dblp: return read(bytes, with: Self.dblpReader(.automatic))
    case .dblpWindows: return readInWindows(bytes)
    case .csljson: return read(bytes, with: CSLJSONReader())
    case .ris: return read(bytes, with: RISReader())
    case .csv: return read(bytes, with: CSVReader())
    case .wos: return read(bytes, with: WoSReader())
    case .medline: return read(bytes, with: MEDLINEReader())
    case .names:
      return FuzzInvariants.check(NameParser().parse(String(decoding: bytes, as: UTF8.self)))
    case .bibtexNames:
      var parser = BibTeXNameParser()
      return FuzzInvariants.check(parser.parse(bytes), input: bytes)
    case .gzip:
      return inflateInChunks(bytes)
    }
  }

  /// Reads `bytes` as a file of the reader's format; throwing for an unusable input is fine.
  private func read(_ bytes: [UInt8], with reader: some PublicationReader) -> [String] {
    let label = "fuzz-input"
    var diagnostics: [Diagnostic] = []
    let corpus: Corpus
    do {
      corpus = try reader.read(InputSource(label: label, bytes: bytes)) { diagnostics.append($0) }
    } catch {
      return FuzzInvariants.check(error, label: label, bytes: bytes)
    }
    return FuzzInvariants.check(corpus, diagnostics: diagnostics, label: label, bytes: bytes)
  }

  /// DBLP XML read whole on one thread, and read in windows of 1 to 64 bytes (the first byte's
  /// low six bits): the same records, diagnostics (the encoding warning where the stream meets
  /// it, see `streamOrder`) and errors. When the first byte's high bit
  /// is set, the windows, and the whole text a second time, are read in parts on two threads:
  /// the first part takes a share of the text that the first byte's low four bits give, and
  /// bits four and five give the number of parts (2 to 5).
  private func readInWindows(_ bytes: [UInt8]) -> [String] {
    guard let first = bytes.first else { return [] }
    let chunkSize = 1 + Int(first % 64)
    let splitting =
      first >= 128
      ? DBLPSplitPolicy(
        minimumBytes: 0, firstPartShare: Double(first % 16) / 16,
        partCount: 2 + Int((first >> 4) % 4)) : .oneThread
    let text = Array(bytes.dropFirst())
    var wholeDiagnostics: [Diagnostic] = []
    var windowDiagnostics: [Diagnostic] = []
    let whole = Result { () throws(IngestError) in
      try Self.dblpReader(.oneThread).read(InputSource(label: "fuzz-input", bytes: text)) {
        wholeDiagnostics.append($0)
      }
    }
    let windowed = Result { () throws(IngestError) in
      try Self.dblpReader(splitting).readInWindows(
        text, label: "fuzz-input", chunkSize: chunkSize, diagnostics: { windowDiagnostics.append($0) })
    }
    if splitting != .oneThread {
      var splitDiagnostics: [Diagnostic] = []
      let split = Result { () throws(IngestError) in
        try Self.dblpReader(splitting).read(InputSource(label: "fuzz-input", bytes: text)) {
          splitDiagnostics.append($0)
        }
      }
      switch (whole, split) {
      case (.success(let a), .success(let b)):
        if a.publications != b.publications || a.nameVariantGroups != b.nameVariantGroups
          || a.doisByPublication != b.doisByPublication || wholeDiagnostics != splitDiagnostics
        {
          return ["the whole text read in parts differs from one thread"]
        }
      case (.failure(let a), .failure(let b)):
        if "\(a)" != "\(b)" { return ["parts throw \(b), one thread \(a)"] }
      default:
        return ["parts and one thread disagree on success"]
      }
    }
    switch (whole, windowed) {
    case (.success(let a), .success(let b)):
      var problems: [String] = []
      if a.publications != b.publications { problems.append("windows of \(chunkSize) read other records") }
      if a.nameVariantGroups != b.nameVariantGroups { problems.append("windows of \(chunkSize) read other name variants") }
      if a.doisByPublication != b.doisByPublication { problems.append("windows of \(chunkSize) read other DOIs") }
      if Self.streamOrder(wholeDiagnostics) != Self.streamOrder(windowDiagnostics) {
        problems.append("windows of \(chunkSize) report other diagnostics")
      }
      return problems
    case (.failure(let a), .failure(let b)):
      return "\(a)" == "\(b)" ? [] : ["windows of \(chunkSize) throw \(b), whole text \(a)"]
    default:
      return ["windows of \(chunkSize) and the whole text disagree on success"]
    }
  }

  /// The DBLP reader with `splitting`, reading DOIs (as in runs with other files) so that their
  /// reading is fuzzed too.
  private static func dblpReader(_ splitting: DBLPSplitPolicy) -> DBLPReader {
    var reader = DBLPReader(splitting: splitting)
    reader.readsDOIs = true
    return reader
  }

  /// `diagnostics` in order, with the encoding warnings (`text.invalid-utf8`,
  /// `text.mislabelled-encoding`) apart: the whole text is decoded before it is read, so that
  /// they come first, while a stream meets the byte they name only where it lies, after the
  /// warnings of the records before it, or before them when the other thread checks the next
  /// chunk ahead (found by fuzzing: a damaged record, then an invalid byte after the root; a
  /// damaged record, then UTF-8 in a file declared ISO-8859-1, read on two threads).
  private static func streamOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let encoding: Set<String> = ["text.invalid-utf8", "text.mislabelled-encoding"]
    return diagnostics.filter { !encoding.contains($0.code) }
      + diagnostics.filter { encoding.contains($0.code) }
  }

  /// Gzip data inflated at once and through chunks of 1 to 64 bytes: the same bytes or errors.
  private func inflateInChunks(_ bytes: [UInt8]) -> [String] {
    guard let first = bytes.first else { return [] }
    let chunkSize = 1 + Int(first % 64)
    let data = Array(bytes.dropFirst())
    let whole = Result { () throws(IngestError) in try GzipDecoder.decompress(data, label: "fuzz-input") }
    let chunked = Result { () throws(IngestError) -> [UInt8] in
      let stream = try GzipByteStream(
        ArrayByteStream(data, maximumChunk: chunkSize), label: "fuzz-input", inputChunk: chunkSize)
      var output: [UInt8] = []
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
      defer { buffer.deallocate() }
      while true {
        let count = try stream.read(into: buffer)
        if count == 0 { return output }
        output.append(contentsOf: buffer[..<count])
        // Inflation is bounded: stop where a real file would be suspicious.
        if output.count > 64 << 20 { return output }
      }
    }
    switch (whole, chunked) {
    case (.success(let a), .success(let b)):
      return a == b || b.count > 64 << 20 ? [] : ["chunks of \(chunkSize) inflate to other bytes"]
    case (.failure, .failure):
      return []
    default:
      return ["chunks of \(chunkSize) and the whole data disagree on success"]
    }
  }
}
