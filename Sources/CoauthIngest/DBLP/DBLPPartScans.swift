import CoauthModel
import Foundation

/// Later parts of a DBLP text (see `DBLPSplitPolicy`), read by the `DBLPPartWorker` thread and by
/// the reader's thread once it has read the first part: each thread claims the next part nobody
/// reads yet, so that a thread the machine holds back does not hold up the other. Each part
/// keeps the records it found, each with the problems reported before it, and its scanner as it
/// stopped, for the reader's scanner to adopt in file order.
///
/// The text the scanners point into must stay unchanged until `stop()` returns.
final class DBLPPartScans: @unchecked Sendable {
  /// One record of a part and the problems reported before it: made into its publication on
  /// the part's thread when nothing about it needs the reader (its count, a warning), else the
  /// record itself.
  struct Item {
    var publication: Publication?
    /// The publication's DOI, when the scanner reads DOIs.
    var doi: String?
    var record: DBLPRecord?
    let problems: [DBLPScanner.PendingDiagnostic]
  }

  /// One part: written by the thread that claimed it, read by the reader once it is read.
  private final class Part {
    var scanner: DBLPScanner
    var items: [Item] = []
    var failed = false

    init(_ scanner: DBLPScanner) { self.scanner = scanner }

    func read(countingLinesWith counter: LineCounter) {
      // The scanner and the items are worked on as locals, put back at the end: every access to
      // a stored property of a class is checked for exclusivity at run time.
      var scanner = self.scanner
      var items = self.items
      defer {
        self.scanner = scanner
        self.items = items
      }
      scanner.countLines(with: counter)
      // Room for a record per 256 bytes (dblp's records take some hundreds), so that the
      // items are not moved as they grow.
      items.reserveCapacity(scanner.bytesToRead / 256 + 16)
      do {
        while let record = try scanner.next() {
          // Made here, the publication's strings and arrays are allocated and the record freed
          // by this thread: records freed by the reader's thread while this one allocates would
          // contend for the allocator's lock.
          let problems = scanner.takePendingDiagnostics()
          if let publication = record.publicationWithoutWarnings(path: scanner.path) {
            items.append(
              Item(publication: publication, doi: record.doi, record: nil, problems: problems))
          } else {
            items.append(Item(publication: nil, doi: nil, record: record, problems: problems))
          }
        }
      } catch {
        // The reader meets the error in order when it reads this part itself.
        failed = true
      }
    }
  }

  private enum State { case waiting, reading, read, dropped }

  private let parts: [Part]
  /// The lines before each part's start, counted by the first thread that reads a part
  /// (usually the worker, while the reader's thread reads the first part of the text).
  private let lineCounting: LineCounting
  private let countingLines: WorkAhead
  /// What the worker thread does once no part is left for it: reading the next chunk of the file.
  let readAhead: WorkAhead?
  // Guarded by `condition`.
  private var states: [State]
  private let condition = NSCondition()

  /// The parts of `scanners` (from `DBLPScanner.part(from:stoppingAt:)`), in file order, whose
  /// lines `lineCounting` counts; the process's `DBLPPartWorker` starts reading them, then
  /// runs `readAhead`.
  init(_ scanners: [DBLPScanner], lineCounting: LineCounting, then readAhead: WorkAhead? = nil) {
    parts = scanners.map(Part.init)
    self.readAhead = readAhead
    states = Array(repeating: .waiting, count: scanners.count)
    self.lineCounting = lineCounting
    countingLines = WorkAhead { lineCounting.count() }
    DBLPPartWorker.shared.submit(self)
  }

  var count: Int { parts.count }

  /// The first part nobody reads yet, now claimed by the caller.
  func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard let index = states.firstIndex(of: .waiting) else { return nil }
    states[index] = .reading
    return index
  }

  /// Reads the claimed part `index` on the calling thread.
  func read(_ index: Int) {
    parts[index].read(countingLinesWith: lineCounter(at: index))
    condition.lock()
    states[index] = .read
    condition.broadcast()
    condition.unlock()
  }

  /// The line counter for the start of part `index`: counted for all parts by the first
  /// thread that asks, waited for by the other.
  private func lineCounter(at index: Int) -> LineCounter {
    countingLines.runIfWaiting()
    countingLines.settle()
    return lineCounting.counters[index]
  }

  /// True when part `index` was read (or dropped): `result(_:)` does not wait.
  func isFinished(_ index: Int) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    return states[index] == .read || states[index] == .dropped
  }

  /// Waits for part `index` and returns its scanner, with its records moved into `items` (for
  /// the reader to take their publications out in place: copying them would change the
  /// reference counts of every string and array in them, made by the other thread); nil when
  /// it threw or was dropped (the reader then reads that text itself).
  func result(_ index: Int, items: inout [Item]) -> DBLPScanner? {
    condition.lock()
    while states[index] == .reading { condition.wait() }
    let state = states[index]
    condition.unlock()
    let part = parts[index]
    guard state == .read, !part.failed else { return nil }
    swap(&items, &part.items)
    return part.scanner
  }

  /// Drops the parts nobody reads yet and waits for those being read: afterwards no thread
  /// reads the text.
  func stop() {
    condition.lock()
    for index in states.indices where states[index] == .waiting { states[index] = .dropped }
    while states.contains(.reading) { condition.wait() }
    condition.unlock()
  }
}
