/// A character encoding of one byte per character whose lower half is ASCII, as the WHATWG
/// Encoding Standard defines it for the web (and browsers read pages in it): the byte values
/// 0x80...0xFF stand for the characters of the encoding's index, and its labels name it
/// whatever their case and the ASCII white space around them.
///
/// The encodings coauth reads are listed in `SingleByteEncoding+Indexes.swift`: Windows-1252
/// (also for ISO-8859-1, Latin-1 and, in a page's `<meta>`, US-ASCII), ISO-8859-2 and
/// Windows-1250 (Central European), ISO-8859-15 (Latin-9) and Windows-1251 (Cyrillic).
struct SingleByteEncoding: Sendable, Equatable {
  /// The encoding's name in the Encoding Standard ("windows-1250").
  let name: String
  /// The labels that name it, in lower case ("cp1250", "windows-1250", "x-cp1250").
  let labels: [String]
  /// The characters of the bytes 0x80...0xFF, in order. A byte the encoding leaves undefined
  /// stands for the C1 control of the same value, as the Encoding Standard maps it.
  let upperHalf: [Unicode.Scalar]

  /// An encoding whose bytes 0x80...0xFF stand for the 128 code points `upperHalf`.
  init(name: String, labels: [String], upperHalf: [UInt32]) {
    precondition(upperHalf.count == 128, "\(name): 128 code points for 0x80...0xFF")
    self.name = name
    self.labels = labels
    self.upperHalf = upperHalf.map { Unicode.Scalar($0)! }
  }

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }

  /// The encoding that `label` names, as the Encoding Standard matches labels: ASCII white space
  /// around it trimmed, ASCII letters in any case; nil when no encoding coauth reads has it.
  static func named(_ label: String) -> SingleByteEncoding? {
    byLabel[normalizedLabel(label)]
  }

  /// `label` without the ASCII white space around it and with ASCII letters in lower case.
  static func normalizedLabel(_ label: String) -> String {
    let bytes = Array(label.utf8)
    guard let first = bytes.firstIndex(where: { !ASCIIByte.isHTMLSpace($0) }),
      let last = bytes.lastIndex(where: { !ASCIIByte.isHTMLSpace($0) })
    else { return "" }
    return String(decoding: bytes[first...last].map(ASCIIByte.lowercased), as: UTF8.self)
  }

  private static let byLabel: [String: SingleByteEncoding] = Dictionary(
    uniqueKeysWithValues: all.flatMap { encoding in encoding.labels.map { ($0, encoding) } })

  /// The character that `byte` stands for.
  @inline(__always)
  func scalar(of byte: UInt8) -> Unicode.Scalar {
    byte < 0x80 ? Unicode.Scalar(byte) : upperHalf[Int(byte) - 0x80]
  }

  /// `buffer` read in this encoding, in UTF-8.
  func utf8(of buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(buffer.count + buffer.count / 8)
    for byte in buffer {
      if byte < 0x80 {
        output.append(byte)
      } else {
        UTF8.encode(upperHalf[Int(byte) - 0x80]) { output.append($0) }
      }
    }
    return output
  }
}
