/// A destination for chunks of bytes: an in-memory buffer or a staged file.
///
/// Writers such as ``CSVWriter`` collect output in their own buffer and hand it over in large
/// chunks, so a sink sees few, big writes.
public protocol ByteSink {
  /// Appends `bytes` to the destination.
  mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExportError)
}

/// A ``ByteSink`` that keeps everything in memory, for tests and small outputs.
public struct ByteBuffer: ByteSink, Sendable, Equatable {
  /// Everything written so far.
  public private(set) var bytes: [UInt8]

  /// An empty buffer.
  public init() { bytes = [] }

  public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExportError) {
    self.bytes.append(contentsOf: bytes)
  }

  /// The bytes decoded as UTF-8 (invalid sequences are repaired, which writers never produce).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
