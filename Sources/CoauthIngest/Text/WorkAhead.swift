import Foundation

/// Work that another thread may do once, ahead of the thread that needs it. The DBLP worker
/// thread, once it has no part left to read, reads and checks the next chunk of a file
/// (`DecodedTextWindow.readAhead()`) while the reader's thread hands on the records of the
/// window before: the thread that needs the chunk calls `settle()` first, which waits for
/// reading that has started and keeps reading that has not from ever starting, so that the two
/// threads never use the source at the same time. Work that either thread may do, whichever
/// needs it first (the line counts before split parts, `DBLPPartScans`), is run with
/// `runIfWaiting()` then `settle()` by each: the first runs it, the other waits for it.
final class WorkAhead: @unchecked Sendable {
  private enum State { case waiting, running, done, cancelled }

  // Guarded by `condition`.
  private var state = State.waiting
  private let condition = NSCondition()
  private let work: () -> Void

  init(_ work: @escaping () -> Void) { self.work = work }

  /// Runs the work on the calling thread unless it has run or was settled already.
  func runIfWaiting() {
    condition.lock()
    guard state == .waiting else {
      condition.unlock()
      return
    }
    state = .running
    condition.unlock()
    work()
    condition.lock()
    state = .done
    condition.broadcast()
    condition.unlock()
  }

  /// Returns once the work is done or will never run; true when it ran.
  @discardableResult
  func settle() -> Bool {
    condition.lock()
    defer { condition.unlock() }
    if state == .waiting { state = .cancelled }
    while state == .running { condition.wait() }
    return state == .done
  }
}
