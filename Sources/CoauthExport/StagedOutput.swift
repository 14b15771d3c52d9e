/// Writes a set of output files so that a failed run never leaves a half-written file behind.
///
/// Each file is written to a hidden temporary file in the destination directory
/// (`.<name>.<pid>-<n>.tmp`). ``commit()`` closes and syncs them all and only then renames each
/// one over its destination; ``discard()``, a thrown error inside
/// ``write(into:_:)``, or dropping the output without committing removes the temporaries.
///
/// Renames within one directory are atomic, so each destination is always either its previous
/// version or the complete new one. Files of an earlier run that this output does not write
/// again can be removed with the commit (``removeOnCommit(_:)``), so that a reader of the
/// directory never sees tables of two runs side by side. Before renaming anything, ``commit()`` checks that no
/// destination is a directory; a rename that still fails after that (a file system error) stops
/// the commit, removes the remaining temporaries and leaves earlier files already replaced.
///
/// ```swift
/// try StagedOutput.write(into: "out") { output in
///   var csv = CSVWriter(sink: try output.create("authors.csv"), header: ["id", "name"])
///   ...
///   _ = try csv.finish()
///   try output.create("graph.dot").write(dotText)
/// }
/// ```
public final class StagedOutput {
  /// The destination directory.
  public let directory: String
  private var files: [StagedFile] = []
  /// Destinations to remove once every file is in place.
  private var removals: [String] = []
  private var isOpen = true
  private var temporaryCounter = 0

  /// Prepares to write into `directory`, creating it and its parents when missing.
  public init(directory: String) throws(ExportError) {
    self.directory = directory.isEmpty ? "." : directory
    try POSIXFileSystem.createDirectories(self.directory)
  }

  deinit {
    if isOpen { discard() }
  }

  /// Runs `body` with a new output in `directory` and commits it when `body` returns; if `body`
  /// or the commit throws, every temporary file is removed and the error is rethrown.
  public static func write<Result>(
    into directory: String, _ body: (StagedOutput) throws -> Result
  ) throws -> Result {
    let output = try StagedOutput(directory: directory)
    do {
      let result = try body(output)
      try output.commit()
      return result
    } catch {
      output.discard()
      throw error
    }
  }

  /// Starts a new file called `fileName` (a plain name, no `/`) in the directory.
  public func create(_ fileName: String) throws(ExportError) -> StagedFile {
    guard isOpen else { throw .outputClosed(path: directory) }
    guard Self.isPlainFileName(fileName) else { throw .invalidFileName(fileName) }
    let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    guard !files.contains(where: { $0.path == path }) else { throw .duplicateFile(path: path) }
    while true {
      temporaryCounter += 1
      let temporaryPath =
        (directory.hasSuffix("/") ? directory : directory + "/")
        + ".\(fileName).\(POSIXFileSystem.processID)-\(temporaryCounter).tmp"
      if POSIXFileSystem.exists(temporaryPath) { continue }
      let descriptor = try POSIXFileSystem.createExclusive(temporaryPath)
      let file = StagedFile(path: path, temporaryPath: temporaryPath, descriptor: descriptor)
      files.append(file)
      return file
    }
  }

  /// Writes a whole file at once.
  public func write(_ fileName: String, bytes: [UInt8]) throws(ExportError) {
    var file = try create(fileName)
    try file.write(bytes)
  }

  /// Writes a whole text file at once, as UTF-8.
  public func write(_ fileName: String, text: String) throws(ExportError) {
    try create(fileName).write(text)
  }

  /// Removes `fileName` (a plain name) from the directory when the output is committed, if it
  /// is there: a file an earlier run wrote that this one does not write again. A discarded
  /// output removes nothing.
  public func removeOnCommit(_ fileName: String) throws(ExportError) {
    guard isOpen else { throw .outputClosed(path: directory) }
    guard Self.isPlainFileName(fileName) else { throw .invalidFileName(fileName) }
    removals.append(directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName)
  }

  /// Completes every staged file and moves them all into place, then removes the files
  /// ``removeOnCommit(_:)`` named.
  public func commit() throws(ExportError) {
    guard isOpen else { throw .outputClosed(path: directory) }
    do throws(ExportError) {
      for file in files { try file.close() }
      for file in files where POSIXFileSystem.isDirectory(file.path) {
        throw .cannotReplace(path: file.path, reason: "a directory is in the way")
      }
    } catch {
      discard()
      throw error
    }
    isOpen = false
    for (index, file) in files.enumerated() {
      do throws(ExportError) {
        try POSIXFileSystem.replace(file.temporaryPath, with: file.path)
      } catch {
        for remaining in files[index...] { remaining.abandon() }
        files.removeAll()
        throw error
      }
    }
    files.removeAll()
    for path in removals where !POSIXFileSystem.isDirectory(path) {
      POSIXFileSystem.removeQuietly(path)
    }
    removals.removeAll()
    POSIXFileSystem.syncDirectory(directory)
  }

  /// Abandons the output: removes every temporary file. Destinations are left untouched.
  public func discard() {
    for file in files { file.abandon() }
    files.removeAll()
    removals.removeAll()
    isOpen = false
  }

  // MARK: - Helpers

  private static func isPlainFileName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/"))
      && !name.utf8.contains(0)
  }
}
