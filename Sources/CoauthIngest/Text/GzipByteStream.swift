import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The inflated bytes of gzip data (RFC 1952) read from another stream, a chunk at a time with
/// zlib's `inflate`: memory stays constant whatever the size of the data. Files made of several
/// concatenated members (`cat a.gz b.gz`) are read whole; zero padding after the last member
/// is ignored. Truncated or corrupt data throws `IngestError.malformed`.
public final class GzipByteStream: ByteStream {
  private var source: any ByteStream
  private let label: String
  /// zlib keeps a pointer back to its stream, so the stream lives at a fixed address.
  private let stream: UnsafeMutablePointer<z_stream>
  private let input: UnsafeMutableRawBufferPointer
  private var sourceEnded = false
  private var finished = false
  /// Compressed bytes consumed so far, for messages.
  private var consumed = 0

  /// Inflates the gzip data of `source`; `label` names it in errors.
  public init(_ source: any ByteStream, label: String, inputChunk: Int = 256 * 1024)
    throws(IngestError)
  {
    self.source = source
    self.label = label
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    // Room for the two bytes of a member's magic number, whatever the chunk size.
    input = .allocate(byteCount: max(2, inputChunk), alignment: 16)
    let windowBits: Int32 = 16 + MAX_WBITS  // 16: expect a gzip header and trailer
    guard inflateInit2_(stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      == Z_OK
    else {
      input.deallocate()
      stream.deallocate()
      throw .unreadable(path: label, reason: "cannot initialise zlib")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
    input.deallocate()
  }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while !finished {
      if stream.pointee.avail_in == 0 && !sourceEnded { try refill() }
      stream.pointee.next_out = base.assumingMemoryBound(to: UInt8.self)
      stream.pointee.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
      let availableBefore = Int(stream.pointee.avail_in)
      let status = inflate(stream, Z_NO_FLUSH)
      consumed += availableBefore - Int(stream.pointee.avail_in)
      let produced = min(buffer.count, Int(UInt32.max)) - Int(stream.pointee.avail_out)
      switch status {
      case Z_OK:
        if produced > 0 { return produced }
      case Z_STREAM_END:
        try startNextMember()
        if produced > 0 { return produced }
      case Z_BUF_ERROR where stream.pointee.avail_in == 0:
        if sourceEnded { throw malformed("more gzip data (the file is truncated)") }
        if produced > 0 { return produced }
      default:
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
        throw malformed("valid gzip data (\(message))")
      }
    }
    return 0
  }

  /// After a member's end: another member, or zero padding up to the end of the data.
  private func startNextMember() throws(IngestError) {
    while true {
      if stream.pointee.avail_in == 0 {
        if sourceEnded {
          finished = true
          return
        }
        try refill()
        continue
      }
      let next = stream.pointee.next_in!
      if next.pointee == 0 {
        // Zero padding: skip it; anything else after it is an error.
        stream.pointee.next_in = next + 1
        stream.pointee.avail_in -= 1
        consumed += 1
        sawPadding = true
        continue
      }
      guard !sawPadding else { throw malformed("gzip member or end of file after byte \(consumed)") }
      if stream.pointee.avail_in < 2 && !sourceEnded {
        try refill()
        continue
      }
      guard stream.pointee.avail_in >= 2, next[0] == 0x1F, next[1] == 0x8B else {
        throw malformed("gzip member or end of file after byte \(consumed)")
      }
      guard inflateReset(stream) == Z_OK else { throw malformed("a resettable zlib stream") }
      return
    }
  }

  private var sawPadding = false

  /// Reads more compressed bytes after those not yet consumed.
  private func refill() throws(IngestError) {
    let pending = Int(stream.pointee.avail_in)
    if pending > 0, let next = stream.pointee.next_in {
      memmove(input.baseAddress!, next, pending)
    }
    let count = try source.read(
      into: UnsafeMutableRawBufferPointer(rebasing: input[pending...]))
    if count == 0 { sourceEnded = true }
    stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
    stream.pointee.avail_in = UInt32(pending + count)
  }

  private func malformed(_ expected: String) -> IngestError {
    .malformed(path: label, line: 1, expected: expected)
  }
}
