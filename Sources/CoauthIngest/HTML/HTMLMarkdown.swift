/// A saved homepage (HTML) as the Markdown text the homepage reader reads, line by line with
/// the line of the page each comes from.
///
/// Block elements start lines: list items become `- ` (or `1. `) items whose `<br>`, `<p>` and
/// `<div>` lines continue the item, headings become `#` headings, table rows become lines of
/// their cells, and outside list items every block (`<p>`, `<div>`, a table row...) is a
/// paragraph set apart by blank lines, its `<br>` lines continuing it. Inline markup is kept as
/// the reader understands it: `<b>`/`<strong>` (and `<mark>`, a span of a `highlight` class) as
/// `**`, `<em>`/`<i>` as `*`, `<u>` as is, and links as `[text](href)`. The head, scripts,
/// styles, templates, SVG, comments and hidden elements are dropped; white space is collapsed
/// as a browser does; character references are decoded except `&lt;`
/// and `&gt;` (which the reader decodes after it has found the markup).
struct HTMLMarkdown {
  /// The Markdown lines.
  private(set) var lines: [String] = []
  /// The 1-based line of the page that each of `lines` starts on.
  private(set) var lineNumbers: [Int] = []

  /// The Markdown text: `lines` joined by line ends.
  var text: String { lines.joined(separator: "\n") }
  /// The text of the page's `<title>`, white space collapsed.
  private(set) var pageTitle: String?

  /// The person a homepage's title names: the part of the title that reads as a name, split at
  /// the separators titles use ("Jane Doe | Homepage", "publications - Jane Doe").
  var ownerInTitle: String? {
    guard let pageTitle else { return nil }
    let parts = pageTitle.split(whereSeparator: { "|–—·•:".contains($0) })
      .flatMap { $0.split(separator: " - ") }
      .map { $0.trimmingWhitespace() }
    return parts.first { part in
      (2...4).contains(part.split(separator: " ").count) && NameShape.isNameLike(part)
    }
  }

  /// Elements whose content is not page text.
  private static let droppedElements: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "select", "textarea", "button",
  ]
  /// Elements that start a line of their own.
  private static let blockElements: Set<String> = [
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
    "pre", "figure", "figcaption", "details", "summary", "table", "tbody",
    "thead", "tfoot", "address", "center", "form", "fieldset", "hr", "body", "html",
  ]

  /// The line being written, as UTF-8.
  private var current: [UInt8] = []
  /// The page line that `current` starts on.
  private var currentLine = 1
  /// The page line being read.
  private var line = 1
  /// Open lists, innermost last: ordered or not, and the items so far.
  private var lists: [(ordered: Bool, items: Int)] = []
  /// True inside a list item: new lines continue it.
  private var inItem = false
  /// The marker of the item just opened while no text follows it yet (`- `, `3. `).
  private var pendingMarker: [UInt8]?
  /// True when the line being written starts with an item's marker.
  private var lineOpensItem = false
  /// For each open `<span>`, whether it highlights its text (written as bold).
  private var spans: [Bool] = []
  /// The `href` of each open `<a>`, nil when it has none.
  private var links: [String?] = []
  /// True inside a table row: its blocks are lines of one paragraph.
  private var inRow = false
  /// The level of the heading being written, if any.
  private var headingLevel: Int?

  init(html: String) {
    let bytes = Array(html.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let tag = HTMLTag(in: bytes, at: index) {
        line += HTMLTag.lineEnds(in: bytes, index..<tag.end)
        index = tag.end
        if tag.isMarkupDeclaration { continue }
        if !tag.isClosing, Self.droppedElements.contains(tag.name) || tag.name == "title" {
          let end = HTMLTag.endOfRawText(tag.name, in: bytes, from: index)
          if tag.name == "title", pageTitle == nil {
            let closing = bytes[index..<end].lastIndex(of: UInt8(ascii: "<")) ?? end
            pageTitle = HTMLEntities.decode(String(decoding: bytes[index..<closing], as: UTF8.self))
              .split(whereSeparator: \.isWhitespace).joined(separator: " ")
          }
          line += HTMLTag.lineEnds(in: bytes, index..<end)
          index = end
          continue
        }
        if !tag.isClosing, !tag.isSelfClosing, tag.isHidden {
          // Not shown to a reader: a collapsed abstract, a BibTeX block, a menu.
          let end = HTMLTag.endOfElement(tag.name, in: bytes, from: index)
          line += HTMLTag.lineEnds(in: bytes, index..<end)
          index = end
          continue
        }
        handle(tag)
        continue
      }
      if byte == UInt8(ascii: "\n") { line += 1 }
      appendText(byte)
      index += 1
    }
    endLine()
  }

  // MARK: - Elements

  private mutating func handle(_ tag: HTMLTag) {
    let name = tag.name
    switch name {
    case "ul", "ol", "menu", "dl":
      // In a definition list each term (`<dt>`, often the title) is an item and its
      // definitions (`<dd>`: authors, venue) lines of it.
      endLine()
      pendingMarker = nil
      if tag.isClosing {
        if !lists.isEmpty { lists.removeLast() }
        inItem = !lists.isEmpty
        if lists.isEmpty { blankLine() }
      } else {
        if lists.isEmpty { blankLine() }
        lists.append((name == "ol", 0))
      }
    case "dd":
      endLine()
    case "li", "dt":
      endLine()
      pendingMarker = nil
      guard !tag.isClosing else {
        if name == "li" { inItem = false }
        return
      }
      var marker = "- "
      if !lists.isEmpty {
        lists[lists.count - 1].items += 1
        let list = lists[lists.count - 1]
        if list.ordered { marker = "\(list.items). " }
      }
      pendingMarker = Array(marker.utf8)
      currentLine = line
      inItem = true
    case "h1", "h2", "h3", "h4", "h5", "h6":
      endLine()
      blankLine()
      headingLevel = tag.isClosing ? nil : Int(String(name.dropFirst()))
      if !tag.isClosing { inItem = false }
    case "br":
      endLine()
    case "b", "strong":
      if tag.isClosing { closeInline("**") } else { append("**") }
    case "em", "i", "cite":
      if tag.isClosing { closeInline("*") } else { append("*") }
    case "u":
      if tag.isClosing { closeInline("</u>") } else { append("<u>") }
    case "span", "mark":
      // Themes mark the page owner's name with a class (Hugo's `author-highlighted`).
      if tag.isClosing {
        if spans.popLast() == true { closeInline("**") }
      } else {
        let classes = tag.attributes["class"]?.lowercased() ?? ""
        let highlights = name == "mark" || classes.contains("highlight")
        spans.append(highlights)
        if highlights { append("**") }
      }
    case "a":
      if tag.isClosing {
        guard let href = links.popLast() else { return }
        if let href { append("](\(href))") }
      } else {
        let href = tag.attributes["href"].flatMap { $0.isEmpty ? nil : $0 }
        links.append(href)
        if href != nil { append("[") }
      }
    case "td", "th":
      if let last = current.last, last != 0x20 { current.append(0x20) }
    case "tr":
      // A table row is one paragraph (one entry, as Google Scholar's profile prints a paper):
      // the blocks inside it are its lines.
      endLine()
      if !inItem { blankLine() }
      inRow = !tag.isClosing
    default:
      guard Self.blockElements.contains(name) else { return }
      endLine()
      // Outside list items and table rows each block is a paragraph of its own (an entry,
      // when the page prints one per paragraph); inside them it continues the entry.
      if !inItem && !inRow { blankLine() }
    }
  }

  // MARK: - Text

  private mutating func append(_ text: String) {
    startTextIfNeeded()
    current.append(contentsOf: text.utf8)
  }

  private mutating func appendText(_ byte: UInt8) {
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
      if let last = current.last, last != 0x20 { current.append(0x20) }
      return
    }
    startTextIfNeeded()
    // A star on the page is a character (an equal-contribution mark), not emphasis.
    if byte == UInt8(ascii: "*") { current.append(UInt8(ascii: "\\")) }
    current.append(byte)
  }

  /// Closes an inline mark, moving the contribution marks that end its text (`\*`, `†`, `‡`)
  /// after it: `<em>Jane Doe*</em>` is `*Jane Doe*\*`, a name with its mark.
  private mutating func closeInline(_ marker: String) {
    var marks: [UInt8] = []
    while true {
      if current.count >= 2, current.suffix(2).elementsEqual("\\*".utf8) {
        marks.insert(contentsOf: current.suffix(2), at: 0)
        current.removeLast(2)
      } else if current.count >= 3,
        current.suffix(3).elementsEqual("†".utf8) || current.suffix(3).elementsEqual("‡".utf8)
      {
        marks.insert(contentsOf: current.suffix(3), at: 0)
        current.removeLast(3)
      } else {
        break
      }
    }
    append(marker)
    current += marks
  }

  /// Before the first text of a line: the pending item marker, and the line's page line.
  private mutating func startTextIfNeeded() {
    guard current.isEmpty else { return }
    if let marker = pendingMarker {
      current = marker
      pendingMarker = nil
      lineOpensItem = true
    } else {
      currentLine = line
    }
  }

  /// Ends the line being written (if it has text): a heading when inside one, else a line of
  /// its own, which continues the open item when inside one.
  private mutating func endLine() {
    var text = HTMLEntities.decode(String(decoding: current, as: UTF8.self), keeping: ["lt", "gt"])
      .trimmingWhitespace()
    current = []
    let opensItem = lineOpensItem
    lineOpensItem = false
    guard !text.isEmpty, !text.allSatisfy({ $0 == "*" }) else { return }
    if let headingLevel { text = String(repeating: "#", count: headingLevel) + " " + text }
    // A continuation line that would read as an item or a heading of its own is joined.
    if inItem, !opensItem, headingLevel == nil, let last = lines.indices.last,
      !lines[last].isEmpty,
      text.hasPrefix("#") || MarkdownDocument.listItem(text) != nil
    {
      lines[last] += " " + text
      return
    }
    lines.append(text)
    lineNumbers.append(currentLine)
  }

  /// Sets the next line apart (a paragraph, a list) with a blank line.
  private mutating func blankLine() {
    guard let last = lines.last, !last.isEmpty else { return }
    lines.append("")
    lineNumbers.append(line)
  }
}
