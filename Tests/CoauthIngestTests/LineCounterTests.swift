import Testing

@testable import CoauthIngest

/// Line numbers from `LineCounter` match counting line ends byte by byte, for targets that move
/// forward by short and long steps (eight bytes at a time, or sixteen) and back.
@Suite struct LineCounterTests {
  @Test func linesMatchCountingByteByByte() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in
        Int.random(in: 0..<5, using: &generator) == 0 ? UInt8(0x0A) : 0x61
      }
      var counter = LineCounter()
      var target = 0
      bytes.withUnsafeBufferPointer { text in
        for _ in 0..<30 {
          target = Bool.random(using: &generator)
            ? min(bytes.count, target + Int.random(in: 0...100, using: &generator))
            : Int.random(in: 0...bytes.count, using: &generator)
          let expected = 1 + bytes[..<target].filter { $0 == 0x0A }.count
          #expect(counter.line(at: target, in: text) == expected, "\(target) of \(bytes.count)")
        }
      }
    }
  }
}
