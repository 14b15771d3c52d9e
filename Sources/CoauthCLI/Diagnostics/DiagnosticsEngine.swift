import CoauthModel
import Foundation

/// Collects the diagnostics of a run, prints them to stderr as `path:line: warning: message`,
/// counts them by code for `summary.json`, and under `--strict` treats warnings as errors.
final class DiagnosticsEngine: @unchecked Sendable {
  private let lock = NSLock()
  private let strict: Bool
  private let printer: StderrPrinter
  private(set) var counts: [String: Int] = [:]
  private(set) var warningCount = 0
  private(set) var errorCount = 0
  /// At most this many diagnostics of one code are printed; the rest are only counted.
  private let printLimitPerCode = 20

  init(strict: Bool, quiet: Bool = false) {
    self.strict = strict
    self.printer = StderrPrinter(quiet: quiet)
  }

  /// The handler library stages report to.
  var handler: DiagnosticHandler {
    { [self] diagnostic in self.report(diagnostic) }
  }

  func report(_ diagnostic: Diagnostic) {
    var diagnostic = diagnostic
    if strict && diagnostic.severity == .warning { diagnostic.severity = .error }
    lock.lock()
    let seen = counts[diagnostic.code, default: 0]
    counts[diagnostic.code] = seen + 1
    switch diagnostic.severity {
    case .warning: warningCount += 1
    case .error: errorCount += 1
    case .note: break
    }
    lock.unlock()
    if seen < printLimitPerCode {
      printer.print(diagnostic)
    } else if seen == printLimitPerCode {
      printer.printLine("note: further '\(diagnostic.code)' diagnostics are counted, not shown")
    }
  }

  /// Counts by code, sorted by code, for `summary.json`.
  var sortedCounts: [(code: String, count: Int)] {
    lock.lock()
    defer { lock.unlock() }
    return counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
  }

  /// Prints "N warnings" style totals when anything was reported.
  func printTotals() {
    guard warningCount + errorCount > 0 else { return }
    var parts: [String] = []
    if errorCount > 0 { parts.append("\(errorCount) error\(errorCount == 1 ? "" : "s")") }
    if warningCount > 0 { parts.append("\(warningCount) warning\(warningCount == 1 ? "" : "s")") }
    printer.printLine(parts.joined(separator: ", "))
  }
}

/// Writes diagnostics to stderr, in colour only when stderr is a terminal.
struct StderrPrinter: Sendable {
  let quiet: Bool
  private let colour = isatty(STDERR_FILENO) != 0

  init(quiet: Bool) { self.quiet = quiet }

  func print(_ diagnostic: Diagnostic) {
    guard !quiet || diagnostic.severity == .error else { return }
    let place = diagnostic.location.map { "\($0): " } ?? ""
    let label: String
    switch (diagnostic.severity, colour) {
    case (.error, true): label = "\u{1B}[1;31merror\u{1B}[0m"
    case (.warning, true): label = "\u{1B}[1;35mwarning\u{1B}[0m"
    case (.note, true): label = "\u{1B}[1;36mnote\u{1B}[0m"
    default: label = diagnostic.severity.rawValue
    }
    write("\(place)\(label): \(diagnostic.message)")
  }

  /// Prints a line of totals or notes; nothing under `--quiet`.
  func printLine(_ line: String) {
    guard !quiet else { return }
    write(line)
  }

  private func write(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
