/// The HTML-like inline markup that exports leave in titles: CSL rich text (`<i>`, `</b>`,
/// `<span class="nocase">`), publishers' metadata passed on by Crossref (`<scp>`, MathML
/// `<mml:math ...>`), Zotero's rich-text titles, and Web of Science's italic species names
/// (`<i>Heliconia acuminata</i>`).
enum RichTextTags {
  /// `text` without the inline tags, its character references (`&amp;`) decoded.
  static func removed(from text: String) -> String {
    guard holdsMarkup(text) else { return text }
    var output = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "<") {
      output += rest[..<open]
      let tail = rest[rest.index(after: open)...]
      let name = tail.drop { $0 == "/" }.prefix { $0.isLetter || $0 == ":" }.lowercased()
      if inlineTags.contains(name) || name.hasPrefix("mml:"), let close = tail.firstIndex(of: ">") {
        rest = tail[tail.index(after: close)...]
      } else {
        output.append("<")
        rest = tail
      }
    }
    return HTMLEntities.decode(output + rest)
  }

  /// True when `text` has a `<` or `&` (tags or character references to remove), looked for
  /// sixteen bytes at a time without copying a contiguous string: most titles have neither.
  static func holdsMarkup(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable {
      ByteScanning.firstIndex(of: 0x3C, orOf: 0x26, in: $0, from: 0) != nil
    } ?? text.utf8.contains { $0 == 0x3C || $0 == 0x26 }
  }

  /// `removed(from:)` with white space collapsed, for a title: a line end may have stood
  /// between words, or tags left two spaces where they stood.
  static func removedFromTitle(_ title: String) -> String {
    WhitespaceCollapsing.string(removed(from: title))
  }

  /// The inline tags that `removed(from:)` takes off (with MathML's `mml:` ones).
  private static let inlineTags: Set<String> = [
    "i", "b", "sup", "sub", "span", "sc", "scp", "em", "strong", "u", "tt",
  ]
}
