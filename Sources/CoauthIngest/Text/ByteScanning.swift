/// Word-at-a-time helpers for scanning text eight bytes per step.
enum ByteScanning {
  private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// A word whose bytes have their high bit set exactly where `word` holds `byte`.
  @inline(__always)
  static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let value = word ^ (ones &* UInt64(byte))
    let folded = (value & low7) &+ low7
    return ~(folded | value | low7)
  }

  /// How many times `byte` occurs in `bytes[range]`.
  static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Int
  {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
    var count = 0
    var index = range.lowerBound
    let wanted = SIMD16<UInt8>(repeating: byte)
    // Matching lanes are 0xFF as bytes: subtracting them counts each match once per lane. A
    // lane holds at most 255, so the lanes are added up every 255 blocks.
    var lanes = SIMD16<UInt8>(repeating: 0)
    var blocks = 0
    while index + 16 <= range.upperBound {
      let block = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      lanes &-= unsafeBitCast(block .== wanted, to: SIMD16<UInt8>.self)
      index += 16
      blocks += 1
      if blocks == 255 {
        count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        lanes = SIMD16<UInt8>(repeating: 0)
        blocks = 0
      }
    }
    count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    while index + 8 <= range.upperBound {
      let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      count += matches(word, byte).nonzeroBitCount
      index += 8
    }
    while index < range.upperBound {
      if bytes[index] == byte { count += 1 }
      index += 1
    }
    return count
  }

  /// True when `bytes` contains `byte`.
  static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = UnsafeRawPointer(buffer.baseAddress) else { return false }
      var index = 0
      while index + 8 <= buffer.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if matches(word, byte) != 0 { return true }
        index += 8
      }
      while index < buffer.count {
        if buffer[index] == byte { return true }
        index += 1
      }
      return false
    }
  }
}

extension ByteScanning {
  /// True when some lane of `mask` is set: two words tested, where the standard library's
  /// `any` is not always inlined and then costs a call and a loop over the lanes.
  @inline(__always)
  static func isAnySet(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
    let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    return halves[0] | halves[1] != 0
  }

  /// The first lane of `mask` that is set (one must be).
  @inline(__always)
  static func firstLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
    let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    let low = halves[0]
    return low != 0 ? low.trailingZeroBitCount / 8 : 8 + halves[1].trailingZeroBitCount / 8
  }

  /// The first offset at or after `start` that holds `byte`, sixteen bytes per step.
  @inline(__always)
  static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    var index = start
    if index + 16 <= bytes.count {
      let wanted = SIMD16<UInt8>(repeating: byte)
      repeat {
        let block = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let found = block .== wanted
        if isAnySet(found) { return index + firstLane(found) }
        index += 16
      } while index + 16 <= bytes.count
    }
    while index + 8 <= bytes.count {
      let found = matches(base.loadUnaligned(fromByteOffset: index, as: UInt64.self), byte)
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The first offset at or after `start` that holds `byte` or `other`, sixteen bytes per step.
  @inline(__always)
  static func firstIndex(
    of byte: UInt8, orOf other: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    var index = start
    if index + 16 <= bytes.count {
      let wanted = SIMD16<UInt8>(repeating: byte)
      let otherWanted = SIMD16<UInt8>(repeating: other)
      repeat {
        let block = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        let found = (block .== wanted) .| (block .== otherWanted)
        if isAnySet(found) { return index + firstLane(found) }
        index += 16
      } while index + 16 <= bytes.count
    }
    while index + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let found = matches(word, byte) | matches(word, other)
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] == byte || bytes[index] == other { return index }
      index += 1
    }
    return nil
  }
}
