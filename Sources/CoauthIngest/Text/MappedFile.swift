#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped into memory read-only, so that a reader can use its bytes in place:
/// no `read(2)` copy, no buffer to fill. Pages the reader is done with are handed back
/// (`release(below:)`), so that the memory a streamed read holds does not grow with the file.
final class MappedFile: @unchecked Sendable {
  /// The file's bytes; valid while the mapping lives.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Bytes below this offset were handed back (whole pages only).
  private var releasedBytes = 0
  private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

  /// Maps the regular file open as `descriptor` when it holds at least `minimumBytes`; nil for
  /// smaller files, pipes and other files that cannot be mapped (read those as a stream).
  init?(descriptor: Int32, minimumBytes: Int) {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    guard size >= max(1, minimumBytes) else { return nil }
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED
    else { return nil }
    bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
  }

  /// Maps the file at `path` (for tests); nil as for `init(descriptor:minimumBytes:)`.
  convenience init?(path: String, minimumBytes: Int = 1) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    self.init(descriptor: descriptor, minimumBytes: minimumBytes)
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress!), bytes.count) }

  /// Hands back the pages wholly below `offset`, which nothing reads any more. They count in
  /// the process's resident memory until then; read again they would come back from the file.
  /// Done a few megabytes at a time, not at every call.
  func release(below offset: Int) {
    let end = offset / Self.pageSize * Self.pageSize
    guard end - releasedBytes >= Self.releaseStep else { return }
    _ = madvise(
      UnsafeMutableRawPointer(mutating: bytes.baseAddress! + releasedBytes), end - releasedBytes,
      MADV_DONTNEED)
    releasedBytes = end
  }

  private static let releaseStep = 8 << 20
}
