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
  @inline(__always)
  package mutating func line(at target: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    // A parser that tells the counter where the text holds no line end (`pass(lineFree:)`)
    // mostly asks for where it stands or for the next byte.
    if target == offset { return line }
    if target == offset + 1 && target <= text.count {
      if text[offset] == 0x0A { line += 1 }
      offset = target
      return line
    }
    return countedLine(at: target, in: text)
  }

  /// Moves the counter over `range`, which the caller knows to hold no line end, when it stands
  /// at its start; else does nothing (the text is then counted when a line is asked for).
  @inline(__always)
  package mutating func pass(lineFree range: Range<Int>) {
    if offset == range.lowerBound { offset = range.upperBound }
  }

  /// `line(at:in:)` by counting the line ends between the counter's offset and `target`.
  @inline(never)
  private mutating func countedLine(at target: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    if target < offset {
      line -= ByteScanning.count(of: 0x0A, in: text, target..<offset)
    } else if target - offset < 64, let base = UnsafeRawPointer(text.baseAddress) {
      // Short steps (from one tag to the next): sixteen bytes per step, the last block masked
      // to the bytes before the target; no setup.
      let newline = SIMD16<UInt8>(repeating: 0x0A)
      var index = offset
      // Nothing is read when the target is the offset (the reader asks so of a window it has
      // already moved on from).
      while index < target && index + 16 <= text.count {
        let found = unsafeBitCast(
          base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self) .== newline,
          to: SIMD2<UInt64>.self)
        let remaining = target - index
        if remaining >= 16 {
          line += (found[0].nonzeroBitCount + found[1].nonzeroBitCount) / 8
          index += 16
          continue
        }
        // Lanes of the mask are 0xFF or 0: keep the first `remaining` of them.
        let low = remaining >= 8 ? found[0] : found[0] & ((1 &<< UInt64(8 * remaining)) &- 1)
        let high = remaining <= 8 ? 0 : found[1] & ((1 &<< UInt64(8 * (remaining - 8))) &- 1)
        line += (low.nonzeroBitCount + high.nonzeroBitCount) / 8
        index = target
        break
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

/// Line counters at several offsets of a text, counted in one pass when they are first needed:
/// the split DBLP reader hands this to whichever thread reads a part first (see `WorkAhead`),
/// so that the reader's own thread does not count before the other can start.
final class LineCounting: @unchecked Sendable {
  /// Counting starts from here.
  private let start: LineCounter
  private let text: UnsafeBufferPointer<UInt8>
  /// In order, at or after the start's offset.
  private let offsets: [Int]
  /// A counter set at each offset, once `count()` has run.
  private(set) var counters: [LineCounter] = []

  init(from start: LineCounter, text: UnsafeBufferPointer<UInt8>, offsets: [Int]) {
    self.start = start
    self.text = text
    self.offsets = offsets
  }

  /// Sets `counters`.
  func count() {
    var counter = start
    counters = offsets.map { offset in
      LineCounter(offset: offset, line: counter.line(at: offset, in: text))
    }
  }
}
