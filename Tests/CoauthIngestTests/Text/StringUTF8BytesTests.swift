import Testing

@testable import CoauthIngest

/// `String(utf8Bytes:)` makes the string `String(decoding:as:)` makes, for short and long text,
/// ASCII or not, valid UTF-8 or not.
@Suite struct StringUTF8BytesTests {
  @Test func matchesDecodingForEveryLength() {
    let samples: [[UInt8]] = [
      Array("Wei Wang".utf8), Array("Jürgen Müller-Lüdenscheidt".utf8), Array("山田 太郎".utf8),
      [0x41, 0xFF, 0x42], [0xC3], [0xE2, 0x82], Array("a".utf8),
    ]
    for sample in samples {
      var bytes: [UInt8] = []
      while bytes.count <= 40 {
        bytes.withUnsafeBufferPointer { buffer in
          let made = String(utf8Bytes: buffer)
          let expected = String(decoding: buffer, as: UTF8.self)
          #expect(made == expected)
          #expect(Array(made.utf8) == Array(expected.utf8), "\(bytes)")
        }
        bytes.append(sample[bytes.count % sample.count])
      }
    }
  }

  @Test func randomBytesMatchDecoding() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      bytes.withUnsafeBufferPointer { buffer in
        #expect(
          Array(String(utf8Bytes: buffer).utf8)
            == Array(String(decoding: buffer, as: UTF8.self).utf8), "\(bytes)")
      }
    }
  }

  @Test func emptyBufferWithoutAddress() {
    #expect(String(utf8Bytes: UnsafeBufferPointer(start: nil, count: 0)) == "")
  }
}
