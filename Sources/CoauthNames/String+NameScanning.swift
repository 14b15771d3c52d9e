/// Fast scalar-level helpers for name text; `Character` properties are slow to compute.
extension String {
  /// The words separated by whitespace (any Unicode white space).
  var whitespaceSeparatedWords: [String] {
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

  /// True when some scalar is a letter or a digit.
  var containsLetterOrDigit: Bool {
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
    unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: true
      case 0..<0x80: false
      default: scalar.properties.isAlphabetic
      }
    }
  }
}

extension Unicode.Scalar {
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
}
