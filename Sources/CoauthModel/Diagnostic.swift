/// A problem found while processing input that did not stop the run: a skipped record, a
/// suspicious name, an ambiguous identity. Readers report diagnostics and keep going; only
/// conditions that make a whole input unusable are thrown.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable, Hashable, Comparable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs.rank < rhs.rank
    }

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
  }

  public var severity: Severity
  /// Where the problem is, when it has a place.
  public var location: SourceLocation?
  /// A short stable category for counting, such as `bibtex.unbalanced-braces`.
  public var code: String
  /// Lowercase, no trailing period; says what was expected and what was found.
  public var message: String
  /// Input records the problem made the reader drop (0 when the record was kept), counted as
  /// skipped in `summary.json`.
  public var skippedRecords: Int

  public init(
    _ severity: Severity, _ code: String, _ message: String, at location: SourceLocation? = nil,
    skippedRecords: Int = 0
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.skippedRecords = skippedRecords
  }

  /// `path:line: warning: message`.
  public var description: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message)"
  }
}

/// Receives diagnostics as they are found. Library code never prints; the command line decides.
public typealias DiagnosticHandler = (Diagnostic) -> Void
