/// A place in an input file: path and 1-based line (and column when known).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it (or a label such as `<stdin>` for in-memory input).
  public var path: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column, when the reader knows it.
  public var column: Int?

  @inlinable public init(path: String, line: Int, column: Int? = nil) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line` or `path:line:column`, the form compilers and editors understand.
  public var description: String {
    if let column { return "\(path):\(line):\(column)" }
    return "\(path):\(line)"
  }
}
