/// A cheap 64-bit hash of bytes, eight at a time, for the tables that every record of a large
/// input passes through (ids, titles), where `Hasher`'s seeded SipHash costs more than reading
/// the record. Not for tables an adversary fills: equal hashes are always checked.
enum ByteHash {
  /// The hash of `bytes`.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(bytes.count) &* multiplier
    var index = 0
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        hash = (hash ^ word) &* multiplier
        hash ^= hash >> 29
        index += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count {
        tail |= UInt64(bytes[index]) << shift
        shift += 8
        index += 1
      }
      hash = (hash ^ tail) &* multiplier
    }
    hash ^= hash >> 32
    hash = hash &* 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash >> 32)
  }
}
