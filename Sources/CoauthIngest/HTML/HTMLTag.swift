/// One tag of an HTML page as `HTMLMarkdown` reads it: its lower-cased name, whether it closes
/// or is never closed, its attributes (values with character references decoded) and the
/// index after it; comments, `<!DOCTYPE ...>` and `<?...?>` are markup declarations. Also the
/// scans that skip an element's content.
struct HTMLTag {
  /// The element name, lower-cased (empty for a markup declaration).
  var name: String
  var isClosing: Bool
  /// `<br/>`, or an element that is never closed (`<br>`, `<img>`, `<input>`...).
  var isSelfClosing: Bool
  var attributes: [String: String]
  /// The index after the tag's `>`.
  var end: Int
  /// A comment, `<!DOCTYPE ...>` or `<?...?>`: nothing to do.
  var isMarkupDeclaration: Bool

  /// Elements that have no end tag.
  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
  ]

  /// True for an element hidden from view: the `hidden` attribute, `display: none`, or a
  /// class that hides it (`hidden`, `d-none`, `collapse`).
  var isHidden: Bool {
    if attributes["hidden"] != nil { return true }
    if let style = attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
      style.contains("display:none")
    {
      return true
    }
    let classes = attributes["class"]?.lowercased().split(separator: " ") ?? []
    return classes.contains { $0 == "hidden" || $0 == "d-none" || $0 == "collapse" }
  }

  /// The index after the end tag that closes the element `name` opened before `start`
  /// (elements of the same name nest), or the end of the page.
  static func endOfElement(_ name: String, in bytes: [UInt8], from start: Int) -> Int {
    var depth = 1
    var index = start
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
      guard let tag = HTMLTag(in: bytes, at: open) else {
        index = open + 1
        continue
      }
      index = tag.end
      guard tag.name == name, !tag.isSelfClosing else { continue }
      depth += tag.isClosing ? -1 : 1
      if depth == 0 { return index }
    }
    return bytes.count
  }

  private init(
    name: String, isClosing: Bool, isSelfClosing: Bool = false, attributes: [String: String],
    end: Int, isMarkupDeclaration: Bool = false
  ) {
    self.name = name
    self.isClosing = isClosing
    self.isSelfClosing = isSelfClosing
    self.attributes = attributes
    self.end = end
    self.isMarkupDeclaration = isMarkupDeclaration
  }

  /// The tag that starts at `start` (a `<`), or nil when the `<` starts no tag (it is text).
  init?(in bytes: [UInt8], at start: Int) {
    var index = start + 1
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
      let isComment = bytes[index...].starts(with: Array("!--".utf8))
      let terminator = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
      let end = Self.find(terminator, in: bytes, from: index).map { $0 + terminator.count } ?? bytes.count
      self.init(name: "", isClosing: false, attributes: [:], end: end, isMarkupDeclaration: true)
      return
    }
    let isClosing = bytes[index] == UInt8(ascii: "/")
    if isClosing { index += 1 }
    let nameStart = index
    while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart, ASCIIByte.isLetter(bytes[nameStart]) else { return nil }
    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
    var attributes: [String: String] = [:]
    // Attributes up to the closing `>`, quoted values may hold `>`.
    while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
      let byte = bytes[index]
      if Self.isNameByte(byte) {
        let attributeStart = index
        while index < bytes.count, Self.isNameByte(bytes[index]) || bytes[index] == UInt8(ascii: ":") {
          index += 1
        }
        let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
        while index < bytes.count, ASCIIByte.isHTMLSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
          attributes[attribute] = ""
          continue
        }
        index += 1
        while index < bytes.count, ASCIIByte.isHTMLSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { break }
        let quote = bytes[index]
        let valueStart: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
          valueStart = index + 1
          index = bytes[valueStart...].firstIndex(of: quote) ?? bytes.count
          attributes[attribute] = HTMLEntities.decode(
            String(decoding: bytes[valueStart..<index], as: UTF8.self))
          index = min(index + 1, bytes.count)
        } else {
          valueStart = index
          while index < bytes.count, !ASCIIByte.isHTMLSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            index += 1
          }
          attributes[attribute] = HTMLEntities.decode(
            String(decoding: bytes[valueStart..<index], as: UTF8.self))
        }
        continue
      }
      index += 1
    }
    let selfClosing =
      Self.voidElements.contains(name) || (index > 0 && bytes[index - 1] == UInt8(ascii: "/"))
    self.init(
      name: name, isClosing: isClosing, isSelfClosing: selfClosing, attributes: attributes,
      end: min(index + 1, bytes.count))
  }

  /// The index after `</name ...>` from `start` on (case-insensitive), or the end of the page:
  /// the end of an element whose content is not markup (`script`, `style`).
  static func endOfRawText(_ name: String, in bytes: [UInt8], from start: Int) -> Int {
    let closing = Array("</\(name)".utf8)
    var index = start
    while let found = find([UInt8(ascii: "<"), UInt8(ascii: "/")], in: bytes, from: index) {
      let candidate = bytes[found..<min(found + closing.count, bytes.count)]
      if candidate.count == closing.count,
        zip(candidate, closing).allSatisfy({ ASCIIByte.lowercased($0) == $1 })
      {
        let after = found + closing.count
        guard after < bytes.count, !isNameByte(bytes[after]) else {
          index = found + 2
          continue
        }
        return (bytes[after...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
      }
      index = found + 2
    }
    return bytes.count
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, start < bytes.count else { return nil }
    var index = start
    while let found = bytes[index...].firstIndex(of: first) {
      if bytes[found...].starts(with: needle) { return found }
      index = found + 1
    }
    return nil
  }

  static func lineEnds(in bytes: [UInt8], _ range: Range<Int>) -> Int {
    bytes[range].count(where: { $0 == UInt8(ascii: "\n") })
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    ASCIIByte.isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }
}
