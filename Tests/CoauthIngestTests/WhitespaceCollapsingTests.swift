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
}
