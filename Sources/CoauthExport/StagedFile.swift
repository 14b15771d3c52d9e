/// One output file being written by a ``StagedOutput``: bytes go to a hidden temporary file in
/// the destination directory, which is renamed to ``path`` only when the whole output commits.
public final class StagedFile: ByteSink {
  /// Where the file will be once the output commits.
  public let path: String
  /// The temporary file being written.
  let temporaryPath: String
  private var descriptor: Int32?

  init(path: String, temporaryPath: String, descriptor: Int32) {
    self.path = path
    self.temporaryPath = temporaryPath
    self.descriptor = descriptor
  }

  deinit {
    if let descriptor { POSIXFileSystem.closeQuietly(descriptor) }
  }

  /// Appends bytes to the file.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(ExportError) {
    guard let descriptor else { throw .outputClosed(path: path) }
    try POSIXFileSystem.writeAll(descriptor, bytes, path: path)
  }

  /// Appends text as UTF-8.
  public func write(_ text: String) throws(ExportError) {
    var file = self
    try file.write(Array(text.utf8))
  }

  /// Flushes and closes the temporary file; later writes fail.
  func close() throws(ExportError) {
    guard let descriptor else { return }
    self.descriptor = nil
    try POSIXFileSystem.syncAndClose(descriptor, path: path)
  }

  /// Closes (if open) and deletes the temporary file.
  func abandon() {
    if let descriptor { POSIXFileSystem.closeQuietly(descriptor) }
    descriptor = nil
    POSIXFileSystem.removeQuietly(temporaryPath)
  }
}
