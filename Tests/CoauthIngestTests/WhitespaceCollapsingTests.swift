import Testing

@testable import CoauthIngest

/// The word-at-a-time whitespace check agrees with collapsing: text is clean exactly when
/// collapsing leaves it unchanged.
@Suite struct WhitespaceCollapsingTests {
  @Test func cleanExactlyWhenCollapsingChangesNothing() {
    let alphabet: [UInt8] = [0x20, 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0E, 0x61, 0x62, 0xC3, 0xA9]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...40, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      let expected = WhitespaceCollapsing.collapsed(bytes) == bytes
      let clean = bytes.withUnsafeBufferPointer { WhitespaceCollapsing.isClean($0) }
      #expect(clean == expected, "\(bytes)")
    }
  }

  /// Long text with rare whitespace, so that the sixteen-byte blocks are skipped or looked at
  /// closely at every position.
  @Test func longMostlyCleanTextIsJudgedLikeCollapsing() {
    let rare: [UInt8] = [0x20, 0x20, 0x09, 0x0A, 0x0D, 0x01]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...100, using: &generator)
      var bytes = (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
      for _ in 0..<Int.random(in: 0...3, using: &generator) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = rare.randomElement(using: &generator)!
      }
      if Bool.random(using: &generator), bytes.count > 2 {
        let at = Int.random(in: 1..<(bytes.count - 1), using: &generator)
        bytes[at] = 0x20
        bytes[at + 1] = 0x20
      }
      let expected = WhitespaceCollapsing.collapsed(bytes) == bytes
      let clean = bytes.withUnsafeBufferPointer { WhitespaceCollapsing.isClean($0) }
      #expect(clean == expected, "\(bytes)")
    }
  }

  @Test func firstIndexMatchesByteByByte() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
        Int.random(in: 0..<30, using: &generator) == 0
          ? [0x3C, 0x26].randomElement(using: &generator)! : UInt8(0x61)
      }
      let start = Int.random(in: 0...bytes.count, using: &generator)
      let expectedOne = bytes[start...].firstIndex(of: 0x3C)
      let expectedTwo = bytes[start...].firstIndex { $0 == 0x3C || $0 == 0x26 }
      bytes.withUnsafeBufferPointer { buffer in
        #expect(ByteScanning.firstIndex(of: 0x3C, in: buffer, from: start) == expectedOne)
        #expect(ByteScanning.firstIndex(of: 0x3C, orOf: 0x26, in: buffer, from: start) == expectedTwo)
      }
    }
  }

  /// Long ranges: the sixteen-byte counts are added up every 255 blocks.
  @Test func countsOfLongRangesMatchByteByByte() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let bytes = (0..<Int.random(in: 0...9_000, using: &generator)).map { _ in
        Bool.random(using: &generator) ? UInt8(0x0A) : 0x61
      }
      let counted = bytes.withUnsafeBufferPointer { ByteScanning.count(of: 0x0A, in: $0, 0..<bytes.count) }
      #expect(counted == bytes.filter { $0 == 0x0A }.count)
    }
  }

  @Test func countsMatchByteByByte() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0...100, using: &generator)).map { _ in
        [0x0A, 0x61, 0x0D].randomElement(using: &generator)! as UInt8
      }
      let lower = Int.random(in: 0...bytes.count, using: &generator)
      let upper = Int.random(in: lower...bytes.count, using: &generator)
      let counted = bytes.withUnsafeBufferPointer { ByteScanning.count(of: 0x0A, in: $0, lower..<upper) }
      #expect(counted == bytes[lower..<upper].filter { $0 == 0x0A }.count)
    }
  }

  /// The one-pass search for a field's end says what the stop search and `isClean` say apart,
  /// at every alignment, with stops, whitespace and controls before and after the end.
  @Test func stopSearchJudgesTheTextBeforeTheStopLikeIsClean() {
    let alphabet: [UInt8] = [0x20, 0x20, 0x09, 0x0A, 0x0D, 0x01, 0x3C, 0x26, 0xC3, 0xA9]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...70, using: &generator)
      var bytes = (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
      for _ in 0..<Int.random(in: 0...4, using: &generator) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] =
          alphabet.randomElement(using: &generator)!
      }
      let start = Int.random(in: 0...bytes.count, using: &generator)
      bytes.withUnsafeBufferPointer { buffer in
        let expectedStop = ByteScanning.firstIndex(of: 0x3C, orOf: 0x26, in: buffer, from: start)
        let found = WhitespaceCollapsing.firstIndex(of: 0x3C, orOf: 0x26, in: buffer, from: start)
        #expect(found?.index == expectedStop, "\(bytes) from \(start)")
        if let expectedStop, let found {
          let clean = WhitespaceCollapsing.isClean(Array(bytes[start..<expectedStop]))
          #expect(found.isClean == clean, "\(bytes) from \(start)")
        }
      }
    }
  }
}
