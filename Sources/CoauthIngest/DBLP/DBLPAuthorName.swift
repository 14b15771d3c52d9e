/// dblp's way of telling apart people who share a name: a four-digit homonym number after the
/// name ("Wei Wang 0001"), which identifies one person and is not part of the printed name.
package enum DBLPAuthorName {
  /// The printed name without its homonym number, and the number when there is one.
  package static func split(_ text: String) -> (name: String, homonymNumber: String?) {
    let bytes = text.utf8
    guard bytes.count > 5 else { return (text, nil) }
    let digits = bytes.suffix(4)
    guard bytes[bytes.index(bytes.endIndex, offsetBy: -5)] == UInt8(ascii: " "),
      digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return (text, nil) }
    let name = String(decoding: bytes.dropLast(5), as: UTF8.self)
    return (name, String(decoding: digits, as: UTF8.self))
  }
}
