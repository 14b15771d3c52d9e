import Testing

@testable import CoauthIngest

/// `TextDecoder.isPlainUTF8` and `isPlainASCII` find a stop (a byte outside ASCII that is not
/// valid UTF-8, a CR) wherever it lies: in the 64-byte steps, the 16-byte steps or the bytes
/// after them, against a byte-by-byte reference.
@Suite struct PlainUTF8ScanTests {
  @Test func stopsAreFoundAtEveryOffset() {
    for length in [0, 1, 15, 16, 17, 63, 64, 65, 127, 128, 129, 200] {
      let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
      plain.withUnsafeBufferPointer { buffer in
        #expect(TextDecoder.isPlainUTF8(buffer))
        #expect(TextDecoder.isPlainASCII(buffer))
      }
      for offset in 0..<length {
        for stop: [UInt8] in [[0x0D], [0xFF], [0xC3, 0xA9]] where offset + stop.count <= length {
          var bytes = plain
          bytes.replaceSubrange(offset..<(offset + stop.count), with: stop)
          let isValidUTF8 = stop != [0xFF]
          let hasCR = stop == [0x0D]
          bytes.withUnsafeBufferPointer { buffer in
            #expect(
              TextDecoder.isPlainUTF8(buffer) == (isValidUTF8 && !hasCR), "\(length) \(offset)")
            #expect(!TextDecoder.isPlainASCII(buffer), "\(length) \(offset)")
          }
        }
      }
    }
  }
}
