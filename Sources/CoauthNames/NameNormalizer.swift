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
    if text.isEmpty { return "" }
    var output = FoldedText(capacity: text.utf8.count)
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in text.utf8 { output.appendASCII(byte) }
    } else {
      let decomposed = text.lowercased().decomposedStringWithCompatibilityMapping
      for scalar in decomposed.unicodeScalars { appendFolded(scalar, to: &output) }
    }
    return output.string
  }

  /// The comparison key of a whole name: folded, with hyphens treated as spaces, so that
  /// "Jay-Yoon Lee" and "Jay Yoon Lee" agree.
  public static func key(_ text: String) -> String {
    fold(text).replacingHyphensWithSpaces()
  }

  /// The words of the folded text (hyphenated compounds stay one word).
  public static func words(_ text: String) -> [String] {
    let folded = fold(text)
    guard folded.isPlainASCII else { return folded.split(separator: " ").map(String.init) }
    return folded.utf8.split(separator: 0x20).map { String(Substring($0)) }
  }

  /// The text with German umlauts written out (ä → ae, Ö → Oe, ü → ue), and the Danish,
  /// Norwegian and Swedish ø and å as those languages write them without the letter (ø → oe,
  /// å → aa), for matching "Schütze" with "Schuetze" and "Søren" with "Soeren"; nil when the
  /// text has none of these letters.
  public static func expandingUmlauts(_ text: String) -> String? {
    guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
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
    "ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa",
  ]

  /// Letters that have no Unicode decomposition to a base letter.
  private static let transliterations: [Unicode.Scalar: String] = [
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l", "ĸ": "k",
    "ŋ": "ng", "Ŋ": "ng",
  ]

  private static func appendFolded(_ scalar: Unicode.Scalar, to output: inout FoldedText) {
    let value = scalar.value
    if value < 0x80 {
      output.appendASCII(UInt8(value))
      return
    }
    switch value {
    case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D, 0x00AD: output.appendASCII(0x2D)
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
        output.appendASCII(0x20)
        return
      default:
        break
      }
      if let replacement = transliterations[scalar] {
        for byte in replacement.utf8 { output.appendASCII(byte) }
      } else if properties.changesWhenLowercased {
        for lower in properties.lowercaseMapping.unicodeScalars { output.appendLetter(lower) }
      } else {
        output.appendLetter(scalar)
      }
    }
  }
}

/// UTF-8 output of folding: lower-case letters and digits, single spaces between words, and
/// hyphens only where they join two words.
private struct FoldedText {
  private var bytes: [UInt8] = []
  private var pendingSpace = false
  private var pendingHyphen = false

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Folds one ASCII byte: letters lowered, digits kept, apostrophes dropped, hyphens kept,
  /// anything else a space.
  mutating func appendASCII(_ byte: UInt8) {
    switch byte {
    case 0x41...0x5A: appendWordByte(byte + 0x20)
    case 0x61...0x7A, 0x30...0x39: appendWordByte(byte)
    case 0x27, 0x60: break  // apostrophe, grave accent: "O'Neill" = "ONeill"
    case 0x2D:
      if pendingHyphen || pendingSpace || bytes.isEmpty {
        pendingHyphen = false
        pendingSpace = !bytes.isEmpty
      } else {
        pendingHyphen = true
      }
    default:
      pendingHyphen = false
      pendingSpace = !bytes.isEmpty
    }
  }

  /// Appends a letter of any script.
  mutating func appendLetter(_ scalar: Unicode.Scalar) {
    if scalar.value < 0x80 {
      appendASCII(UInt8(scalar.value))
      return
    }
    startWordCharacter()
    bytes.append(contentsOf: String(Character(scalar)).utf8)
  }

  private mutating func appendWordByte(_ byte: UInt8) {
    startWordCharacter()
    bytes.append(byte)
  }

  private mutating func startWordCharacter() {
    if pendingHyphen {
      bytes.append(0x2D)
    } else if pendingSpace {
      bytes.append(0x20)
    }
    pendingHyphen = false
    pendingSpace = false
  }
}

extension String {
  /// The string with `-` replaced by spaces (keys treat hyphens and spaces alike).
  fileprivate func replacingHyphensWithSpaces() -> String {
    guard utf8.contains(0x2D) else { return self }
    // In UTF-8 the byte 0x2D is only ever the scalar U+002D.
    return String(decoding: utf8.map { $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
  }

  /// The string without its space characters (`filter { $0 != " " }`), byte by byte when ASCII.
  func removingSpaces() -> String {
    guard utf8.contains(0x20) else { return self }
    guard isPlainASCII else { return filter { $0 != " " } }
    return String(decoding: utf8.filter { $0 != 0x20 }, as: UTF8.self)
  }

  /// The words separated by single spaces joined by `-` instead
  /// (`split(separator: " ").joined(separator: "-")`), byte by byte when ASCII.
  func joiningWordsWithHyphens() -> String {
    guard isPlainASCII else { return split(separator: " ").joined(separator: "-") }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var pendingSeparator = false
    for byte in utf8 {
      if byte == 0x20 {
        pendingSeparator = !bytes.isEmpty
        continue
      }
      if pendingSeparator { bytes.append(0x2D) }
      pendingSeparator = false
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
