/// Whitespace clean-up shared by the structured readers (DBLP, CSL-JSON, RIS, CSV).
enum WhitespaceCollapsing {
  /// `bytes` as a string with runs of ASCII whitespace (space, tab, CR, LF) made one space and
  /// none at either end.
  static func string(_ bytes: some Collection<UInt8>) -> String {
    if isClean(bytes) { return String(decoding: bytes, as: UTF8.self) }
    return String(decoding: collapsed(bytes), as: UTF8.self)
  }

  /// `bytes` with runs of ASCII whitespace made one space and none at either end.
  static func collapsed(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !output.isEmpty
      } else {
        if pendingSpace { output.append(0x20) }
        pendingSpace = false
        output.append(byte)
      }
    }
    return output
  }

  /// True when `bytes` need no change: no tab, CR or LF, no space at either end or beside another.
  static func isClean(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isClean($0) }
  }

  /// True when `bytes` need no change (see `isClean(_:)`): sixteen bytes per step while they
  /// hold no control byte and no two spaces in a row, else eight.
  static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let base = UnsafeRawPointer(bytes.baseAddress) else {
      return true
    }
    if first == 0x20 || bytes[bytes.count - 1] == 0x20 { return false }
    var index = 0
    // Each block is compared with itself one byte on, which needs one byte more.
    while index + 17 <= bytes.count {
      if ByteScanning.isAnySet(suspectLanes(base, at: index)) { break }
      index += 16
    }
    // The rest (from the block that needs a closer look, or the last bytes) eight at a time,
    // from the byte before, whose pair with the next was checked already.
    let from = max(index - 1, 0)
    return isCleanInWords(UnsafeBufferPointer(rebasing: bytes[from...]), base + from)
  }

  /// The lanes of the sixteen bytes at `offset` (with one byte after them readable) that may
  /// make text unclean: control bytes (none of the three high bits set) and spaces followed by
  /// a space. Tab, line feed and CR are control bytes; others are clean, and a closer look
  /// tells them apart.
  @inline(__always)
  private static func suspectLanes(_ base: UnsafeRawPointer, at offset: Int) -> SIMDMask<SIMD16<Int8>> {
    let block = base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
    let next = base.loadUnaligned(fromByteOffset: offset + 1, as: SIMD16<UInt8>.self)
    let space = SIMD16<UInt8>(repeating: 0x20)
    return ((block & SIMD16(repeating: 0xE0)) .== SIMD16(repeating: 0))
      .| ((block .== space) .& (next .== space))
  }

  /// The first offset at or after `start` that holds `stop` or `otherStop`, and whether the
  /// bytes from `start` up to it are clean (`isClean(_:)`); nil when neither occurs. One pass
  /// for what a reader of short fields (names, titles) otherwise scans twice: each block of
  /// sixteen bytes is looked at for the stops and for whitespace to collapse at once. Neither
  /// stop may be white space or a control byte.
  @inline(__always)
  static func firstIndex(
    of stop: UInt8, orOf otherStop: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (index: Int, isClean: Bool)? {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    var index = start
    let stops = SIMD16<UInt8>(repeating: stop)
    let otherStops = SIMD16<UInt8>(repeating: otherStop)
    // Each block is compared with itself one byte on, which needs one byte more.
    while index + 17 <= bytes.count {
      let block = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      let found = (block .== stops) .| (block .== otherStops)
      // A space pair lies wholly before a stop when its first byte does (a stop is not a space).
      let either = found .| suspectLanes(base, at: index)
      guard ByteScanning.isAnySet(either) else {
        index += 16
        continue
      }
      let lane = ByteScanning.firstLane(either)
      let offset = index + lane
      let byte = bytes[offset]
      guard byte == stop || byte == otherStop else {
        // Perhaps unclean before any stop (other control bytes are clean): the stop is found,
        // then the text judged closely.
        guard let found = ByteScanning.firstIndex(of: stop, orOf: otherStop, in: bytes, from: offset)
        else { return nil }
        return (found, isClean(UnsafeBufferPointer(rebasing: bytes[start..<found])))
      }
      return (offset, offset == start || (bytes[start] != 0x20 && bytes[offset - 1] != 0x20))
    }
    guard let found = ByteScanning.firstIndex(of: stop, orOf: otherStop, in: bytes, from: index)
    else { return nil }
    return (found, isClean(UnsafeBufferPointer(rebasing: bytes[start..<found])))
  }

  /// `isClean` eight bytes per step, for `bytes` (at `base`) that neither start nor end with a
  /// space.
  private static func isCleanInWords(_ bytes: UnsafeBufferPointer<UInt8>, _ base: UnsafeRawPointer)
    -> Bool
  {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var previousSpace: UInt64 = 0
    var index = 0
    while index + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // Some byte below 0x0E: look for tab, LF and CR exactly.
      if (word &- ones &* 0x0E) & ~word & highs != 0,
        ByteScanning.matches(word, 0x09) | ByteScanning.matches(word, 0x0A)
          | ByteScanning.matches(word, 0x0D) != 0
      {
        return false
      }
      let spaces = ByteScanning.matches(word, 0x20)
      if spaces & ((spaces << 8) | previousSpace) != 0 { return false }
      previousSpace = spaces >> 56
      index += 8
    }
    var previousWasSpace = previousSpace != 0
    return hasNoRepeatedOrOtherWhitespace(bytes[index...], previousWasSpace: &previousWasSpace)
  }

  /// True when `bytes` need no change (see `isClean(_:)`).
  static func isClean(_ bytes: some Collection<UInt8>) -> Bool {
    var previousWasSpace = true
    return hasNoRepeatedOrOtherWhitespace(bytes, previousWasSpace: &previousWasSpace)
      && (!previousWasSpace || bytes.isEmpty)
  }

  /// Byte by byte: false at a tab, line end or a space after a space (`previousWasSpace` says
  /// whether the byte before `bytes` was one, and is left saying whether the last byte was).
  private static func hasNoRepeatedOrOtherWhitespace(
    _ bytes: some Collection<UInt8>, previousWasSpace: inout Bool
  ) -> Bool {
    for byte in bytes {
      if byte == 0x20 {
        if previousWasSpace { return false }
        previousWasSpace = true
      } else if byte == 0x09 || byte == 0x0A || byte == 0x0D {
        return false
      } else {
        previousWasSpace = false
      }
    }
    return true
  }

  /// `text` with runs of whitespace made one space and none at either end.
  static func string(_ text: String) -> String { string(text.utf8) }
}
