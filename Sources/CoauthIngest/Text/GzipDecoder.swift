/// Inflates gzip data (RFC 1952) held in memory, including data made of several concatenated
/// gzip members, as `cat a.gz b.gz` produces. `GzipByteStream` does the work; files are
/// inflated chunk by chunk through it without this whole-buffer form.
public enum GzipDecoder {
  /// True when `bytes` start with the gzip magic number `1f 8b`.
  public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    return iterator.next() == 0x1F && iterator.next() == 0x8B
  }

  /// Decompresses every gzip member of `bytes`.
  ///
  /// - Parameter label: the path used in errors.
  /// - Throws: `IngestError.malformed` for corrupt or truncated data.
  public static func decompress(_ bytes: [UInt8], label: String) throws(IngestError) -> [UInt8] {
    let stream = try GzipByteStream(ArrayByteStream(bytes), label: label)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 4)
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 * 1024, alignment: 16)
    defer { chunk.deallocate() }
    while true {
      let count = try stream.read(into: chunk)
      if count == 0 { return output }
      output.append(contentsOf: chunk[..<count])
    }
  }
}
