/// A general entity declared in a document's internal DTD subset:
/// `<!ENTITY name "value">` or `<!ENTITY name SYSTEM "uri">`.
struct XMLEntityDeclaration: Sendable, Hashable {
  var name: String
  /// The literal value, references not yet expanded; empty for external entities.
  var value: [UInt8]
  var isExternal: Bool
  /// The line of the declaration.
  var line: Int
}

/// Reads `<!DOCTYPE ...>` with its optional internal subset `[ ... ]`, keeping the general
/// entity declarations and skipping everything else (element and attribute lists, parameter
/// entities, comments, processing instructions). External DTDs are never fetched.
struct XMLDocumentType {
  /// The declarations in document order.
  var entities: [XMLEntityDeclaration] = []
  /// The offset just after the closing `>`.
  var end: Int

  /// Reads the declaration whose `<!DOCTYPE` starts at `start`, or nil when it is not closed
  /// before the end of `text`.
  static func read(
    _ text: UnsafeBufferPointer<UInt8>, at start: Int, line: (Int) -> Int
  ) -> XMLDocumentType? {
    var position = start + 9  // "<!DOCTYPE"
    var entities: [XMLEntityDeclaration] = []
    // The external id part: names and quoted literals up to `[` or `>`.
    while position < text.count {
      let byte = text[position]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        guard let close = index(of: byte, in: text, from: position + 1) else { return nil }
        position = close + 1
      } else if byte == UInt8(ascii: ">") {
        return XMLDocumentType(entities: entities, end: position + 1)
      } else if byte == UInt8(ascii: "[") {
        position += 1
        break
      } else {
        position += 1
      }
    }
    // The internal subset.
    while position < text.count {
      let byte = text[position]
      if byte == UInt8(ascii: "]") {
        guard let close = index(of: UInt8(ascii: ">"), in: text, from: position + 1) else {
          return nil
        }
        return XMLDocumentType(entities: entities, end: close + 1)
      }
      guard byte == UInt8(ascii: "<") else {
        position += 1
        continue
      }
      if hasPrefix("<!--", text, at: position) {
        guard let close = find(Array("-->".utf8), in: text, from: position + 4) else { return nil }
        position = close + 3
      } else if hasPrefix("<?", text, at: position) {
        guard let close = find(Array("?>".utf8), in: text, from: position + 2) else { return nil }
        position = close + 2
      } else {
        let declarationStart = position
        guard let close = declarationEnd(text, from: position + 1) else { return nil }
        if hasPrefix("<!ENTITY", text, at: declarationStart),
          let entity = entity(text, declarationStart + 8..<close, line: line(declarationStart))
        {
          entities.append(entity)
        }
        position = close + 1
      }
    }
    return nil
  }

  /// The `>` that closes a markup declaration, skipping quoted literals.
  private static func declarationEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var position = start
    while position < text.count {
      let byte = text[position]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        guard let close = index(of: byte, in: text, from: position + 1) else { return nil }
        position = close + 1
      } else if byte == UInt8(ascii: ">") {
        return position
      } else {
        position += 1
      }
    }
    return nil
  }

  /// A general entity from the body of `<!ENTITY ...>`; nil for parameter entities (`%`) and
  /// declarations without a name.
  private static func entity(
    _ text: UnsafeBufferPointer<UInt8>, _ body: Range<Int>, line: Int
  ) -> XMLEntityDeclaration? {
    var words: [ArraySlice<UInt8>] = []
    var position = body.lowerBound
    while position < body.upperBound {
      let byte = text[position]
      if isSpace(byte) {
        position += 1
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        let close = index(of: byte, in: text, from: position + 1) ?? body.upperBound
        words.append(ArraySlice(text[position...min(close, body.upperBound - 1)]))
        position = close + 1
      } else {
        let wordStart = position
        while position < body.upperBound && !isSpace(text[position]) { position += 1 }
        words.append(ArraySlice(text[wordStart..<position]))
      }
    }
    guard let nameWord = words.first, nameWord.first != UInt8(ascii: "%") else { return nil }
    let name = String(decoding: nameWord, as: UTF8.self)
    guard words.count >= 2 else { return nil }
    let second = words[1]
    if let quote = second.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      var value = Array(second.dropFirst())
      if value.last == quote { value.removeLast() }
      return XMLEntityDeclaration(name: name, value: value, isExternal: false, line: line)
    }
    return XMLEntityDeclaration(name: name, value: [], isExternal: true, line: line)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  static func hasPrefix(_ prefix: StaticString, _ text: UnsafeBufferPointer<UInt8>, at start: Int)
    -> Bool
  {
    let count = prefix.utf8CodeUnitCount
    guard start + count <= text.count else { return false }
    let bytes = prefix.utf8Start
    for offset in 0..<count where text[start + offset] != bytes[offset] { return false }
    return true
  }

  static func index(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var position = start
    while position < text.count {
      if text[position] == byte { return position }
      position += 1
    }
    return nil
  }

  /// The offset of the first occurrence of `needle` at or after `start`.
  static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let first = needle.first else { return start }
    var position = start
    while let candidate = index(of: first, in: text, from: position) {
      guard candidate + needle.count <= text.count else { return nil }
      var matched = true
      for offset in 1..<needle.count where text[candidate + offset] != needle[offset] {
        matched = false
        break
      }
      if matched { return candidate }
      position = candidate + 1
    }
    return nil
  }
}
