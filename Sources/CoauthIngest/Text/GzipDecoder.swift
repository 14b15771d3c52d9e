import CZlib

/// Inflates gzip data (RFC 1952) with the system zlib, including files made of several
/// concatenated gzip members, as `cat a.gz b.gz` produces.
public enum GzipDecoder {
  /// True when `bytes` start with the gzip magic number `1f 8b`.
  public static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// Decompresses every gzip member of `bytes`.
  ///
  /// - Parameter label: the path used in errors.
  /// - Throws: `IngestError.malformed` for corrupt or truncated data.
  /// - Complexity: O(n + output), streaming through a fixed-size output chunk.
  public static func decompress(_ bytes: [UInt8], label: String) throws(IngestError) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 4)
    var stream = z_stream()
    let windowBits: Int32 = 16 + MAX_WBITS  // 16: expect a gzip header and trailer
    guard inflateInit2_(&stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      == Z_OK
    else {
      throw .unreadable(path: label, reason: "cannot initialise zlib")
    }
    defer { inflateEnd(&stream) }

    let chunkSize = 256 * 1024
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var consumed = 0
    var failure: String?
    bytes.withUnsafeBufferPointer { input in
      guard let base = input.baseAddress else { return }
      chunk.withUnsafeMutableBufferPointer { out in
        guard let outBase = out.baseAddress else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = UInt32(input.count)
        while true {
          stream.next_out = outBase
          stream.avail_out = UInt32(chunkSize)
          let status = inflate(&stream, Z_NO_FLUSH)
          let produced = chunkSize - Int(stream.avail_out)
          output.append(contentsOf: UnsafeBufferPointer(start: outBase, count: produced))
          consumed = input.count - Int(stream.avail_in)
          switch status {
          case Z_OK:
            continue
          case Z_STREAM_END:
            // Another member may follow; skip zero padding that some tools append.
            let rest = input[consumed...]
            if rest.allSatisfy({ $0 == 0 }) { return }
            guard rest.count >= 2, rest[consumed] == 0x1F, rest[consumed + 1] == 0x8B else {
              failure = "gzip member or end of file after byte \(consumed)"
              return
            }
            guard inflateReset(&stream) == Z_OK else {
              failure = "a resettable zlib stream"
              return
            }
          case Z_BUF_ERROR where stream.avail_in == 0:
            failure = "more gzip data (the file is truncated)"
            return
          default:
            let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
            failure = "valid gzip data (\(message))"
            return
          }
        }
      }
    }
    if let failure { throw .malformed(path: label, line: 1, expected: failure) }
    return output
  }
}
