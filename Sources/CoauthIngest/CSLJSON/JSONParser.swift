/// A strict JSON (RFC 8259) parser over UTF-8 bytes that records the line of every value and
/// says what it expected when the text is not JSON.
///
/// Nesting deeper than `maximumDepth` is refused rather than recursed into.
package struct JSONParser {
  /// A syntax error: where and what was expected.
  package struct SyntaxError: Error, Sendable, Equatable {
    package var line: Int
    package var expected: String
  }

  package static let maximumDepth = 512

  private let text: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var line = 1

  /// Parses the single JSON value that `bytes` hold (surrounding whitespace allowed).
  package static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) -> JSONValue in
      var parser = JSONParser(text: buffer)
      let value = try parser.value(depth: 0)
      parser.skipWhitespace()
      guard parser.position == buffer.count else {
        throw parser.error("the end of the input after the JSON value")
      }
      return value
    }
  }

  private init(text: UnsafeBufferPointer<UInt8>) {
    self.text = text
  }

  private mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
    skipWhitespace()
    guard position < text.count else { throw error("a JSON value") }
    let startLine = line
    switch text[position] {
    case UInt8(ascii: "{"):
      guard depth < Self.maximumDepth else {
        throw error("nesting at most \(Self.maximumDepth) levels deep")
      }
      return JSONValue(kind: .object(try members(depth: depth)), line: startLine)
    case UInt8(ascii: "["):
      guard depth < Self.maximumDepth else {
        throw error("nesting at most \(Self.maximumDepth) levels deep")
      }
      return JSONValue(kind: .array(try elements(depth: depth)), line: startLine)
    case UInt8(ascii: "\""):
      return JSONValue(kind: .string(try string()), line: startLine)
    case UInt8(ascii: "t"):
      try literal("true")
      return JSONValue(kind: .bool(true), line: startLine)
    case UInt8(ascii: "f"):
      try literal("false")
      return JSONValue(kind: .bool(false), line: startLine)
    case UInt8(ascii: "n"):
      try literal("null")
      return JSONValue(kind: .null, line: startLine)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(kind: .number(try number()), line: startLine)
    default:
      throw error("a JSON value (object, array, string, number, true, false or null)")
    }
  }

  private mutating func members(depth: Int) throws(SyntaxError) -> [(name: String, value: JSONValue)] {
    position += 1
    var members: [(name: String, value: JSONValue)] = []
    skipWhitespace()
    if position < text.count && text[position] == UInt8(ascii: "}") {
      position += 1
      return members
    }
    while true {
      skipWhitespace()
      guard position < text.count, text[position] == UInt8(ascii: "\"") else {
        throw error("a member name in double quotes")
      }
      let name = try string()
      skipWhitespace()
      guard position < text.count, text[position] == UInt8(ascii: ":") else {
        throw error("':' after the member name \"\(name)\"")
      }
      position += 1
      members.append((name, try value(depth: depth + 1)))
      skipWhitespace()
      guard position < text.count else { throw error("',' or '}'") }
      if text[position] == UInt8(ascii: ",") {
        position += 1
      } else if text[position] == UInt8(ascii: "}") {
        position += 1
        return members
      } else {
        throw error("',' or '}' after the value of \"\(name)\"")
      }
    }
  }

  private mutating func elements(depth: Int) throws(SyntaxError) -> [JSONValue] {
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if position < text.count && text[position] == UInt8(ascii: "]") {
      position += 1
      return elements
    }
    while true {
      elements.append(try value(depth: depth + 1))
      skipWhitespace()
      guard position < text.count else { throw error("',' or ']'") }
      if text[position] == UInt8(ascii: ",") {
        position += 1
      } else if text[position] == UInt8(ascii: "]") {
        position += 1
        return elements
      } else {
        throw error("',' or ']' after an array element")
      }
    }
  }

  private mutating func string() throws(SyntaxError) -> String {
    position += 1
    var bytes: [UInt8] = []
    while true {
      guard position < text.count else { throw error("the closing '\"' of a string") }
      let byte = text[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: bytes, as: UTF8.self)
      }
      if byte == 0x0A { throw error("the closing '\"' of a string before the end of the line") }
      if byte < 0x20 { throw error("no control characters inside a string") }
      guard byte == UInt8(ascii: "\\") else {
        bytes.append(byte)
        position += 1
        continue
      }
      guard position + 1 < text.count else { throw error("an escape after '\\'") }
      let escape = text[position + 1]
      position += 2
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escape)
      case UInt8(ascii: "b"): bytes.append(0x08)
      case UInt8(ascii: "f"): bytes.append(0x0C)
      case UInt8(ascii: "n"): bytes.append(0x0A)
      case UInt8(ascii: "r"): bytes.append(0x0D)
      case UInt8(ascii: "t"): bytes.append(0x09)
      case UInt8(ascii: "u"):
        var scalarValue = UInt32(try hexQuad())
        if (0xD800..<0xDC00).contains(scalarValue), position + 1 < text.count,
          text[position] == UInt8(ascii: "\\"), text[position + 1] == UInt8(ascii: "u")
        {
          position += 2
          let low = UInt32(try hexQuad())
          if (0xDC00..<0xE000).contains(low) {
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
          } else {
            scalarValue = 0xFFFD
          }
        }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        UTF8.encode(scalar) { bytes.append($0) }
      default:
        throw error("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\'")
      }
    }
  }

  private mutating func hexQuad() throws(SyntaxError) -> UInt16 {
    guard position + 4 <= text.count else { throw error("four hex digits after '\\u'") }
    var value: UInt16 = 0
    for _ in 0..<4 {
      let byte = text[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("four hex digits after '\\u'")
      }
      value = value << 4 | UInt16(digit)
      position += 1
    }
    return value
  }

  private mutating func number() throws(SyntaxError) -> String {
    let start = position
    if text[position] == UInt8(ascii: "-") { position += 1 }
    let integerStart = position
    skipDigits()
    guard position > integerStart else { throw error("digits in a number") }
    if text[integerStart] == UInt8(ascii: "0") && position - integerStart > 1 {
      throw error("a number without leading zeros")
    }
    if position < text.count && text[position] == UInt8(ascii: ".") {
      position += 1
      let fractionStart = position
      skipDigits()
      guard position > fractionStart else { throw error("digits after the decimal point") }
    }
    if position < text.count && (text[position] | 0x20) == UInt8(ascii: "e") {
      position += 1
      if position < text.count
        && (text[position] == UInt8(ascii: "+") || text[position] == UInt8(ascii: "-"))
      {
        position += 1
      }
      let exponentStart = position
      skipDigits()
      guard position > exponentStart else { throw error("digits in the exponent") }
    }
    return String(decoding: text[start..<position], as: UTF8.self)
  }

  private mutating func skipDigits() {
    while position < text.count && text[position] >= UInt8(ascii: "0")
      && text[position] <= UInt8(ascii: "9")
    {
      position += 1
    }
  }

  private mutating func literal(_ word: StaticString) throws(SyntaxError) {
    let count = word.utf8CodeUnitCount
    guard position + count <= text.count else { throw error("'\(word)'") }
    for offset in 0..<count where text[position + offset] != word.utf8Start[offset] {
      throw error("'\(word)'")
    }
    position += count
  }

  private mutating func skipWhitespace() {
    while position < text.count {
      switch text[position] {
      case 0x0A:
        line += 1
        position += 1
      case 0x20, 0x09, 0x0D: position += 1
      default: return
      }
    }
  }

  private func error(_ expected: String) -> SyntaxError {
    let found: String
    if position >= text.count {
      found = "the end of the input"
    } else {
      let end = min(text.count, position + 12)
      var snippet = String(decoding: text[position..<end], as: UTF8.self)
      if let newline = snippet.firstIndex(of: "\n") { snippet = String(snippet[..<newline]) }
      found = "'\(snippet)'"
    }
    return SyntaxError(line: line, expected: "\(expected), found \(found)")
  }
}
