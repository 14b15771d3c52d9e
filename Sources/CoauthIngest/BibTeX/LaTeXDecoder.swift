import Foundation

/// Decodes the LaTeX of BibTeX values into NFC Unicode text: accents in every spelling
/// (`{\"u}`, `\"{u}`, `\"u`, `\v{Z}`, `\textcommabelow{s}`), special letters (`\ss`, `\o`, `\l`,
/// `\aa`, `\i`), escaped symbols (`\&`, `\%`), dashes (`--`, `---`), quotes (`'` is ’ and `` ` ``
/// is ‘, as TeX typesets them) and ties (`~`). Braces and math shifts are removed, formatting
/// commands (`\emph`, `\textbf`) keep only their argument and runs of white space become one
/// space.
///
/// Accents nest (`\~{\^{e}}` is ễ): each waits, with the depth of its argument group, for the
/// next letter, whatever braces come first, and the letter takes them innermost first. The
/// decoder never recurses, so any nesting depth is handled in one linear pass.
package struct LaTeXDecoder {
  private var text = DecodedText()

  package init() {}

  /// The text of `bytes[range]`, decoded.
  package mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> String
  {
    text.reset()
    var depth = 0
    var inMath = false
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
        UInt8(ascii: "~"):
        // Spaces between an accent and its letter (`\c c`) do not separate words.
        if !text.hasPendingAccent { text.pendingSpace = true }
        index += 1
      case UInt8(ascii: "{"):
        depth += 1
        index += 1
      case UInt8(ascii: "}"):
        depth -= 1
        // A group that closes before any letter came (`\'{}`) cancels the accents inside it.
        text.cancelAccents(deeperThan: depth)
        index += 1
      case UInt8(ascii: "$"):
        inMath.toggle()
        index += 1
      case UInt8(ascii: "_"), UInt8(ascii: "^"):
        // A sub- or superscript of digits or charges in math is written on the line, as
        // plain-text sources print it ("CO$_2$" is "CO2", "Ca$^{2+}$" is "Ca2+"); other
        // scripts keep their mark ("$\max_{x}$" is "max_x").
        if !(inMath && Self.isNumericScript(bytes, at: index + 1, end: end)) {
          text.appendASCII(byte)
        }
        index += 1
      case UInt8(ascii: "-"):
        var dashes = 1
        while index + dashes < end && bytes[index + dashes] == UInt8(ascii: "-") && dashes < 3 {
          dashes += 1
        }
        text.append(dashes == 1 ? "-" : dashes == 2 ? "\u{2013}" : "\u{2014}")
        index += dashes
      case UInt8(ascii: "'"), UInt8(ascii: "`"):
        // TeX quotes: ' and ` are the right and left single quotes, doubled they are double
        // quotes. The apostrophe of "O'Donnell" is thus U+2019, as typeset.
        let doubled = index + 1 < end && bytes[index + 1] == byte
        if byte == UInt8(ascii: "'") {
          text.append(doubled ? "\u{201D}" : "\u{2019}")
        } else {
          text.append(doubled ? "\u{201C}" : "\u{2018}")
        }
        index += doubled ? 2 : 1
      case UInt8(ascii: "\\"):
        index = Self.decodeCommand(bytes, at: index, end: end, depth: depth, into: &text)
      case 0x80...:
        var length = 1
        while index + length < end && bytes[index + length] & 0xC0 == 0x80 { length += 1 }
        text.appendUTF8(UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        index += length
      default:
        guard !text.hasPendingAccent else {
          text.appendASCII(byte)
          index += 1
          break
        }
        // Copy a run of ordinary characters at once.
        var runEnd = index + 1
        while runEnd < end && Self.isOrdinary(bytes[runEnd]) { runEnd += 1 }
        text.appendRun(UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
        index = runEnd
      }
    }
    return text.string()
  }

  /// Decodes all of `bytes`.
  package mutating func decode(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { decode($0, 0..<$0.count) }
  }

  // MARK: - Helpers

  /// Decodes the command at `start` (a backslash) and returns the index after it.
  private static func decodeCommand(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, depth: Int,
    into text: inout DecodedText
  ) -> Int {
    var index = start + 1
    guard index < end else { return index }
    let first = bytes[index]
    guard isLetter(first) else {
      // A control symbol: an accent, an escaped character or a spacing command.
      index += 1
      if let accent = symbolAccents[first] {
        text.setAccent(accent, depth: depth)
      } else if let literal = escapedSymbols[first] {
        text.append(literal)
      } else if first == UInt8(ascii: "\\") || first == UInt8(ascii: " ")
        || first == UInt8(ascii: ",") || first == UInt8(ascii: ";")
        || first == UInt8(ascii: ":")
      {
        text.pendingSpace = true
      }
      return index
    }
    let nameStart = index
    while index < end && isLetter(bytes[index]) { index += 1 }
    let name = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
    // TeX skips the spaces after a control word.
    let nameEnd = index
    while index < end && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n"))
    {
      index += 1
    }
    if let accent = wordAccents[name] {
      text.setAccent(accent, depth: depth)
    } else if name == "i" || name == "j" {
      // Under an accent the dotless letter is the plain one in Unicode: í is i + U+0301.
      let accented = text.hasPendingAccent
      text.append(name == "i" ? (accented ? "i" : "\u{0131}") : (accented ? "j" : "\u{0237}"))
    } else if let symbol = namedSymbols[name] {
      for scalar in symbol.unicodeScalars { text.append(scalar) }
    } else if operatorNames.contains(name) {
      // Typeset as its name, with the operator's space before an argument ("\log n").
      for scalar in name.unicodeScalars { text.append(scalar) }
      if index > nameEnd { text.pendingSpace = true }
    }
    // Other commands (\emph, \textbf, \mbox, unknown macros) vanish; their argument stays.
    return index
  }

  /// True when the script argument at `index` is a digit, sign or a group of them (`2`, `{2+}`).
  private static func isNumericScript(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> Bool
  {
    func isNumeric(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+")
        || byte == UInt8(ascii: "-")
    }
    guard index < end else { return false }
    guard bytes[index] == UInt8(ascii: "{") else { return isNumeric(bytes[index]) }
    var inner = index + 1
    while inner < end && isNumeric(bytes[inner]) { inner += 1 }
    return inner > index + 1 && inner < end && bytes[inner] == UInt8(ascii: "}")
  }

  /// Printable ASCII that the decoder copies as is.
  @inline(__always)
  private static func isOrdinary(_ byte: UInt8) -> Bool {
    guard byte > 0x20 && byte < 0x7F else { return false }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\\"), UInt8(ascii: "~"),
      UInt8(ascii: "$"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "`"),
      UInt8(ascii: "_"), UInt8(ascii: "^"):
      return false
    default:
      return true
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Accents written as a control symbol: `\'e`.
  private static let symbolAccents: [UInt8: Unicode.Scalar] = [
    UInt8(ascii: "'"): "\u{0301}", UInt8(ascii: "`"): "\u{0300}", UInt8(ascii: "^"): "\u{0302}",
    UInt8(ascii: "\""): "\u{0308}", UInt8(ascii: "~"): "\u{0303}", UInt8(ascii: "="): "\u{0304}",
    UInt8(ascii: "."): "\u{0307}",
  ]

  /// Accents written as a control word: `\v{Z}`.
  private static let wordAccents: [String: Unicode.Scalar] = [
    "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
    "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
    "textcommabelow": "\u{0326}", "G": "\u{030F}", "textogonekcentered": "\u{0328}",
  ]

  /// Escaped characters: `\&`.
  private static let escapedSymbols: [UInt8: Unicode.Scalar] = [
    UInt8(ascii: "&"): "&", UInt8(ascii: "%"): "%", UInt8(ascii: "$"): "$",
    UInt8(ascii: "#"): "#", UInt8(ascii: "_"): "_", UInt8(ascii: "{"): "{",
    UInt8(ascii: "}"): "}",
  ]

  /// Math operators that LaTeX typesets as their names (`$O(n \log n)$` is "O(n log n)").
  private static let operatorNames: Set<String> = [
    "log", "lg", "ln", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos",
    "arctan", "sinh", "cosh", "tanh", "coth", "max", "min", "sup", "inf", "lim", "limsup",
    "liminf", "det", "dim", "ker", "deg", "arg", "gcd", "hom", "Pr",
  ]

  /// Letters and symbols written as control words.
  private static let namedSymbols: [String: String] = [
    "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "aa": "å", "AA": "Å",
    "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
    "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ", "texteuro": "€", "euro": "€",
    "textasciitilde": "~", "textasciicircum": "^", "textbackslash": "\\", "textendash": "–",
    "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…",
    "textquoteright": "’", "textquoteleft": "‘", "textquotedblleft": "“",
    "textquotedblright": "”", "S": "§", "P": "¶", "copyright": "©", "textcopyright": "©",
    "textregistered": "®", "texttrademark": "™", "pounds": "£", "textdegree": "°",
    "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "guillemotleft": "«",
    "guillemotright": "»", "textbullet": "•", "textdagger": "†", "dag": "†", "ddag": "‡",
    // Text-mode ASCII symbols, as Zotero escapes them ("p {\textless} 0.05").
    "textless": "<", "textgreater": ">", "textbar": "|", "textdollar": "$",
    "textunderscore": "_", "textquotesingle": "'", "textquotedbl": "\"",
    "textbraceleft": "{", "textbraceright": "}", "textasciigrave": "`",
    "textexclamdown": "¡", "textquestiondown": "¿", "textsection": "§", "textparagraph": "¶",
    "textperiodcentered": "·", "textsterling": "£", "textyen": "¥", "textcent": "¢",
    "textmu": "µ", "texttimes": "×", "textpm": "±", "textdiv": "÷",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
    "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "times": "×", "pm": "±", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠",
    "approx": "≈", "infty": "∞", "ell": "ℓ", "circ": "∘", "cdot": "·", "sharp": "♯",
    "rightarrow": "→", "to": "→", "leftarrow": "←", "leftrightarrow": "↔",
    "Rightarrow": "⇒", "in": "∈", "sum": "∑", "prod": "∏", "partial": "∂", "nabla": "∇",
  ]
}

/// The growing output of `LaTeXDecoder`: UTF-8 bytes plus the state that decides where spaces
/// and combining accents go.
private struct DecodedText {
  var bytes: [UInt8] = []
  /// White space was seen; one space is written before the next character (never leading).
  var pendingSpace = false
  /// Accents waiting for the letter they go on, outermost first, each with the brace depth of
  /// its argument group (`\~{\^{e}}` holds the tilde, then the circumflex).
  private var pendingAccents: [(mark: Unicode.Scalar, depth: Int)] = []
  /// A combining mark was written, so the result must be composed to NFC.
  var needsNormalization = false

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    pendingSpace = false
    pendingAccents.removeAll(keepingCapacity: true)
    needsNormalization = false
  }

  var hasPendingAccent: Bool { !pendingAccents.isEmpty }

  /// Adds an accent read at brace depth `depth`, inside any that are already waiting.
  mutating func setAccent(_ accent: Unicode.Scalar, depth: Int) {
    pendingAccents.append((accent, depth + 1))
  }

  /// Drops the waiting accents whose argument group has closed at `depth` (`\'{}`).
  mutating func cancelAccents(deeperThan depth: Int) {
    while let innermost = pendingAccents.last, depth < innermost.depth {
      pendingAccents.removeLast()
    }
  }

  @inline(__always)
  mutating func appendASCII(_ byte: UInt8) {
    flushSpace()
    guard !pendingAccents.isEmpty else {
      bytes.append(byte)
      return
    }
    // One accent: a precomposed letter from the table. Nested ones are composed by NFC.
    if pendingAccents.count == 1, let composed = AccentComposition.compose(byte, pendingAccents[0].mark) {
      pendingAccents.removeAll(keepingCapacity: true)
      UTF8.encode(composed) { bytes.append($0) }
    } else {
      bytes.append(byte)
      flushAccent()
    }
  }

  /// Appends ordinary ASCII characters when no accent is waiting.
  mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
    flushSpace()
    bytes.append(contentsOf: run)
  }

  mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.isASCII {
      appendASCII(UInt8(scalar.value))
      return
    }
    flushSpace()
    UTF8.encode(scalar) { bytes.append($0) }
    flushAccent()
  }

  /// Appends one UTF-8 sequence of the input.
  mutating func appendUTF8(_ sequence: UnsafeBufferPointer<UInt8>) {
    flushSpace()
    bytes.append(contentsOf: sequence)
    // U+0300...U+036F (lead bytes CC, CD) are combining marks of the input itself.
    if let lead = sequence.first, lead == 0xCC || lead == 0xCD { needsNormalization = true }
    flushAccent()
  }

  func string() -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return needsNormalization ? text.precomposedStringWithCanonicalMapping : text
  }

  @inline(__always)
  private mutating func flushSpace() {
    if pendingSpace {
      if !bytes.isEmpty { bytes.append(0x20) }
      pendingSpace = false
    }
  }

  /// Writes the waiting accents as combining marks after the letter just written, innermost
  /// first (the order in which they apply).
  private mutating func flushAccent() {
    guard !pendingAccents.isEmpty else { return }
    for accent in pendingAccents.reversed() { UTF8.encode(accent.mark) { bytes.append($0) } }
    pendingAccents.removeAll(keepingCapacity: true)
    needsNormalization = true
  }
}

/// Precomposed letters for an ASCII letter under one of the decoder's accents ("e" + U+0301 is
/// "é"), computed once with Foundation's NFC so that the common case needs no normalisation.
private enum AccentComposition {
  private static let table: [UInt32: Unicode.Scalar] = {
    let marks: [Unicode.Scalar] = [
      "\u{0300}", "\u{0301}", "\u{0302}", "\u{0303}", "\u{0304}", "\u{0306}", "\u{0307}",
      "\u{0308}", "\u{030A}", "\u{030B}", "\u{030C}", "\u{030F}", "\u{0323}", "\u{0326}",
      "\u{0327}", "\u{0328}", "\u{0331}",
    ]
    var table: [UInt32: Unicode.Scalar] = [:]
    for base in Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z")) {
      for mark in marks {
        var text = String(Unicode.Scalar(base))
        text.unicodeScalars.append(mark)
        let composed = text.precomposedStringWithCanonicalMapping.unicodeScalars
        if composed.count == 1, let scalar = composed.first {
          table[key(base, mark)] = scalar
        }
      }
    }
    return table
  }()

  /// The single scalar for `base` with `accent`, or nil when Unicode has none.
  static func compose(_ base: UInt8, _ accent: Unicode.Scalar) -> Unicode.Scalar? {
    table[key(base, accent)]
  }

  private static func key(_ base: UInt8, _ accent: Unicode.Scalar) -> UInt32 {
    UInt32(base) << 21 | accent.value
  }
}
