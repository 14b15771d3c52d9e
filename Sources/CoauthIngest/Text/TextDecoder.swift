import CoauthModel

/// Turns the bytes of a text file into clean UTF-8 with `\n` line ends, whatever the file's
/// encoding: a UTF-8 byte order mark is dropped, UTF-16 (with a byte order mark, or
/// recognisable from its zero bytes) is converted, text whose XML declaration (or, in an HTML
/// page, `<meta>` charset) names a single-byte encoding coauth reads (ISO-8859-1 and
/// Windows-1252, ISO-8859-2, Windows-1250, ISO-8859-15, Windows-1251) is converted from it
/// (`DeclaredEncoding`, `SingleByteEncoding`), other bytes that are not valid UTF-8 are read as Windows-1252 (a
/// superset of the printable Latin-1) and CRLF or lone CR line ends become LF.
public enum TextDecoder {
  /// The decoded UTF-8 bytes of `input`.
  ///
  /// Reports one `text.invalid-utf8` warning per input that needed the Windows-1252 fallback,
  /// at the first line where it was needed, and `text.unsupported-encoding` at line 1 when the
  /// XML declaration or an HTML page's `<meta>` names an encoding that is not read. Clean UTF-8
  /// with LF line ends is returned as is.
  ///
  /// - Complexity: O(n).
  public static func decode(_ input: InputSource, diagnostics: DiagnosticHandler) -> [UInt8] {
    if input.isDecoded { return input.bytes }
    let bytes = input.bytes
    if let endianness = utf16Endianness(bytes) {
      return normalizeLineEnds(utf16ToUTF8(bytes, endianness: endianness))
    }
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    // A byte order mark outranks a declaration.
    let declared =
      start == 0
      ? bytes.withUnsafeBufferPointer {
        DeclaredEncoding(declaredAtStartOf: $0, isComplete: true) ?? .utf8
      }
      : .utf8
    if let encoding = declared.singleByteEncoding {
      if let utf8At = bytes.withUnsafeBufferPointer({ firstNonASCIIStartsUTF8($0) }) {
        // Mislabelled: the declaration was copied, the text written as UTF-8.
        let line = 1 + bytes.withUnsafeBufferPointer { lineEnds(in: $0, upTo: utf8At) }
        diagnostics(declared.mislabelledWarning(at: input.location(line: line)))
      } else {
        return normalizeLineEnds(bytes.withUnsafeBufferPointer { encoding.utf8(of: $0) })
      }
    }
    if let warning = declared.unsupportedWarning(at: input.location(line: 1)) {
      diagnostics(warning)
    }
    let repaired: [UInt8]
    switch firstInvalidUTF8(bytes, from: start) {
    case nil:
      if start == 0 && !ByteScanning.contains(0x0D, in: bytes) { return bytes }
      repaired = Array(bytes[start...])
    case let invalidAt?:
      let line = 1 + bytes.withUnsafeBufferPointer { lineEnds(in: $0, upTo: invalidAt) }
      diagnostics(
        Diagnostic(
          .warning, "text.invalid-utf8",
          "expected utf-8 text, found byte 0x\(String(bytes[invalidAt], radix: 16)); "
            + "reading the invalid bytes of this file as windows-1252",
          at: input.location(line: line)))
      repaired = repairUTF8(bytes, from: start)
    }
    return normalizeLineEnds(repaired)
  }

  // MARK: - Helpers

  /// The line ends (LF, CRLF or a lone CR, each one) in `bytes[..<end]`.
  static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int {
    var count = 0
    for index in 0..<end {
      let byte = bytes[index]
      if byte == 0x0A {
        if index == 0 || bytes[index - 1] != 0x0D { count += 1 }
      } else if byte == 0x0D {
        count += 1
      }
    }
    return count
  }

  enum Endianness { case little, big }

  /// UTF-16 from a byte order mark, or from zero high bytes in the first two code units.
  static func utf16Endianness(_ bytes: [UInt8]) -> Endianness? {
    guard bytes.count >= 2 else { return nil }
    if bytes[0] == 0xFF && bytes[1] == 0xFE { return .little }
    if bytes[0] == 0xFE && bytes[1] == 0xFF { return .big }
    guard bytes.count >= 4 else { return nil }
    if bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0 { return .little }
    if bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0 { return .big }
    return nil
  }

  private static func utf16ToUTF8(_ bytes: [UInt8], endianness: Endianness) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 0
    while index + 1 < bytes.count {
      let (low, high) =
        endianness == .little ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    if units.first == 0xFEFF { units.removeFirst() }
    var output: [UInt8] = []
    output.reserveCapacity(units.count)
    // Unpaired surrogates decode to U+FFFD.
    _ = transcode(
      units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false
    ) { output.append($0) }
    return output
  }

  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
  private static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0, from: start) }
  }

  /// The offset of the first byte of `buffer` at or after `start` that does not start or
  /// continue a valid UTF-8 sequence (a sequence cut by the end of `buffer` is invalid).
  static func firstInvalidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    firstStop(buffer, from: start, atCarriageReturn: false)
  }

  /// How many bytes of the first run outside ASCII tell whether a text declared in a
  /// single-byte encoding was written in UTF-8.
  static let utf8EvidenceLength = 16

  /// The offset of the first byte of `buffer` outside ASCII when the run of bytes outside ASCII
  /// that it starts is valid UTF-8 over its first `utf8EvidenceLength` bytes ("ü" as C3 BC);
  /// nil when it is not, or `buffer` is ASCII. Text declared in a single-byte encoding whose
  /// first such run is UTF-8 was written as UTF-8: Latin-1 text almost never spells a valid
  /// sequence ("Ã¼"), and Cyrillic in Windows-1251, whose capitals before "і" or "ё" do ("Мі"
  /// is CC B3), not for a whole word.
  static func firstNonASCIIStartsUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let index = buffer.firstIndex(where: { $0 >= 0x80 }) else { return nil }
    return nonASCIIRunIsUTF8(buffer, from: index, isComplete: true) == true ? index : nil
  }

  /// Whether the run of bytes outside ASCII at `start` of `buffer` is valid UTF-8 over its first
  /// `utf8EvidenceLength` bytes (a sequence that starts among them read whole); nil when the
  /// bytes that tell may come after the end of `buffer` (`isComplete` false). Windows of any
  /// size give the answer of the whole text, or nil.
  static func nonASCIIRunIsUTF8(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, isComplete: Bool
  ) -> Bool? {
    let evidenceEnd = start + utf8EvidenceLength
    var index = start
    while index < evidenceEnd, index < buffer.count, buffer[index] >= 0x80 {
      let lead = buffer[index]
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      if index + length > buffer.count, !isComplete { return nil }
      let valid = validSequenceLength(buffer, at: index)
      if valid == 0 { return false }
      index += valid
    }
    if index == buffer.count, index < evidenceEnd, !isComplete { return nil }
    return true
  }

  /// True when `buffer` is ASCII without a CR: single-byte text that decodes to itself.
  static func isPlainASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    firstStop(buffer, from: 0, atCarriageReturn: true, atNonASCII: true) == nil
  }

  /// True when `buffer` is valid UTF-8 (no sequence cut by its end) without a CR: text that
  /// decodes to itself. One pass, where checking validity and looking for CR apart would read
  /// the text twice.
  static func isPlainUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    firstStop(buffer, from: 0, atCarriageReturn: true) == nil
  }

  /// The offset of the first byte at or after `start` that is not part of a valid UTF-8
  /// sequence (with `atNonASCII`, that is not ASCII), or (with `atCarriageReturn`) is a CR;
  /// sixteen bytes per step over plain ASCII.
  @inline(__always)
  private static func firstStop(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, atCarriageReturn: Bool,
    atNonASCII: Bool = false
  ) -> Int? {
    guard let base = UnsafeRawPointer(buffer.baseAddress) else { return nil }
    let high = SIMD16<UInt8>(repeating: 0x80)
    let carriageReturn = SIMD16<UInt8>(repeating: atCarriageReturn ? 0x0D : 0x80)
    var index = start
    while index < buffer.count {
      // Sixty-four bytes per step while they hold neither: four blocks tested at once.
      if index + 64 <= buffer.count {
        let first = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let second = base.loadUnaligned(fromByteOffset: index + 16, as: SIMD16<UInt8>.self)
        let third = base.loadUnaligned(fromByteOffset: index + 32, as: SIMD16<UInt8>.self)
        let fourth = base.loadUnaligned(fromByteOffset: index + 48, as: SIMD16<UInt8>.self)
        let stops =
          ((first | second | third | fourth) .>= high) .| (first .== carriageReturn)
          .| (second .== carriageReturn) .| (third .== carriageReturn)
          .| (fourth .== carriageReturn)
        if !ByteScanning.isAnySet(stops) {
          index += 64
          continue
        }
      }
      if index + 16 <= buffer.count {
        let block = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        if !ByteScanning.isAnySet((block .>= high) .| (block .== carriageReturn)) {
          index += 16
          continue
        }
      }
      let byte = buffer[index]
      if byte < 0x80 {
        if atCarriageReturn, byte == 0x0D { return index }
        index += 1
        continue
      }
      if atNonASCII { return index }
      let length = validSequenceLength(buffer, at: index)
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid
  /// (overlong forms, surrogates and values above U+10FFFF are invalid).
  static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Int
  {
    let lead = bytes[index]
    let length: Int
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowerBound = 0xA0
    case 0xED:
      length = 3
      upperBound = 0x9F
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xF0:
      length = 4
      lowerBound = 0x90
    case 0xF4:
      length = 4
      upperBound = 0x8F
    case 0xF1...0xF3: length = 4
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let second = bytes[index + 1]
    guard second >= lowerBound && second <= upperBound else { return 0 }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
    return length
  }

  /// Keeps valid UTF-8 sequences and reads every other byte as Windows-1252.
  private static func repairUTF8(_ bytes: [UInt8], from start: Int) -> [UInt8] {
    bytes.withUnsafeBufferPointer { repairUTF8($0, from: start) }
  }

  /// `buffer` from `start` on with valid UTF-8 sequences kept and every other byte read as
  /// Windows-1252.
  static func repairUTF8(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(buffer.count + buffer.count / 8)
    do {
      var index = start
      while index < buffer.count {
        let byte = buffer[index]
        if byte < 0x80 {
          output.append(byte)
          index += 1
          continue
        }
        let length = validSequenceLength(buffer, at: index)
        if length > 0 {
          output.append(contentsOf: buffer[index..<index + length])
          index += length
        } else {
          UTF8.encode(SingleByteEncoding.windows1252.scalar(of: byte)) { output.append($0) }
          index += 1
        }
      }
    }
    return output
  }

  /// Replaces CRLF and lone CR by LF.
  static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
    guard ByteScanning.contains(0x0D, in: bytes) else { return bytes }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D {
        output.append(0x0A)
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
      } else {
        output.append(byte)
      }
      index += 1
    }
    return output
  }
}
