/// The character encoding a saved HTML page names in a `<meta>` tag near its start:
/// `<meta charset="windows-1252">` (HTML5), or
/// `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">` (HTML 4, as older
/// editors and Word's "Save as Web Page" write it, values quoted or not).
///
/// Looked for the way browsers prescan a page before decoding it (the HTML standard's "prescan a
/// byte stream to determine its encoding"): comments are passed over, the attributes of other
/// tags too (a `>` inside a quoted value does not end a tag), and the first `<meta>` that names
/// a charset decides. Only in a text that opens as an HTML page (after white space, comments and
/// processing instructions: `<!DOCTYPE html`, `<html`, `<head` or `<meta`), so that no other
/// format's text is read by a tag it happens to quote.
enum HTMLMetaCharset {
  /// How far into a page the `<meta>` is looked for. Browsers look in the first 1024 bytes; a
  /// saved page may carry a longer comment (a licence, a generator's note) before its head.
  static let prescanLength = 4096

  /// What the start of a text says about its encoding (here and in an XML declaration).
  enum Finding: Equatable {
    /// The label of the declared encoding, as written ("windows-1252").
    case label(String)
    /// No declaration: no page, or a page that declares no charset in its first
    /// `prescanLength` bytes.
    case none
    /// The text may end before the answer (fewer than `prescanLength` bytes, more to come).
    case needsMore
  }

  /// The charset declared near the start of `bytes`; `isComplete` says that no more bytes
  /// follow them.
  static func find(in bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> Finding {
    let head = UnsafeBufferPointer(rebasing: bytes.prefix(prescanLength))
    // Where `head` gives no answer, more bytes may, while it is shorter than the prescan.
    let unknown: Finding = !isComplete && bytes.count < prescanLength ? .needsMore : .none
    switch opensPage(head) {
    case nil: return unknown
    case false?: return .none
    case true?: break
    }
    var index = 0
    while index < head.count {
      guard head[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if matches(head, at: index, "<!--") {
        guard let end = firstRange(of: "-->", in: head, from: index + 4) else { return unknown }
        index = end
      } else if matches(head, at: index, "<meta"), index + 5 < head.count,
        ASCIIByte.isHTMLSpace(head[index + 5]) || head[index + 5] == UInt8(ascii: "/")
      {
        guard let (attributes, end) = attributes(in: head, from: index + 5) else { return unknown }
        if let label = charset(of: attributes) { return .label(label) }
        index = end
      } else if opensTag(head, at: index) {
        var nameEnd = index + 1
        while nameEnd < head.count, !ASCIIByte.isHTMLSpace(head[nameEnd]),
          head[nameEnd] != UInt8(ascii: ">")
        {
          nameEnd += 1
        }
        guard let (_, end) = attributes(in: head, from: nameEnd) else { return unknown }
        index = end
      } else if index + 1 < head.count,
        [UInt8(ascii: "!"), UInt8(ascii: "/"), UInt8(ascii: "?")].contains(head[index + 1])
      {
        guard let end = firstRange(of: ">", in: head, from: index + 2) else { return unknown }
        index = end
      } else {
        index += 1
      }
    }
    return unknown
  }

  // MARK: - Helpers

  /// True when `head` opens an HTML page, false when it opens anything else, nil when it ends
  /// before that is known.
  private static func opensPage(_ head: UnsafeBufferPointer<UInt8>) -> Bool? {
    var index = 0
    while true {
      while index < head.count, ASCIIByte.isHTMLSpace(head[index]) { index += 1 }
      if index < head.count, head[index] != UInt8(ascii: "<") { return false }
      let opening: String
      if matches(head, at: index, "<!--") {
        opening = "-->"
      } else if matches(head, at: index, "<?") {
        opening = "?>"
      } else if head.count - index < 4, Array("<!--".utf8).starts(with: head[index...]) {
        return nil
      } else {
        break
      }
      guard let end = firstRange(of: opening, in: head, from: index + 2) else { return nil }
      index = end
    }
    let rest = head[index...].prefix(16).map(ASCIIByte.lowercased)
    for tag in ["<!doctype html", "<html", "<head", "<meta"] {
      let wanted = Array(tag.utf8)
      // Too short to tell while the text can still open with this tag.
      if rest.count <= wanted.count, wanted.starts(with: rest) { return nil }
      if rest.starts(with: wanted) {
        let next = rest[wanted.count]
        if ASCIIByte.isHTMLSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") {
          return true
        }
      }
    }
    return false
  }

  /// The attributes of a tag from `start` (after its name) up to its `>`, names lowercased, and
  /// the offset after the `>`; nil when `bytes` end first.
  private static func attributes(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> (attributes: [(name: String, value: String)], end: Int)?
  {
    var attributes: [(name: String, value: String)] = []
    var index = start
    while true {
      while index < bytes.count,
        ASCIIByte.isHTMLSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/")
      {
        index += 1
      }
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ">") { return (attributes, index + 1) }
      let nameStart = index
      // A name takes at least one byte (an `=` with no name before it is one).
      index += 1
      while index < bytes.count, !ASCIIByte.isHTMLSpace(bytes[index]),
        ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index])
      {
        index += 1
      }
      let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
      while index < bytes.count, ASCIIByte.isHTMLSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { return nil }
      guard bytes[index] == UInt8(ascii: "=") else {
        attributes.append((name, ""))
        continue
      }
      index += 1
      while index < bytes.count, ASCIIByte.isHTMLSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { return nil }
      let quote = bytes[index]
      let valueStart: Int
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        valueStart = index + 1
        guard let close = bytes[valueStart...].firstIndex(of: quote) else { return nil }
        index = close + 1
        attributes.append((name, String(decoding: bytes[valueStart..<close], as: UTF8.self)))
      } else {
        valueStart = index
        while index < bytes.count, !ASCIIByte.isHTMLSpace(bytes[index]),
          bytes[index] != UInt8(ascii: ">")
        {
          index += 1
        }
        attributes.append((name, String(decoding: bytes[valueStart..<index], as: UTF8.self)))
      }
    }
  }

  /// The charset a `<meta>` tag's attributes declare: `charset`, else the `charset=` of the
  /// `content` of an `http-equiv="Content-Type"`.
  private static func charset(of attributes: [(name: String, value: String)]) -> String? {
    if let charset = attributes.first(where: { $0.name == "charset" }) {
      let label = charset.value.trimmingWhitespace()
      return label.isEmpty ? nil : label
    }
    guard
      attributes.contains(where: {
        $0.name == "http-equiv" && $0.value.trimmingWhitespace().lowercased() == "content-type"
      }),
      let content = attributes.first(where: { $0.name == "content" })?.value
    else { return nil }
    return charset(inContent: content)
  }

  /// The value after `charset=` in a `content` attribute ("text/html; charset=iso-8859-1").
  private static func charset(inContent content: String) -> String? {
    let bytes = Array(content.utf8)
    // ASCII letters only, so that offsets agree with `bytes`.
    let lowered = bytes.map(ASCIIByte.lowercased)
    var from = 0
    while let found = lowered[from...].firstRange(of: "charset".utf8) {
      var index = found.upperBound
      from = index
      while index < bytes.count, ASCIIByte.isHTMLSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
      index += 1
      while index < bytes.count, ASCIIByte.isHTMLSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { return nil }
      let quote = bytes[index]
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
        let label = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
        return label.isEmpty ? nil : label
      }
      var end = index
      while end < bytes.count, !ASCIIByte.isHTMLSpace(bytes[end]), bytes[end] != UInt8(ascii: ";") {
        end += 1
      }
      return end > index ? String(decoding: bytes[index..<end], as: UTF8.self) : nil
    }
    return nil
  }

  /// True when `bytes[index...]` starts with `text` (ASCII), case-insensitively.
  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: String)
    -> Bool
  {
    let wanted = text.utf8
    guard index + wanted.count <= bytes.count else { return false }
    for (offset, byte) in wanted.enumerated()
    where ASCIIByte.lowercased(bytes[index + offset]) != byte {
      return false
    }
    return true
  }

  /// The offset after the first `text` in `bytes[start...]`.
  private static func firstRange(
    of text: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard start <= bytes.count else { return nil }
    return bytes[start...].firstRange(of: text.utf8)?.upperBound
  }

  /// True when the `<` at `index` opens a start or end tag: a letter or `/` and a letter follow.
  private static func opensTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    var next = index + 1
    if next < bytes.count, bytes[next] == UInt8(ascii: "/") { next += 1 }
    return next < bytes.count && ASCIIByte.isLetter(bytes[next])
  }
}
