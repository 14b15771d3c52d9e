import Foundation

/// The thread that reads the later parts of split DBLP texts (`DBLPPartScans`) beside the
/// reader's own thread. One thread serves the whole process and waits between texts: a thread
/// started for each window of a streamed file took 1-4 ms before it ran (a 1 MiB window's
/// parse takes about 1.5 ms on two threads), so the reader's thread read most parts itself.
///
/// Once no part of a job is left, the worker reads the next chunk of the file (the job's
/// `readAhead`) while the reader's thread hands on the records. Jobs are served in the order
/// they come; a reader whose job has not started yet reads its parts itself
/// (`DBLPPartScans.claim()`), so several readers on several threads never wait on one another.
final class DBLPPartWorker: @unchecked Sendable {
  /// The worker of the process, started on first use.
  static let shared = DBLPPartWorker()

  // Guarded by `condition`.
  private var jobs: [DBLPPartScans] = []
  private let condition = NSCondition()

  private init() {
    // A thread of its own, not a Dispatch worker: Dispatch may hold a worker back while the
    // machine looks busy.
    let thread = Thread { [self] in run() }
    thread.name = "coauth DBLP parts"
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Starts the worker thread now if it is not running yet, so that it runs by the time the
  /// first parts are ready.
  static func warmUp() { _ = shared }

  /// Queues `parts` for the worker thread to read whatever parts nobody reads yet.
  func submit(_ parts: DBLPPartScans) {
    condition.lock()
    jobs.append(parts)
    condition.signal()
    condition.unlock()
  }

  private func run() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      while let index = job.claim() { job.read(index) }
      job.readAhead?.runIfWaiting()
    }
  }
}
