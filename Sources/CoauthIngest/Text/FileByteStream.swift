#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a file, read with `read(2)` into the caller's buffer: no copy of the whole file
/// is ever made.
public final class FileByteStream: ByteStream {
  private let descriptor: Int32
  private let path: String

  /// The path that names standard input, as Unix tools take it (`cat refs.bib | coauth analyze -`).
  public static let standardInputPath = "-"

  /// Opens `path` for reading (standard input for ``standardInputPath``).
  ///
  /// - Throws: `IngestError.unreadable` when the file is missing or cannot be opened.
  public init(path: String) throws(IngestError) {
    self.path = path
    // A copy of standard input's descriptor, so that closing the stream leaves it open.
    let descriptor = path == Self.standardInputPath ? dup(STDIN_FILENO) : open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw .unreadable(path: path, reason: errno == ENOENT ? "no such file" : "cannot read the file")
    }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// The file mapped into memory, when it is a regular file of at least `minimumBytes` (the
  /// mapping stays valid after this stream closes).
  func mapped(minimumBytes: Int) -> MappedFile? {
    MappedFile(descriptor: descriptor, minimumBytes: minimumBytes)
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let count = systemRead(descriptor, base, buffer.count)
      if count >= 0 { return count }
      if errno != EINTR { throw .unreadable(path: path, reason: "cannot read the file") }
    }
  }
}

/// `read(2)`, named apart from the method of the same name.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
