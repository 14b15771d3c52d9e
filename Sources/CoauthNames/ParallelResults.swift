/// One result slot per iteration of a parallel loop (see `WorkerThreads`): each iteration
/// writes only its own slot, and the slots are read once the loop has returned.
final class ParallelResults<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// The value iteration `index` wrote; nil before it has.
  subscript(index: Int) -> Value? {
    get { slots[index] }
    set { slots[index] = newValue }
  }
}
