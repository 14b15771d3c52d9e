import CoauthModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A window onto the text of a `ByteStream`, decoded exactly as `TextDecoder` decodes a whole
/// file (UTF-8 byte order mark dropped, the encoding of an XML declaration or an HTML page's
/// `<meta>` honoured, invalid
/// bytes read as Windows-1252 with one `text.invalid-utf8` warning, CRLF and lone CR made LF), so
/// that a reader can go through an input of any size in memory that does not grow with it.
///
/// `text` is the decoded text from the last `discard` on; `readMore` appends a chunk,
/// `discard` drops what the reader is done with. Bytes that could still change meaning with the
/// next chunk (a UTF-8 sequence cut by the chunk end, a CR that may start CRLF) are held back
/// until that chunk comes. UTF-16 input is rare and small: it is read whole and converted at once.
///
/// Over a mapped file (`init(mapping:label:chunkSize:)`) the text is the file's own bytes, used
/// in place as long as each chunk is plain UTF-8 without CR (plain ASCII when the declared
/// encoding is a single-byte one, such as Windows-1252), as almost every file is: nothing
/// is copied, and the pages the reader has passed are handed back. At the first chunk that needs
/// decoding the window copies the text it holds and goes on as over a stream.
final class DecodedTextWindow {
  /// The path or label shown in diagnostics.
  let label: String
  private var source: any ByteStream
  private let chunkSize: Int
  private var storage: UnsafeMutableRawBufferPointer
  /// `storage[0..<decodedCount]` is decoded text.
  private var decodedCount = 0
  /// `storage[decodedCount..<rawCount]` is raw input held back.
  private var rawCount = 0
  private var sourceEnded = false
  private var started = false
  private var reportedInvalidUTF8 = false
  /// The encoding that the XML declaration or the page's `<meta>` names, known from the start
  /// of the text on; a declared single-byte encoding becomes UTF-8 when the first run of bytes
  /// outside ASCII is UTF-8 (`TextDecoder.nonASCIIRunIsUTF8`), as `TextDecoder` decides for a
  /// whole file: until the window holds enough of that run to tell, it is held back.
  private var encoding = DeclaredEncoding.utf8
  /// Set once a byte outside ASCII was seen: the encoding no longer changes.
  private var encodingSettled = false
  /// The warning for a declared encoding that is not read, until `readChunk` reports it.
  private var encodingWarning: Diagnostic?
  /// Lines dropped by `discard`, to place the encoding warning.
  private var discardedLines = 0
  /// Decoded bytes dropped by `discard`.
  private(set) var discardedBytes = 0
  /// The next raw bytes of the source, read by another thread (`readAhead()`) for the next
  /// `readMore`: `aheadCount` bytes, whether the source ended after them, whether they are plain
  /// UTF-8 without CR, or the error reading them threw.
  private var ahead: UnsafeMutableRawBufferPointer?
  private var aheadCount = 0
  private var aheadReachedEnd = false
  private var aheadIsPlain = false
  private var aheadError: IngestError?
  private var pendingReadAhead: WorkAhead?
  /// Set when the raw bytes just appended are known to be plain UTF-8 (checked ahead).
  private var appendedPlainText = false
  /// The mapped file while its text is read in place; nil over a stream, and from the first
  /// chunk that needs decoding on (`source` then reads the rest of the mapping).
  private var mapping: MappedFile?
  /// In place, the text is `mapping.bytes[mappedStart..<mappedEnd]`.
  private var mappedStart = 0
  private var mappedEnd = 0
  /// Set by the thread that checked ahead that `mapping.bytes[mappedEnd..<end]` is plain.
  private var aheadPlainEnd: Int?

  /// A window over `source`, reading `chunkSize` bytes at a time.
  init(source: any ByteStream, label: String, chunkSize: Int = 1 << 20) {
    self.source = source
    self.label = label
    self.chunkSize = max(1, chunkSize)
    storage = .allocate(byteCount: max(64, 2 * self.chunkSize), alignment: 16)
  }

  /// A window over the text of `mapping`, used in place while it is plain UTF-8 without CR.
  convenience init(mapping: MappedFile, label: String, chunkSize: Int = 1 << 20) {
    self.init(source: MappedFileStream(mapping), label: label, chunkSize: chunkSize)
    let bytes = mapping.bytes
    // UTF-16 is converted whole, as over a stream.
    guard TextDecoder.utf16Endianness(Array(bytes.prefix(4))) == nil else { return }
    self.mapping = mapping
    started = true
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      mappedStart = 3
      mappedEnd = 3
    } else {
      useDeclaredEncoding(DeclaredEncoding(declaredAtStartOf: bytes, isComplete: true) ?? .utf8)
    }
  }

  deinit {
    storage.deallocate()
    ahead?.deallocate()
  }

  /// The decoded text in the window; valid until the next `readMore` or `discard`.
  var text: UnsafeBufferPointer<UInt8> {
    if let mapping { return UnsafeBufferPointer(rebasing: mapping.bytes[mappedStart..<mappedEnd]) }
    return UnsafeBufferPointer(
      start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self), count: decodedCount)
  }

  /// True when the whole input has been decoded into the window: no `readMore` can add text.
  var isComplete: Bool {
    if let mapping { return mappedEnd == mapping.bytes.count }
    return sourceEnded && decodedCount == rawCount
  }

  /// Drops the first `count` decoded bytes, which hold `lines` line ends.
  func discard(_ count: Int, lines: Int) {
    if let mapping {
      precondition(count <= mappedEnd - mappedStart)
      mappedStart += count
      discardedBytes += count
      discardedLines += lines
      mapping.release(below: mappedStart)
      return
    }
    precondition(count <= decodedCount)
    guard count > 0 else { return }
    memmove(storage.baseAddress!, storage.baseAddress! + count, rawCount - count)
    decodedCount -= count
    rawCount -= count
    discardedBytes += count
    discardedLines += lines
  }

  /// Reads until the window holds more decoded text than before, or the input is complete.
  func readMore(diagnostics: DiagnosticHandler) throws(IngestError) {
    let before = text.count
    while text.count == before && !isComplete { try readChunk(diagnostics: diagnostics) }
  }

  /// Reads the rest of the input into the window.
  func readAll(diagnostics: DiagnosticHandler) throws(IngestError) {
    while !isComplete { try readChunk(diagnostics: diagnostics) }
  }

  // MARK: - Decoding

  /// Reading of the next chunk that another thread may do while this window's text is still in
  /// use (it touches neither `text` nor the storage behind it); nil when there is nothing to
  /// read ahead. The next `readMore` or `readAll` waits for it or, when it has not started,
  /// reads itself.
  func readAhead() -> WorkAhead? {
    if let mapping {
      guard mappedEnd < mapping.bytes.count, pendingReadAhead == nil, aheadPlainEnd == nil
      else { return nil }
      // Checked there, the chunk's pages are also read from disk there.
      let chunk = nextMappedChunk()
      // Chosen here: `decode` may change the encoding while the other thread checks.
      let isPlain = plainCheck
      let task = WorkAhead { [self] in
        if isPlain(UnsafeBufferPointer(rebasing: mapping.bytes[chunk])) {
          aheadPlainEnd = chunk.upperBound
        }
      }
      pendingReadAhead = task
      return task
    }
    guard started, !sourceEnded, pendingReadAhead == nil, aheadCount == 0, !aheadReachedEnd,
      aheadError == nil
    else { return nil }
    let isPlain = plainCheck
    let task = WorkAhead { [self] in fillAhead(checkingWith: isPlain) }
    pendingReadAhead = task
    return task
  }

  /// Reads a chunk of the source into `ahead` and checks it with `isPlain` (on the thread of a
  /// `WorkAhead`).
  private func fillAhead(checkingWith isPlain: (UnsafeBufferPointer<UInt8>) -> Bool) {
    let buffer = ahead ?? .allocate(byteCount: chunkSize, alignment: 16)
    ahead = buffer
    var count = 0
    do {
      while count < buffer.count {
        let read = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
        if read == 0 {
          aheadReachedEnd = true
          break
        }
        count += read
      }
    } catch {
      aheadError = error
    }
    aheadCount = count
    aheadIsPlain =
      count > 0
      && isPlain(
        UnsafeBufferPointer(
          start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
  }

  private func readChunk(diagnostics: DiagnosticHandler) throws(IngestError) {
    if let task = pendingReadAhead {
      pendingReadAhead = nil
      task.settle()
    }
    if let warning = encodingWarning {
      encodingWarning = nil
      diagnostics(warning)
    }
    if mapping != nil, extendInPlace() { return }
    if !sourceEnded { try readFromSource() }
    if !started {
      guard sourceEnded || rawCount >= 4 else { return }
      if rawCount >= 3, bytes(0..<3).elementsEqual([0xEF, 0xBB, 0xBF]) {
        started = true
        memmove(storage.baseAddress!, storage.baseAddress! + 3, rawCount - 3)
        rawCount -= 3
      } else if try startUTF16(diagnostics: diagnostics) {
        started = true
        return
      } else {
        // The whole declaration first; a byte order mark outranks it.
        guard
          let declared = DeclaredEncoding(
            declaredAtStartOf: bytes(0..<rawCount), isComplete: sourceEnded)
        else { return }
        started = true
        useDeclaredEncoding(declared)
        if let warning = encodingWarning {
          encodingWarning = nil
          diagnostics(warning)
        }
      }
    }
    decode(upTo: sourceEnded ? rawCount : safeEnd(), diagnostics: diagnostics)
  }

  /// The next chunk of the mapped file after the text: `chunkSize` bytes, ending where a UTF-8
  /// sequence starts (so that a chunk never cuts one).
  private func nextMappedChunk() -> Range<Int> {
    let bytes = mapping!.bytes
    var end = min(bytes.count, mappedEnd + chunkSize)
    while end < bytes.count, end > mappedEnd, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    if end == mappedEnd {
      end = min(bytes.count, mappedEnd + chunkSize)
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    }
    return mappedEnd..<end
  }

  /// Extends the text in place by the next chunk of the mapped file when that is plain UTF-8
  /// without CR (checked ahead, or now): true. Otherwise copies the text into `storage`, leaves
  /// the mapping to `source` (which reads on from the chunk) and returns false.
  private func extendInPlace() -> Bool {
    guard let mapping else { return false }
    let chunk = nextMappedChunk()
    let checkedAhead = aheadPlainEnd == chunk.upperBound
    aheadPlainEnd = nil
    if checkedAhead || isPlain(UnsafeBufferPointer(rebasing: mapping.bytes[chunk])) {
      mappedEnd = chunk.upperBound
      return true
    }
    let kept = mappedEnd - mappedStart
    reserve(kept)
    if kept > 0 {
      storage.baseAddress!.copyMemory(
        from: mapping.bytes.baseAddress! + mappedStart, byteCount: kept)
    }
    decodedCount = kept
    rawCount = kept
    source = MappedFileStream(mapping, from: mappedEnd)
    self.mapping = nil
    return false
  }

  /// Appends the source's next bytes (at least a chunk's room) to the raw bytes: those read
  /// ahead, if any.
  private func readFromSource() throws(IngestError) {
    if aheadCount > 0 || aheadReachedEnd {
      let count = aheadCount
      reserve(count)
      if count > 0 {
        (storage.baseAddress! + rawCount).copyMemory(from: ahead!.baseAddress!, byteCount: count)
      }
      // Checked ahead, the bytes decode to themselves when nothing was held back before them.
      appendedPlainText = aheadIsPlain && decodedCount == rawCount
      rawCount += count
      sourceEnded = aheadReachedEnd
      aheadCount = 0
      aheadReachedEnd = false
      return
    }
    // What was read ahead before the source failed came first; now the failure.
    if let error = aheadError {
      aheadError = nil
      throw error
    }
    reserve(chunkSize)
    let count = try source.read(
      into: UnsafeMutableRawBufferPointer(
        start: storage.baseAddress! + rawCount, count: storage.count - rawCount))
    if count == 0 { sourceEnded = true }
    rawCount += count
  }

  /// Converts UTF-16 input whole; false when the input is not UTF-16.
  private func startUTF16(diagnostics: DiagnosticHandler) throws(IngestError) -> Bool {
    guard TextDecoder.utf16Endianness(Array(bytes(0..<min(4, rawCount)))) != nil else {
      return false
    }
    while !sourceEnded { try readFromSource() }
    let decoded = TextDecoder.decode(
      InputSource(label: label, bytes: Array(bytes(0..<rawCount))), diagnostics: diagnostics)
    replaceRaw(from: 0, to: rawCount, with: decoded)
    return true
  }

  /// The end of the raw bytes that can be decoded now: before a UTF-8 sequence that the chunk
  /// end cut, and before a final CR (its LF may come next).
  private func safeEnd() -> Int {
    let raw = bytes(0..<rawCount)
    var end = rawCount
    if end > decodedCount, raw[end - 1] == 0x0D { end -= 1 }
    var lead = end
    while lead > max(decodedCount, end - 4) {
      lead -= 1
      let byte = raw[lead]
      guard byte & 0xC0 == 0x80 else {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        if lead + length > end { end = lead }
        break
      }
    }
    return end
  }

  /// Decodes the raw bytes `decodedCount..<end`.
  private func decode(upTo end: Int, diagnostics: DiagnosticHandler) {
    let start = decodedCount
    guard end > start else { return }
    let range = bytes(start..<end)
    // Most text is plain UTF-8 with LF line ends: one pass tells (made ahead, or here).
    let plain = appendedPlainText && end == rawCount
    appendedPlainText = false
    if plain || isPlain(range) {
      decodedCount = end
      return
    }
    if encoding.singleByteEncoding != nil, !encodingSettled,
      let nonASCII = range.firstIndex(where: { $0 >= 0x80 })
    {
      // The next chunk may tell; the whole range waits for it, undecoded.
      guard
        let writtenInUTF8 = TextDecoder.nonASCIIRunIsUTF8(
          range, from: nonASCII, isComplete: sourceEnded)
      else { return }
      encodingSettled = true
      if writtenInUTF8 {
        diagnostics(
          encoding.mislabelledWarning(
            at: SourceLocation(path: label, line: line(at: nonASCII, of: range, from: start))))
        encoding = .utf8
      }
    }
    if let singleByte = encoding.singleByteEncoding {
      replaceRaw(
        from: start, to: end, with: TextDecoder.normalizeLineEnds(singleByte.utf8(of: range)))
      return
    }
    let invalid = TextDecoder.firstInvalidUTF8(range, from: 0)
    let hasCR = ByteScanning.firstIndex(of: 0x0D, in: range, from: 0) != nil
    guard invalid != nil || hasCR else {
      decodedCount = end
      return
    }
    var repaired = Array(range)
    if let invalid {
      if !reportedInvalidUTF8 {
        reportedInvalidUTF8 = true
        let line = line(at: invalid, of: range, from: start)
        diagnostics(
          Diagnostic(
            .warning, "text.invalid-utf8",
            "expected utf-8 text, found byte 0x\(String(range[invalid], radix: 16)); "
              + "reading the invalid bytes of this file as windows-1252",
            at: SourceLocation(path: label, line: line)))
      }
      repaired = TextDecoder.repairUTF8(range, from: 0)
    }
    replaceRaw(from: start, to: end, with: TextDecoder.normalizeLineEnds(repaired))
  }

  /// The line of the file at `offset` of the raw bytes `range`, which start at raw offset
  /// `start` of the window (decoded text before them, raw line ends in them).
  private func line(at offset: Int, of range: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    1 + discardedLines + ByteScanning.count(of: 0x0A, in: bytes(0..<start), 0..<start)
      + TextDecoder.lineEnds(in: range, upTo: offset)
  }

  /// Reads the text as `declared` says, and keeps the warning when it is an encoding that is not
  /// read.
  private func useDeclaredEncoding(_ declared: DeclaredEncoding) {
    encoding = declared
    encodingWarning = declared.unsupportedWarning(at: SourceLocation(path: label, line: 1))
  }

  /// True when `bytes` decode to themselves: plain UTF-8 without CR, or plain ASCII without CR
  /// when the declared encoding is a single-byte one.
  private func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { plainCheck(bytes) }

  /// `isPlain` for the current encoding, as a function another thread can run.
  private var plainCheck: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool {
    encoding.singleByteEncoding != nil ? TextDecoder.isPlainASCII : TextDecoder.isPlainUTF8
  }

  /// Puts `decoded` in place of the raw bytes `start..<end`, keeping the raw bytes after them.
  private func replaceRaw(from start: Int, to end: Int, with decoded: [UInt8]) {
    let held = rawCount - end
    reserve(start + decoded.count + held - rawCount)
    let base = storage.baseAddress!
    memmove(base + start + decoded.count, base + end, held)
    decoded.withUnsafeBytes { source in
      if let from = source.baseAddress {
        (base + start).copyMemory(from: from, byteCount: source.count)
      }
    }
    decodedCount = start + decoded.count
    rawCount = decodedCount + held
  }

  /// Makes room for `extra` more bytes after `rawCount`.
  private func reserve(_ extra: Int) {
    guard rawCount + extra > storage.count else { return }
    let grown = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(2 * storage.count, rawCount + extra), alignment: 16)
    grown.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: rawCount)
    storage.deallocate()
    storage = grown
  }

  private func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(
      start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + range.lowerBound,
      count: range.count)
  }
}
