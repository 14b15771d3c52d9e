import Dispatch
import Foundation

/// Runs independent iterations on one thread per core (shared by the stages that use both cores:
/// metrics' per-source chunks, name parsing).
///
/// Uses its own threads rather than `DispatchQueue.concurrentPerform`, which runs serially when
/// called from a Swift-concurrency (cooperative pool) thread on Linux. Iterations are dealt
/// round-robin to the workers; callers make each iteration write only its own outputs, so results
/// do not depend on the number of workers.
package enum WorkerThreads {
  /// Calls `body(i)` for every `i` in `0..<iterations` and returns when all have finished.
  package static func run(iterations: Int, body: @escaping @Sendable (Int) -> Void) {
    let workers = min(iterations, ProcessInfo.processInfo.activeProcessorCount)
    guard workers > 1 else {
      for iteration in 0..<iterations { body(iteration) }
      return
    }
    let group = DispatchGroup()
    for worker in 1..<workers {
      group.enter()
      let thread = Thread {
        var iteration = worker
        while iteration < iterations {
          body(iteration)
          iteration += workers
        }
        group.leave()
      }
      thread.start()
    }
    var iteration = 0
    while iteration < iterations {
      body(iteration)
      iteration += workers
    }
    group.wait()
  }
}
