extension String {
  /// `bytes` as a string, exactly as `String(decoding: bytes, as: UTF8.self)` makes it (invalid
  /// UTF-8 repaired), for less where a reader makes many short strings (dblp's names): up to 15
  /// bytes, the standard library's small-string form, the bytes are copied straight into the
  /// string, which checks them once as ASCII, instead of being checked, then packed byte by byte
  /// (about half the instructions). Longer text goes through `String(decoding:as:)`, which is
  /// the cheaper of the two there.
  init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= 15, let base = bytes.baseAddress else {
      self.init(decoding: bytes, as: UTF8.self)
      return
    }
    self.init(unsafeUninitializedCapacity: bytes.count) { buffer in
      buffer.baseAddress!.initialize(from: base, count: bytes.count)
      return bytes.count
    }
  }
}
