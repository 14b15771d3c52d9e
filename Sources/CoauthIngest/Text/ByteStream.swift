/// A source of bytes read chunk by chunk: a file, a gzip stream over one, bytes in memory. Lets a
/// reader go through a large input in constant memory.
public protocol ByteStream {
  /// Reads up to `buffer.count` bytes into `buffer`; returns how many, 0 only at the end.
  ///
  /// - Throws: `IngestError.unreadable` when the source fails, `.malformed` for corrupt data.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int
}

/// Bytes already in memory, as a `ByteStream`.
public struct ArrayByteStream: ByteStream {
  private let bytes: [UInt8]
  private var offset = 0
  /// The most bytes one `read` returns (small values exercise chunk boundaries in tests).
  private let maximumChunk: Int

  public init(_ bytes: [UInt8], maximumChunk: Int = .max) {
    self.bytes = bytes
    self.maximumChunk = max(1, maximumChunk)
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    let count = min(buffer.count, maximumChunk, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
    }
    offset += count
    return count
  }
}

/// The bytes of a mapped file from an offset on, as a `ByteStream`.
struct MappedFileStream: ByteStream {
  private let file: MappedFile
  private var offset: Int

  init(_ file: MappedFile, from offset: Int = 0) {
    self.file = file
    self.offset = offset
  }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    let count = min(buffer.count, file.bytes.count - offset)
    guard count > 0 else { return 0 }
    buffer.baseAddress!.copyMemory(from: file.bytes.baseAddress! + offset, byteCount: count)
    offset += count
    return count
  }
}

/// Bytes already taken from a stream (to look at them), then the rest of that stream.
struct PrefixedByteStream: ByteStream {
  private var prefix: ArrayByteStream
  private var prefixLeft: Int
  private var rest: any ByteStream

  init(prefix: [UInt8], rest: any ByteStream) {
    self.prefix = ArrayByteStream(prefix)
    self.prefixLeft = prefix.count
    self.rest = rest
  }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    if prefixLeft > 0 {
      let count = try prefix.read(into: buffer)
      prefixLeft -= count
      return count
    }
    return try rest.read(into: buffer)
  }
}
