/// A fixed-size scratch array on raw memory for the innermost loops of an algorithm: no bounds,
/// uniqueness or reference-count checks on access (in release builds). The owner deallocates it
/// (`defer { buffer.deallocate() }`); it must not escape the function that allocated it.
struct ScratchBuffer<Element: BitwiseCopyable> {
  private let base: UnsafeMutablePointer<Element>
  let count: Int

  /// `count` copies of `value`.
  init(count: Int, repeating value: Element) {
    self.count = count
    base = .allocate(capacity: max(count, 1))
    base.initialize(repeating: value, count: count)
  }

  /// A copy of `elements`.
  init(copying elements: UnsafeBufferPointer<Element>) {
    count = elements.count
    base = .allocate(capacity: max(count, 1))
    if let source = elements.baseAddress { base.initialize(from: source, count: count) }
  }

  @inline(__always) subscript(index: Int) -> Element {
    get {
      assert(index >= 0 && index < count, "scratch index out of range")
      return base[index]
    }
    nonmutating set {
      assert(index >= 0 && index < count, "scratch index out of range")
      base[index] = newValue
    }
  }

  func deallocate() { base.deallocate() }
}
