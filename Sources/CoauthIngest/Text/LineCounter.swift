/// Turns byte offsets into 1-based line numbers, counting only the text between the previous
/// offset asked for and the new one: linear overall when offsets mostly grow, as in a parser.
package struct LineCounter: Sendable {
  private var offset = 0
  private var line = 1

  package init() {}

  /// A counter that knows `offset` to be on line `line`.
  package init(offset: Int, line: Int) {
    self.offset = offset
    self.line = line
  }

  /// The line of `target` in `text`.
  package mutating func line(at target: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    if target < offset {
      line -= ByteScanning.count(of: 0x0A, in: text, target..<offset)
    } else if target - offset < 64, let base = UnsafeRawPointer(text.baseAddress) {
      // Short steps (from one tag to the next): eight bytes per step, no setup.
      var index = offset
      while index + 8 <= target {
        line += ByteScanning.matches(base.loadUnaligned(fromByteOffset: index, as: UInt64.self), 0x0A)
          .nonzeroBitCount
        index += 8
      }
      while index < target {
        if text[index] == 0x0A { line += 1 }
        index += 1
      }
    } else {
      line += ByteScanning.count(of: 0x0A, in: text, offset..<target)
    }
    offset = target
    return line
  }
}
