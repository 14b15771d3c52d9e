/// A destination for chunks of bytes: an in-memory buffer or a staged file.
///
/// Writers such as ``CSVWriter`` collect output in their own buffer and hand it over in large
/// chunks, so a sink sees few, big writes.
public protocol ByteSink {
  /// Appends `bytes` to the destination.
  mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ExportError)
}

extension ByteSink {
  /// Appends the bytes of `bytes`.
  public mutating func write(_ bytes: [UInt8]) throws(ExportError) {
    // `withUnsafeBytes` rethrows untyped errors: the typed one is carried out in a Result.
    let result: Result<Void, ExportError> = bytes.withUnsafeBytes { raw in
      do throws(ExportError) {
        try write(raw)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
  }
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
