import Foundation

/// Whether and where the DBLP reader splits the text it has in memory (a window of a streamed
/// file, or a whole file) into parts read at the same time by two threads.
///
/// DBLP records are independent children of the root, so each later part starts at a record
/// tag. Splits are speculative and never change the result: the scan of the part before must
/// stop exactly at that tag, at the top level, with no entity declarations in the document;
/// otherwise the later parts' work is dropped and that scan reads on alone. Records, warnings,
/// their order and their line numbers are the same either way.
///
/// The reader's own thread reads the first part and hands every record on; the other thread
/// starts on the second part at once, and each thread then takes the next part nobody reads, so
/// that a thread the machine holds back does not hold up the other for long.
package struct DBLPSplitPolicy: Sendable, Equatable {
  /// Text still to scan below this many bytes is read on one thread.
  package var minimumBytes: Int
  /// The share of the remaining text that the first part takes.
  package var firstPartShare: Double
  /// How many parts (the first one included) the text is split into; the parts after the first
  /// share the rest evenly.
  package var partCount: Int

  package init(minimumBytes: Int, firstPartShare: Double, partCount: Int = 2) {
    self.minimumBytes = minimumBytes
    self.firstPartShare = firstPartShare
    self.partCount = partCount
  }

  /// Everything on the reader's own thread.
  package static let oneThread = DBLPSplitPolicy(minimumBytes: .max, firstPartShare: 1, partCount: 1)

  /// Texts of 256 KiB and more are read in six parts by two threads, the first one a fifth of the
  /// text (the reader's thread also hands every record on; with 30 %, two threads read ACL in
  /// 0.0117 s against 0.0113 s, the reader alone in memory 0.0095 s against 0.0088 s, fastest of
  /// 30 runs on an idle machine). (Streamed files are split
  /// window by window, 1 MiB and more: windows of 4 MiB took a 1 GB file's read from 28 MB to
  /// 37 MB of memory, for no speed that could be shown.)
  package static let twoThreads = DBLPSplitPolicy(
    minimumBytes: 256 * 1024, firstPartShare: 0.2, partCount: 6)

  /// Two threads when the machine has two cores or more and, by the load average of the last
  /// minute, at least half a core to spare; else one (a second thread that has to wait for a
  /// core makes the reader wait for it).
  package static var automatic: DBLPSplitPolicy {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    guard cores >= 2 else { return oneThread }
    var load = [0.0]
    guard getloadavg(&load, 1) == 1 else { return twoThreads }
    return load[0] <= Double(cores) - 0.5 ? twoThreads : oneThread
  }

  /// Where the later parts of the unscanned text of `scanner` start, in order; none to read it
  /// on one thread.
  func splits(_ scanner: DBLPScanner) -> [Int] {
    guard partCount >= 2, scanner.unscannedBytes >= minimumBytes else { return [] }
    var starts: [Int] = []
    for index in 1..<partCount {
      let share = firstPartShare + (1 - firstPartShare) * Double(index - 1) / Double(partCount - 1)
      guard let start = scanner.splitCandidate(afterShare: share), start > (starts.last ?? -1)
      else { continue }
      starts.append(start)
    }
    return starts
  }
}
