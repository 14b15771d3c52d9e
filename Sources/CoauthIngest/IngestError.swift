/// Conditions that make a whole input unusable.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file cannot be opened or read.
  case unreadable(path: String, reason: String)
  /// The format cannot be determined from the extension or the content.
  case unknownFormat(path: String)
  /// The format is known but this build has no reader for it yet.
  case unsupportedFormat(path: String, format: String)
  /// The input is not in the expected format at all (not a damaged record but a wrong file).
  case malformed(path: String, line: Int, expected: String)
  /// The input exceeds a safety limit (entity expansion, nesting, size).
  case limitExceeded(path: String, line: Int, limit: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .unknownFormat(let path):
      "\(path): cannot tell the format from the name or the content; use --format"
    case .unsupportedFormat(let path, let format):
      "\(path): reading \(format) input is not supported yet"
    case .malformed(let path, let line, let expected): "\(path):\(line): expected \(expected)"
    case .limitExceeded(let path, let line, let limit): "\(path):\(line): \(limit)"
    }
  }
}
