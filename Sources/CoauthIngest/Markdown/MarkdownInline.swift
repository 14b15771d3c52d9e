/// Inline Markdown and HTML of homepage lists: links, emphasis, escapes, tags and entities.
enum MarkdownInline {
  /// The visible text of an inline fragment: links become their text, images, HTML tags and
  /// emphasis markers vanish, escapes and entities are decoded, white space is collapsed.
  static func plainText<S: StringProtocol>(_ fragment: S) -> String {
    var output = ""
    var characters = Array(String(fragment))
    var index = 0
    // Drop images first: `![alt](url)`.
    while let start = find("![", in: characters, from: index) {
      guard let end = linkEnd(characters, textStart: start + 1) else { break }
      characters.removeSubrange(start..<end)
      index = start
    }
    index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\":
        if index + 1 < characters.count, isEscapable(characters[index + 1]) {
          output.append(characters[index + 1])
          index += 2
        } else {
          output.append(character)
          index += 1
        }
      case "[":
        // `[text](url)` keeps its text; the brackets of other text stay.
        if let end = linkEnd(characters, textStart: index),
          let close = matchingBracket(characters, from: index)
        {
          output += plainText(String(characters[(index + 1)..<close]))
          index = end
        } else {
          output.append(character)
          index += 1
        }
      case "*":
        index += 1
      case "_" where index + 1 < characters.count && characters[index + 1] == "_":
        index += 2
      case "<":
        if let close = tagEnd(characters, from: index) {
          output.append(" ")
          index = close
        } else {
          output.append(character)
          index += 1
        }
      default:
        output.append(character)
        index += 1
      }
    }
    return collapsingWhitespace(HTMLEntities.decode(output))
  }

  /// The ranges of the links `[text](url)` in `characters`, outermost only.
  static func links(in characters: [Character]) -> [(text: Range<Int>, whole: Range<Int>)] {
    var found: [(text: Range<Int>, whole: Range<Int>)] = []
    var index = 0
    while index < characters.count {
      if characters[index] == "\\" {
        index += 2
        continue
      }
      if characters[index] == "[", let end = linkEnd(characters, textStart: index),
        let close = matchingBracket(characters, from: index)
      {
        found.append((text: (index + 1)..<close, whole: index..<end))
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  /// The ranges of the single-star emphases `*text*` in `characters`, by CommonMark's rules: a
  /// `*` opens only when it is left-flanking (before a non-space, and before punctuation only
  /// after a space or punctuation) and closes only when it is right-flanking, so the marks in
  /// `Jane Doe*, John Smith*` are literal. Escaped stars and `**` runs are not delimiters.
  static func emphases(in characters: [Character]) -> [(text: Range<Int>, whole: Range<Int>)] {
    let closers = characters.indices.filter {
      isSingleStar(characters, at: $0) && isRightFlanking(characters, at: $0)
    }
    var found: [(text: Range<Int>, whole: Range<Int>)] = []
    var nextCloser = 0
    var index = 0
    while index < characters.count {
      defer { index += 1 }
      guard isSingleStar(characters, at: index), isLeftFlanking(characters, at: index) else {
        continue
      }
      while nextCloser < closers.count && closers[nextCloser] < index + 2 { nextCloser += 1 }
      guard nextCloser < closers.count else { break }
      let close = closers[nextCloser]
      found.append((text: (index + 1)..<close, whole: index..<(close + 1)))
      index = close
    }
    return found
  }

  /// The index after `[text](url)` when a link starts at `textStart`, else nil.
  static func linkEnd(_ characters: [Character], textStart: Int) -> Int? {
    guard let close = matchingBracket(characters, from: textStart),
      close + 1 < characters.count, characters[close + 1] == "("
    else { return nil }
    var depth = 0
    var index = close + 1
    while index < characters.count {
      if characters[index] == "(" {
        depth += 1
      } else if characters[index] == ")" {
        depth -= 1
        if depth == 0 { return index + 1 }
      } else if characters[index] == "\n" {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// The index of the `]` that closes the `[` at `start`, skipping escaped brackets.
  static func matchingBracket(_ characters: [Character], from start: Int) -> Int? {
    guard start < characters.count, characters[start] == "[" else { return nil }
    var depth = 0
    var index = start
    while index < characters.count {
      switch characters[index] {
      case "\\": index += 1
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 { return index }
      default: break
      }
      index += 1
    }
    return nil
  }

  /// `text` with runs of white space made one space and the ends trimmed.
  static func collapsingWhitespace(_ text: String) -> String {
    // ASCII text (nearly every line of a list) by its bytes: the same result, without a
    // Unicode property lookup per character.
    if let collapsed = collapsingASCIIWhitespace(text) { return collapsed }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// `collapsingWhitespace` of ASCII text, whose whitespace characters are tab, LF, VT, FF,
  /// CR (and CR LF) and space; nil when `text` holds any other byte.
  private static func collapsingASCIIWhitespace(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          pendingSpace = !output.isEmpty
        } else {
          if pendingSpace { output.append(0x20) }
          pendingSpace = false
          output.append(byte)
        }
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// The index after an HTML tag or comment starting at `start`, or nil when `<` is text.
  private static func tagEnd(_ characters: [Character], from start: Int) -> Int? {
    guard start + 1 < characters.count else { return nil }
    let next = characters[start + 1]
    guard next.isLetter || next == "/" || next == "!" else { return nil }
    var index = start + 1
    while index < characters.count && index - start < 2_000 {
      if characters[index] == ">" { return index + 1 }
      index += 1
    }
    return nil
  }

  /// A `*` that is not escaped and not part of a `**` run.
  private static func isSingleStar(_ characters: [Character], at index: Int) -> Bool {
    characters[index] == "*"
      && (index == 0 || (characters[index - 1] != "\\" && characters[index - 1] != "*"))
      && (index + 1 == characters.count || characters[index + 1] != "*")
  }

  private static func isLeftFlanking(_ characters: [Character], at index: Int) -> Bool {
    guard index + 1 < characters.count, !characters[index + 1].isWhitespace else { return false }
    return !isDelimiterPunctuation(characters[index + 1])
      || index == 0 || characters[index - 1].isWhitespace
      || isDelimiterPunctuation(characters[index - 1])
  }

  private static func isRightFlanking(_ characters: [Character], at index: Int) -> Bool {
    guard index > 0, !characters[index - 1].isWhitespace else { return false }
    return !isDelimiterPunctuation(characters[index - 1])
      || index + 1 == characters.count || characters[index + 1].isWhitespace
      || isDelimiterPunctuation(characters[index + 1])
  }

  /// Punctuation as CommonMark's flanking rules see it: Unicode punctuation and symbols.
  private static func isDelimiterPunctuation(_ character: Character) -> Bool {
    character.isPunctuation || character.isSymbol
  }

  private static func find(_ pattern: String, in characters: [Character], from start: Int) -> Int? {
    let needle = Array(pattern)
    guard characters.count >= needle.count, start <= characters.count - needle.count else {
      return nil
    }
    for index in start...(characters.count - needle.count)
    where characters[index..<(index + needle.count)].elementsEqual(needle) {
      return index
    }
    return nil
  }

  private static func isEscapable(_ character: Character) -> Bool {
    "\\`*_{}[]()#+-.!|<>\"'~".contains(character)
  }
}
