import CoauthModel

/// Bytes to read, with the label used in diagnostics (the path as the user named it).
/// Readers take bytes rather than paths so that tests and fuzzers can pass them directly.
public struct InputSource: Sendable {
  /// Path or label shown in diagnostics.
  public var label: String
  /// The raw content, already decompressed.
  public var bytes: [UInt8]
  /// True when `bytes` are already clean UTF-8 with LF line ends (as `InputLoader` hands them
  /// to readers), so that `TextDecoder` does not check them again.
  public var isDecoded = false
  /// The start of ids made for records without one, when not the file stem (see `fileStem`).
  public var idStem: String?

  public init(label: String, bytes: [UInt8]) {
    self.label = label
    self.bytes = bytes
  }

  public init(label: String, text: String) {
    self.label = label
    self.bytes = Array(text.utf8)
  }

  /// The location of a 1-based line in this source.
  public func location(line: Int, column: Int? = nil) -> SourceLocation {
    SourceLocation(path: label, line: line, column: column)
  }
}
