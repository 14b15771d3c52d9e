import Foundation

/// Shows the running stage on stderr, only when stderr is a terminal and not `--quiet`.
struct Progress {
  let isEnabled: Bool

  init(quiet: Bool) {
    isEnabled = !quiet && isatty(STDERR_FILENO) != 0
  }

  /// Replaces the progress line with `stage…`.
  func start(_ stage: String) {
    guard isEnabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K\(stage)…".utf8))
  }

  /// Clears the progress line.
  func finish() {
    guard isEnabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }
}
