import Foundation

/// Whether and where the DBLP reader splits the text it has in memory (a window of a streamed
/// file, or a whole file) into two parts read at the same time, the second on another thread.
///
/// DBLP records are independent children of the root, so the second part starts at a record
/// tag. The split is speculative and never changes the result: the first part's scan must stop
/// exactly at that tag, at the top level, with no entity declarations in the document;
/// otherwise the second part's work is dropped and the first scan reads on alone. Records,
/// warnings, their order and their line numbers are the same either way.
package struct DBLPSplitPolicy: Sendable, Equatable {
  /// Text still to scan below this many bytes is read on one thread.
  package var minimumBytes: Int
  /// The share of the remaining text that the first part takes (the reader's own thread also
  /// hands every record on, so it takes a little less than half).
  package var firstPartShare: Double

  package init(minimumBytes: Int, firstPartShare: Double) {
    self.minimumBytes = minimumBytes
    self.firstPartShare = firstPartShare
  }

  /// Everything on the reader's own thread.
  package static let oneThread = DBLPSplitPolicy(minimumBytes: .max, firstPartShare: 1)

  /// Texts of 256 KiB and more are read in two parts.
  package static let twoThreads = DBLPSplitPolicy(minimumBytes: 256 * 1024, firstPartShare: 0.45)

  /// Two parts when the machine has two cores or more, else one.
  package static var automatic: DBLPSplitPolicy {
    ProcessInfo.processInfo.activeProcessorCount >= 2 ? twoThreads : oneThread
  }

  /// Where the second part of the unscanned text of `scanner` starts, or nil to read it on
  /// one thread.
  func split(_ scanner: DBLPScanner) -> Int? {
    guard scanner.unscannedBytes >= minimumBytes else { return nil }
    return scanner.splitCandidate(afterShare: firstPartShare)
  }
}
