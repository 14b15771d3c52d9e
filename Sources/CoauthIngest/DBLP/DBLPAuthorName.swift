/// dblp's way of telling apart people who share a name: a four-digit homonym number after the
/// name ("Wei Wang 0001"), which identifies one person and is not part of the printed name.
package enum DBLPAuthorName {
  /// The printed name without its homonym number, and the number when there is one.
  package static func split(_ text: String) -> (name: String, homonymNumber: String?) {
    split(Array(text.utf8))
  }

  /// The printed name (UTF-8 bytes, whitespace already collapsed) without its homonym number,
  /// and the number when there is one.
  static func split(_ bytes: [UInt8]) -> (name: String, homonymNumber: String?) {
    bytes.withUnsafeBufferPointer { split($0) }
  }

  /// The printed name (UTF-8 bytes, whitespace already collapsed) without its homonym number,
  /// and the number when there is one.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, homonymNumber: String?) {
    let (name, digits) = splitDigits(bytes)
    return (name, digits.map { String(decoding: $0, as: UTF8.self) })
  }

  /// The printed name (UTF-8 bytes, whitespace already collapsed) without its homonym number,
  /// and the number's four digits, still bytes of `bytes`, when there is one.
  static func splitDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    name: String, homonymDigits: UnsafeBufferPointer<UInt8>?
  ) {
    let count = bytes.count
    guard count > 5, bytes[count - 5] == UInt8(ascii: " "),
      bytes[(count - 4)...].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return (String(utf8Bytes: bytes), nil) }
    return (
      String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[..<(count - 5)])),
      UnsafeBufferPointer(rebasing: bytes[(count - 4)...])
    )
  }
}
