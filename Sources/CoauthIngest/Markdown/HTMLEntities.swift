/// Decodes HTML character references: named ones common on homepages (`&amp;`, `&nbsp;`,
/// `&eacute;`, `&dagger;`) and every numeric one (`&#8594;`, `&#x1F917;`). Unknown names stay
/// as written.
enum HTMLEntities {
  /// `text` with its character references replaced, except the named ones in `kept`.
  static func decode(_ text: String, keeping kept: Set<Substring> = []) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var rest = text[...]
    while let ampersand = rest.firstIndex(of: "&") {
      output += rest[..<ampersand]
      let afterAmpersand = rest.index(after: ampersand)
      guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
        !kept.contains(rest[afterAmpersand..<semicolon]),
        let decoded = character(for: rest[afterAmpersand..<semicolon])
      else {
        output.append("&")
        rest = rest[afterAmpersand...]
        continue
      }
      output.append(decoded)
      rest = rest[rest.index(after: semicolon)...]
    }
    output += rest
    return output
  }

  private static func character(for reference: Substring) -> Character? {
    if reference.hasPrefix("#") {
      let digits = reference.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }
    return named[String(reference)]
  }

  private static let named: [String: Character] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ",
    "emsp": " ", "thinsp": " ", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘",
    "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "dagger": "†",
    "Dagger": "‡", "middot": "·", "bull": "•", "copy": "©", "reg": "®", "trade": "™",
    "times": "×", "rarr": "→", "larr": "←", "harr": "↔", "rArr": "⇒", "sect": "§",
    "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "auml": "ä",
    "Auml": "Ä", "atilde": "ã", "aring": "å", "Aring": "Å", "aelig": "æ", "ccedil": "ç",
    "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è", "ecirc": "ê", "euml": "ë",
    "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "Ntilde": "Ñ",
    "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "Ouml": "Ö",
    "otilde": "õ", "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "Uacute": "Ú", "ugrave": "ù",
    "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "szlig": "ß", "scaron": "š",
    "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž",
  ]
}
