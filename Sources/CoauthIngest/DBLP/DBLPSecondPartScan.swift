import Dispatch
import Foundation

/// A second part of a DBLP text read on another thread while the reader's own scanner reads the
/// first part (see `DBLPSplitPolicy`): the records it found, each with the problems reported
/// before it, and the scanner as it stopped, for the reader's scanner to adopt.
///
/// The text the scanner points into must stay unchanged until `wait()` returns.
final class DBLPSecondPartScan: @unchecked Sendable {
  /// One record of the second part and the problems reported before it.
  struct Item {
    let record: DBLPRecord
    let problems: [DBLPScanner.PendingDiagnostic]
  }

  // Written by the worker thread only, read after `done` was signalled.
  private var scanner: DBLPScanner
  private var items: [Item] = []
  private var failed = false
  private let done = DispatchSemaphore(value: 0)
  private var waited = false

  /// Starts reading `part` (from `DBLPScanner.secondPart(from:)`) on a thread of its own (not
  /// a Dispatch worker: Dispatch may hold a worker back while the machine looks busy, and the
  /// reader then waits for nothing).
  init(_ part: DBLPScanner) {
    scanner = part
    let thread = Thread { [self] in
      run()
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  private func run() {
    do {
      while let record = try scanner.next() {
        items.append(Item(record: record, problems: scanner.takePendingDiagnostics()))
      }
    } catch {
      // An error is reported by the reader's own scan when it reads this part itself.
      failed = true
    }
  }

  /// Waits for the second part to be read: its records and the scanner as it stopped, or nil
  /// when it threw (the reader then reads the part itself, and meets the error in order).
  func wait() -> (items: [Item], scanner: DBLPScanner)? {
    precondition(!waited, "a second part is waited for once")
    waited = true
    done.wait()
    if failed { return nil }
    var taken: [Item] = []
    swap(&taken, &items)
    return (taken, scanner)
  }
}
