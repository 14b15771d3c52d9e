#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over the POSIX calls used by ``StagedOutput``, returning `errno` text on failure.
enum POSIXFileSystem {
  /// The message for the current `errno`.
  static func lastErrorMessage() -> String {
    String(cString: strerror(errno))
  }

  /// True when `path` exists and is a directory (symbolic links are followed).
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// True when something (file, directory, link) exists at `path`; links are not followed.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// `mkdir -p`: creates `path` and missing parents. Errors name `path`; the reason names the
  /// component that failed when it is a parent.
  static func createDirectories(_ path: String) throws(ExportError) {
    if isDirectory(path) { return }
    let components = path.split(separator: "/", omittingEmptySubsequences: true)
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in components {
      prefix += component
      if !isDirectory(prefix) {
        if mkdir(prefix, 0o777) != 0, !isDirectory(prefix) {
          let message =
            errno == EEXIST || errno == ENOTDIR ? "not a directory" : lastErrorMessage()
          let reason = prefix == path ? message : "\(prefix): \(message)"
          throw .cannotCreateDirectory(path: path, reason: reason)
        }
      }
      prefix += "/"
    }
  }

  /// Creates a new file that must not exist yet; returns its descriptor.
  static func createExclusive(_ path: String) throws(ExportError) -> Int32 {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if descriptor < 0 { throw .cannotCreateFile(path: path, reason: lastErrorMessage()) }
    return descriptor
  }

  /// Writes all of `bytes`, retrying after interrupted and partial writes.
  static func writeAll(
    _ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String
  ) throws(ExportError) {
    guard var address = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
      let written = write(descriptor, address, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        throw .cannotWrite(path: path, reason: lastErrorMessage())
      }
      remaining -= written
      address += written
    }
  }

  /// Flushes the file to disk and closes it.
  static func syncAndClose(_ descriptor: Int32, path: String) throws(ExportError) {
    let synced = fsync(descriptor) == 0
    let syncMessage = synced ? "" : lastErrorMessage()
    let closed = close(descriptor) == 0
    if !synced { throw .cannotWrite(path: path, reason: syncMessage) }
    if !closed { throw .cannotWrite(path: path, reason: lastErrorMessage()) }
  }

  /// Closes without reporting errors (used when abandoning a file).
  static func closeQuietly(_ descriptor: Int32) {
    _ = close(descriptor)
  }

  /// Renames `source` over `destination` (atomic within one file system).
  static func replace(_ source: String, with destination: String) throws(ExportError) {
    if rename(source, destination) != 0 {
      throw .cannotReplace(path: destination, reason: lastErrorMessage())
    }
  }

  /// Removes a file, ignoring errors.
  static func removeQuietly(_ path: String) {
    _ = unlink(path)
  }

  /// Makes completed renames in `directory` durable; best effort.
  static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }

  /// The process id, used to name temporary files.
  static var processID: Int32 { getpid() }
}
