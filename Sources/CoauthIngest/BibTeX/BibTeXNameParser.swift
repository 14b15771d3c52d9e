import CoauthModel
import Foundation

/// Splits a BibTeX name list on the word `and` outside braces and parses each name with
/// BibTeX's grammar: "First von Last", "von Last, First" or "von Last, Jr, First", where the
/// von part is the words that start with a lowercase letter at brace level 0.
///
/// BibLaTeX's extended name format ("family=Berg, given=Anna, prefix=van den, useprefix=true")
/// gives the parts by name. A name wholly in braces (`{Mausam}`, `{Microsoft GenAI Team}`) is
/// one unit; so is a group that Google Scholar wrote as a person, its last word first ("Team,
/// Gemini": the group "Gemini Team"); `and others` at the end marks the list as truncated.
package struct BibTeXNameParser {
  private var decoder = LaTeXDecoder()
  private var tokens: [Token] = []
  private var words: [Range<Int>] = []

  private enum Token {
    case word(Range<Int>)
    case comma(Int)

    var range: Range<Int> {
      switch self {
      case .word(let range): range
      case .comma(let offset): offset..<offset + 1
      }
    }
  }

  package init() {}

  /// Parses the raw (LaTeX) value of a name field.
  package mutating func parse(_ value: [UInt8]) -> BibTeXNameList {
    value.withUnsafeBufferPointer { parse($0) }
  }

  // MARK: - Helpers

  /// Parses the raw (LaTeX) bytes of a name field.
  package mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> BibTeXNameList {
    tokenize(bytes)
    var list = BibTeXNameList()
    var lines = LineCounter()
    var nameStart = 0
    var separatorOffset = 0
    for index in 0...tokens.count {
      let isEnd = index == tokens.count
      if !isEnd {
        guard case .word(let range) = tokens[index], Self.isAnd(bytes, range) else { continue }
      }
      let nameTokens = nameStart..<index
      if nameTokens.isEmpty {
        // Nothing between two `and`s, or before the first or after the last one.
        if !(isEnd && index == 0) {
          // Located at the `and` that closes the empty name (the last one at the end).
          let offset = isEnd ? separatorOffset : tokens[index].range.lowerBound
          list.emptyNameLineOffsets.append(lines.line(at: offset, in: bytes) - 1)
        }
      } else if let name = parseName(bytes, nameTokens, lines: &lines) {
        // Words that decode to nothing (`{}`, a stray `}`) make an empty name.
        if name.printed.isEmpty {
          list.emptyNameLineOffsets.append(name.lineOffset)
        } else {
          list.names.append(name)
        }
      } else {
        list.isTruncated = true
      }
      if !isEnd {
        separatorOffset = tokens[index].range.lowerBound
        nameStart = index + 1
      }
    }
    return list
  }

  /// Splits the value into words and commas at brace level 0. White space and ties (`~`)
  /// separate words; an escaped tilde (`\~n`) does not.
  private mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) {
    tokens.removeAll(keepingCapacity: true)
    var depth = 0
    var wordStart: Int?
    for index in 0..<bytes.count {
      let byte = bytes[index]
      if depth == 0 {
        let isTie =
          byte == UInt8(ascii: "~") && !(index > 0 && bytes[index - 1] == UInt8(ascii: "\\"))
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || isTie {
          if let start = wordStart { tokens.append(.word(start..<index)) }
          wordStart = nil
          continue
        }
        if byte == UInt8(ascii: ",") {
          if let start = wordStart { tokens.append(.word(start..<index)) }
          wordStart = nil
          tokens.append(.comma(index))
          continue
        }
      }
      if wordStart == nil { wordStart = index }
      if byte == UInt8(ascii: "{") {
        depth += 1
      } else if byte == UInt8(ascii: "}") && depth > 0 {
        depth -= 1
      }
    }
    if let start = wordStart { tokens.append(.word(start..<bytes.count)) }
  }

  /// The name made of `tokens[range]`, or nil for `others`.
  private mutating func parseName(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lines: inout LineCounter
  ) -> BibTeXName? {
    let start = tokens[range.lowerBound].range.lowerBound
    var end = tokens[range.upperBound - 1].range.upperBound
    let lineOffset = lines.line(at: start, in: bytes) - 1
    if memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "=")), end - start) != nil,
      let name = extendedName(bytes, start..<end)
    {
      return BibTeXName(
        printed: name.displayForm, name: name, kind: .person, lineOffset: lineOffset)
    }
    // The words, and where each comma-separated part starts among them.
    words.removeAll(keepingCapacity: true)
    var partStarts = (first: 0, second: -1, third: -1)
    var commas = 0
    for token in tokens[range] {
      switch token {
      case .word(let word):
        words.append(word)
      case .comma:
        commas += 1
        if commas == 1 { partStarts.second = words.count }
        if commas == 2 { partStarts.third = words.count }
      }
    }
    // dblp's BibTeX keeps its homonym number after the name ("Wei Wang 0001"), as its XML
    // does: an identifier, not the family name.
    var homonymNumber: String?
    if commas == 0, words.count > 1, let last = words.last, Self.isHomonymNumber(bytes, last) {
      homonymNumber = String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self)
      words.removeLast()
      end = words[words.count - 1].upperBound
    }
    if words.count == 1 && commas == 0 {
      let word = words[0]
      if Self.isOthers(bytes, word) { return nil }
      if Self.isWhollyBraced(bytes, word) {
        let text = decoder.decode(bytes, word)
        let kind: AuthorMention.Kind = text.contains(" ") ? .group : .person
        return BibTeXName(
          printed: text, name: PersonName(family: text), kind: kind, lineOffset: lineOffset)
      }
    }
    // ", First" with nothing before the comma: read the words as if there were no comma.
    if commas > 0 && partStarts.second == 0 { commas = 0 }
    var first: Range<Int>
    var von = 0..<0
    let last: Range<Int>
    var junior = 0..<0
    switch commas {
    case 0:
      (first, von, last) = splitFirstVonLast(bytes, 0..<words.count)
    case 1:
      (von, last) = splitVonLast(bytes, 0..<partStarts.second)
      first = partStarts.second..<words.count
    default:
      // More than two commas: the extra parts join First.
      (von, last) = splitVonLast(bytes, 0..<partStarts.second)
      junior = partStarts.second..<partStarts.third
      first = partStarts.third..<words.count
      // "Smith, J. A., Jr." and "King, Martin Luther, Jr.", as Zotero (which has no suffix
      // field), IEEE Xplore and author-year lists print them: the suffix came last, not
      // second (a given name is never "III").
      if commas == 2, first.count == 1, NameSuffix.isSuffix(decode(bytes, first)),
        !NameSuffix.isSuffix(decode(bytes, junior))
      {
        swap(&junior, &first)
      }
    }
    var name = PersonName(
      given: decode(bytes, first), particle: decode(bytes, von), family: decode(bytes, last),
      suffix: decode(bytes, junior))
    // Google Scholar turns a group author's last word into a family name: "Team, Gemini" for
    // the Gemini Team, "Collaboration, ATLAS" (cited as "G. Team", "A. Collaboration").
    if commas == 1, von.isEmpty, last.count == 1, !first.isEmpty, name.suffix.isEmpty,
      NameShape.isGroupWord(utf8: bytes[words[last.lowerBound]])
    {
      let group = name.given + " " + name.family
      return BibTeXName(
        printed: group, name: PersonName(family: group), kind: .group, lineOffset: lineOffset)
    }
    // "山田 太郎": Chinese, Japanese and Korean names are written family name first (their
    // words start with bytes of three-byte UTF-8 sequences or longer).
    if commas == 0, words.count > 1, von.isEmpty, words.allSatisfy({ bytes[$0.lowerBound] >= 0xE0 }) {
      var decoded: [String] = []
      for word in words { decoded.append(decoder.decode(bytes, word)) }
      if let eastern = PersonName(writtenFamilyFirst: decoded) { name = eastern }
    }
    let printed = decoder.decode(bytes, start..<end)
    // Moved, not copied: a copy retains and later releases each of the name's four strings.
    return BibTeXName(
      printed: printed, name: consume name, kind: .person, lineOffset: lineOffset,
      homonymNumber: homonymNumber)
  }

  /// A name in BibLaTeX's extended name format, as Better BibTeX for Zotero exports names with
  /// particles: comma-separated `key=value` parts ("family=Berg, given=Anna, prefix=van den,
  /// useprefix=true"); nil when the name is not written so. Parts other than the four name
  /// parts (options such as `useprefix`) are passed over.
  /// Not inlined: names in this format are rare, and `parseName` runs for every name.
  @inline(never)
  private mutating func extendedName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> PersonName?
  {
    var parts: [String: Range<Int>] = [:]
    var partStart = range.lowerBound
    var depth = 0
    for index in range.lowerBound...range.upperBound {
      if index < range.upperBound {
        let byte = bytes[index]
        if byte == UInt8(ascii: "{") { depth += 1 }
        if byte == UInt8(ascii: "}") { depth = max(0, depth - 1) }
        guard byte == UInt8(ascii: ","), depth == 0 else { continue }
      }
      // One `key=value` part: a key of letters (and hyphens) before the first `=`.
      func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      }
      var keyStart = partStart
      while keyStart < index, isSpace(bytes[keyStart]) { keyStart += 1 }
      var keyEnd = keyStart
      while keyEnd < index, Self.isASCIILetter(bytes[keyEnd]) || bytes[keyEnd] == 0x2D {
        keyEnd += 1
      }
      var equals = keyEnd
      while equals < index, isSpace(bytes[equals]) { equals += 1 }
      guard keyEnd > keyStart, equals < index, bytes[equals] == UInt8(ascii: "=") else {
        return nil
      }
      let key = UnsafeBufferPointer(rebasing: bytes[keyStart..<keyEnd])
      parts[String(decoding: key, as: UTF8.self).lowercased()] = (equals + 1)..<index
      partStart = index + 1
    }
    guard parts["family"] != nil || parts["given"] != nil else { return nil }
    func part(_ key: String) -> String {
      parts[key].map { decoder.decode(bytes, $0) } ?? ""
    }
    return PersonName(
      given: part("given"), particle: part("prefix"), family: part("family"),
      suffix: part("suffix"))
  }

  /// "First von Last" over `words[part]`: von runs from the first to the last lowercase word
  /// before the final word, which is always part of Last.
  private func splitFirstVonLast(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>)
    -> (first: Range<Int>, von: Range<Int>, last: Range<Int>)
  {
    guard part.count > 1 else { return (part.lowerBound..<part.lowerBound, 0..<0, part) }
    let final = part.upperBound - 1
    guard let vonStart = (part.lowerBound..<final).first(where: { isLowercase(bytes, $0) }) else {
      return (part.lowerBound..<final, 0..<0, final..<part.upperBound)
    }
    let (von, last) = splitVonLast(bytes, vonStart..<part.upperBound)
    return (part.lowerBound..<vonStart, von, last)
  }

  /// "von Last" over `words[part]`: von runs from the start to the last lowercase word before
  /// the final word.
  private func splitVonLast(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>)
    -> (von: Range<Int>, last: Range<Int>)
  {
    guard part.count > 1,
      let vonEnd = (part.lowerBound..<(part.upperBound - 1)).last(where: {
        isLowercase(bytes, $0)
      })
    else { return (part.lowerBound..<part.lowerBound, part) }
    return (part.lowerBound..<(vonEnd + 1), (vonEnd + 1)..<part.upperBound)
  }

  private func isLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ wordIndex: Int) -> Bool {
    Self.isLowercase(bytes, words[wordIndex])
  }

  /// The decoded text of `words[part]`, separators included.
  private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>)
    -> String
  {
    guard !part.isEmpty else { return "" }
    return decoder.decode(bytes, words[part.lowerBound].lowerBound..<words[part.upperBound - 1].upperBound)
  }

  /// BibTeX's test for a von word: the first letter at brace level 0 is lowercase. A group
  /// starting with a backslash (`{\"u}ber`, `{\ss}`) counts by its letter; other groups are
  /// caseless and skipped, and a word with no such letter is not von.
  private static func isLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>)
    -> Bool
  {
    var index = word.lowerBound
    while index < word.upperBound {
      let byte = bytes[index]
      if isASCIILetter(byte) { return byte >= UInt8(ascii: "a") }
      if byte >= 0x80 {
        guard let scalar = scalar(bytes, at: index, end: word.upperBound) else { return false }
        if scalar.properties.isAlphabetic { return scalar.properties.isLowercase }
        index += 1
        continue
      }
      if byte == UInt8(ascii: "{") {
        if index + 1 < word.upperBound && bytes[index + 1] == UInt8(ascii: "\\") {
          return specialCharacterIsLowercase(bytes, from: index + 2, end: word.upperBound)
        }
        index = groupEnd(bytes, from: index, end: word.upperBound)
        continue
      }
      index += 1
    }
    return false
  }

  /// The case of a special character `{\cmd ...}`: foreign letters (`\ss`, `\O`) by the command
  /// itself, accents by the letter they carry.
  private static func specialCharacterIsLowercase(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int
  ) -> Bool {
    var index = start
    var command = ""
    while index < end && isASCIILetter(bytes[index]) {
      command.unicodeScalars.append(Unicode.Scalar(bytes[index]))
      index += 1
    }
    if let first = command.utf8.first, foreignLetters.contains(command) {
      return first >= UInt8(ascii: "a")
    }
    if command.isEmpty { index += 1 }  // a control symbol such as \"
    while index < end {
      let byte = bytes[index]
      if isASCIILetter(byte) { return byte >= UInt8(ascii: "a") }
      if byte == UInt8(ascii: "}") && index + 1 == end { break }
      index += 1
    }
    return false
  }

  private static let foreignLetters: Set<String> = [
    "oe", "OE", "ae", "AE", "aa", "AA", "o", "O", "l", "L", "ss", "i", "j",
  ]

  /// The index after the brace group that opens at `start`.
  private static func groupEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
    -> Int
  {
    var depth = 0
    var index = start
    while index < end {
      if bytes[index] == UInt8(ascii: "{") {
        depth += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        depth -= 1
        if depth == 0 { return index + 1 }
      }
      index += 1
    }
    return end
  }

  /// True when the word is one brace group: `{Microsoft GenAI Team}`.
  private static func isWhollyBraced(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>)
    -> Bool
  {
    guard word.count >= 2, bytes[word.lowerBound] == UInt8(ascii: "{"),
      bytes[word.upperBound - 1] == UInt8(ascii: "}")
    else { return false }
    // A special character such as `{\O}` alone is a letter, not a protected name.
    if bytes[word.lowerBound + 1] == UInt8(ascii: "\\") { return false }
    return groupEnd(bytes, from: word.lowerBound, end: word.upperBound) == word.upperBound
  }

  private static func isAnd(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    word.count == 3 && bytes[word.lowerBound] | 0x20 == UInt8(ascii: "a")
      && bytes[word.lowerBound + 1] | 0x20 == UInt8(ascii: "n")
      && bytes[word.lowerBound + 2] | 0x20 == UInt8(ascii: "d")
  }

  /// Four ASCII digits, as dblp numbers namesakes ("0001").
  private static func isHomonymNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>)
    -> Bool
  {
    word.count == 4
      && bytes[word].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  private static func isOthers(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    guard word.count == 6 else { return false }
    return zip(bytes[word], "others".utf8).allSatisfy { $0 | 0x20 == $1 }
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> Unicode.Scalar?
  {
    var iterator = UnsafeBufferPointer(rebasing: bytes[index..<min(end, index + 4)]).makeIterator()
    var utf8 = UTF8()
    if case .scalarValue(let scalar) = utf8.decode(&iterator) { return scalar }
    return nil
  }
}
