/// Conditions that stop an export: a file that cannot be created, written or moved into place,
/// or inputs that do not fit together. Each case names the path or the argument involved.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The output directory does not exist and cannot be created.
  case cannotCreateDirectory(path: String, reason: String)
  /// A temporary file cannot be created in the output directory.
  case cannotCreateFile(path: String, reason: String)
  /// Writing, flushing or closing a file failed.
  case cannotWrite(path: String, reason: String)
  /// The finished temporary file cannot be renamed over its destination.
  case cannotReplace(path: String, reason: String)
  /// An output file name is empty, `.`/`..`, or contains `/` or NUL.
  case invalidFileName(String)
  /// The same file name was staged twice in one output.
  case duplicateFile(path: String)
  /// The output was already committed or discarded.
  case outputClosed(path: String)
  /// Inputs of a drawing or table do not fit together (array lengths, node indices).
  case invalidInput(String)

  public var description: String {
    switch self {
    case .cannotCreateDirectory(let path, let reason):
      "\(path): cannot create directory: \(reason)"
    case .cannotCreateFile(let path, let reason): "\(path): cannot create file: \(reason)"
    case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
    case .cannotReplace(let path, let reason): "\(path): cannot move into place: \(reason)"
    case .invalidFileName(let name): "invalid output file name '\(name)'"
    case .duplicateFile(let path): "\(path): written twice in one output"
    case .outputClosed(let path): "\(path): output already committed or discarded"
    case .invalidInput(let message): "invalid export input: \(message)"
    }
  }
}
