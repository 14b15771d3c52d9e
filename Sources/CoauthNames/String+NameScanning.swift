/// Fast scalar-level helpers for name text; `Character` properties are slow to compute. Most
/// names are ASCII: those are scanned byte by byte, the others scalar by scalar.
extension String {
  /// True when every scalar is ASCII.
  var isPlainASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

  /// The words separated by whitespace (any Unicode white space).
  var whitespaceSeparatedWords: [String] {
    if let words = utf8.withContiguousStorageIfAvailable(Self.asciiWords), let words {
      return words
    }
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar.value == 0x20 || (scalar.value >= 0x80 || scalar.value < 0x20)
        && scalar.properties.isWhitespace
      {
        if !current.isEmpty {
          words.append(String(current))
          current = String.UnicodeScalarView()
        }
      } else {
        current.append(scalar)
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// The words of ASCII text split at ASCII white space; nil when the text is not ASCII.
  private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var words: [String] = []
    var start = -1
    for index in bytes.indices {
      let byte = bytes[index]
      if byte >= 0x80 { return nil }
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        if start >= 0 {
          words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
          start = -1
        }
      } else if start < 0 {
        start = index
      }
    }
    if start >= 0 {
      words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
    }
    return words
  }

  /// True when some scalar is a letter or a digit.
  var containsLetterOrDigit: Bool {
    for byte in utf8 {
      switch byte {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
      case 0..<0x80: continue
      default: return containsLetterOrDigitScalar
      }
    }
    return false
  }

  /// The string without the scalars it starts with that would join the character before them
  /// (`Unicode.Scalar.extendsPreviousCharacter`).
  var droppingLeadingExtenders: String {
    // Such scalars start at U+0300.
    guard let first = utf8.first, first >= 0xCC else { return self }
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.extendsPreviousCharacter }) else { return "" }
    return start == scalars.startIndex ? self : String(scalars[start...])
  }

  private var containsLetterOrDigitScalar: Bool {
    unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
      case 0..<0x80: false
      default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      }
    }
  }

  /// The letters of the string, as scalars.
  var letterScalars: [Unicode.Scalar] {
    if isPlainASCII {
      var letters: [Unicode.Scalar] = []
      for byte in utf8 where (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
        letters.append(Unicode.Scalar(byte))
      }
      return letters
    }
    return unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: true
      case 0..<0x80: false
      default: scalar.properties.isAlphabetic
      }
    }
  }
}

extension Unicode.Scalar {
  /// A letter: what `letterScalars` keeps (ASCII fast).
  var isLetter: Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80: false
    default: properties.isAlphabetic
    }
  }

  /// Lower case, by the scalar's own properties (ASCII fast).
  var isLowercaseLetter: Bool {
    switch value {
    case 0x61...0x7A: true
    case 0..<0x80: false
    default: properties.isLowercase
    }
  }

  /// Upper case, by the scalar's own properties (ASCII fast).
  var isUppercaseLetter: Bool {
    switch value {
    case 0x41...0x5A: true
    case 0..<0x80: false
    default: properties.isUppercase
    }
  }

  /// True for a scalar that joins the character before it: combining marks (accents, vowel
  /// points), joiners, emoji modifiers. After a space, the two make one character, which
  /// `Character.isWhitespace` takes for a space.
  var extendsPreviousCharacter: Bool {
    guard value >= 0x300 else { return false }
    var text = " "
    text.unicodeScalars.append(self)
    return text.count == 1
  }
}
