import Foundation

/// Folds names into comparison keys: Unicode compatibility decomposition (NFKD, so NFC, NFD and
/// NFKC spellings agree), lower case, diacritics removed, letters without a decomposition
/// transliterated (ø → o, ł → l, ß → ss, æ → ae, đ → d, ı → i), apostrophes dropped, and
/// periods, commas and other punctuation turned into spaces. Keys are for comparison only; the
/// printed form is what users see.
public enum NameNormalizer {
  /// The folded text with hyphens kept (as `-`) and whitespace collapsed to single spaces:
  /// "Marta R. Costa-jussà" → "marta r costa-jussa".
  public static func fold(_ text: String) -> String {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(text.utf8.count)
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for scalar in text.unicodeScalars { appendFolded(scalar, to: &output) }
    } else {
      let decomposed = text.lowercased().decomposedStringWithCompatibilityMapping
      for scalar in decomposed.unicodeScalars { appendFolded(scalar, to: &output) }
    }
    return collapse(output)
  }

  /// The comparison key of a whole name: folded, with hyphens treated as spaces, so that
  /// "Jay-Yoon Lee" and "Jay Yoon Lee" agree.
  public static func key(_ text: String) -> String {
    fold(text).replacingHyphensWithSpaces()
  }

  /// The words of the folded text (hyphenated compounds stay one word).
  public static func words(_ text: String) -> [String] {
    fold(text).split(separator: " ").map(String.init)
  }

  /// The text with German umlauts written out (ä → ae, Ö → Oe, ü → ue), for matching
  /// "Schütze" with "Schuetze"; nil when the text has no umlaut.
  public static func expandingUmlauts(_ text: String) -> String? {
    let composed = text.precomposedStringWithCanonicalMapping
    guard composed.unicodeScalars.contains(where: { umlautExpansion[$0] != nil }) else { return nil }
    var expanded = String.UnicodeScalarView()
    for scalar in composed.unicodeScalars {
      if let replacement = umlautExpansion[scalar] {
        expanded.append(contentsOf: replacement.unicodeScalars)
      } else {
        expanded.append(scalar)
      }
    }
    return String(expanded)
  }

  // MARK: - Helpers

  private static let umlautExpansion: [Unicode.Scalar: String] = [
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
  ]

  /// Letters that have no Unicode decomposition to a base letter.
  private static let transliterations: [Unicode.Scalar: String] = [
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l", "ĸ": "k",
    "ŋ": "ng", "Ŋ": "ng",
  ]

  private static func appendFolded(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
    let value = scalar.value
    if value < 0x80 {
      switch value {
      case 0x41...0x5A: output.append(Unicode.Scalar(UInt8(value + 0x20)))
      case 0x61...0x7A, 0x30...0x39: output.append(scalar)
      case 0x2D: output.append("-")
      case 0x27, 0x60: break  // apostrophe, grave accent: "O'Neill" = "ONeill"
      default: output.append(" ")
      }
      return
    }
    switch value {
    case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D, 0x00AD: output.append("-")
    case 0x2018, 0x2019, 0x201B, 0x02BB, 0x02BC, 0x02B9, 0x00B4, 0x2032: break
    default:
      let properties = scalar.properties
      switch properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark, .format:
        return
      case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
        .currencySymbol, .modifierSymbol, .otherSymbol:
        output.append(" ")
        return
      default:
        break
      }
      if let replacement = transliterations[scalar] {
        output.append(contentsOf: replacement.unicodeScalars)
      } else if properties.changesWhenLowercased {
        output.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
  }

  /// Joins scalars into a string with runs of spaces collapsed, no leading or trailing space, and
  /// hyphens that do not join two letters removed.
  private static func collapse(_ scalars: [Unicode.Scalar]) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == " " {
        pendingSpace = !result.isEmpty
      } else if scalar == "-" {
        let joinsWords =
          !result.isEmpty && !pendingSpace && index + 1 < scalars.count
          && scalars[index + 1] != " " && scalars[index + 1] != "-"
        if joinsWords {
          result.append("-")
        } else {
          pendingSpace = !result.isEmpty
        }
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
      index += 1
    }
    return String(result)
  }
}

extension String {
  /// The string with `-` replaced by spaces (keys treat hyphens and spaces alike).
  fileprivate func replacingHyphensWithSpaces() -> String {
    guard utf8.contains(0x2D) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "-" ? " " : $0 }))
  }
}
