/// A homepage or CV page cut into the blocks that publication lists are made of: headings,
/// list items (with their continuation lines) and paragraphs. HTML comments are blanked and
/// YAML front matter is set aside, keeping line numbers.
struct MarkdownDocument {
  /// One line of visible text with its 1-based number.
  struct Line {
    var text: String
    var number: Int
  }

  enum Block {
    /// An ATX (`## Publications`), setext (`News` over `====`) or CV heading (an all-caps
    /// first cell such as `MENTORING`); `trailing` is the rest of a CV heading's line.
    case heading(text: String, level: Int, line: Int, trailing: String)
    /// A bulleted or numbered (`1.`, `[1]`, `(1)`) item, marker removed, with its continuation
    /// lines.
    case item([Line])
    case paragraph([Line])
  }

  /// The `title:` of the front matter, unquoted.
  var frontMatterTitle: String?
  /// The visible lines (comments and front matter blanked).
  var lines: [Line] = []
  var blocks: [Block] = []
  /// The indices of the items in `blocks` that were paragraphs (`paragraphsAreItems`).
  var paragraphItems: Set<Int> = []

  /// The document of `text`, whose lines are numbered from 1, or by `lineNumbers` (one per
  /// line) when the text was made from another one (`HTMLMarkdown`). With `paragraphsAreItems`,
  /// paragraphs are items too (a saved page that prints one publication per paragraph).
  init(text: String, lineNumbers: [Int]? = nil, paragraphsAreItems: Bool = false) {
    var rawLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    frontMatterTitle = Self.takeFrontMatter(&rawLines)
    Self.blankComments(&rawLines)
    lines = rawLines.enumerated().map { offset, text in
      Line(text: text, number: lineNumbers.flatMap { offset < $0.count ? $0[offset] : nil } ?? offset + 1)
    }
    blocks = Self.blocks(of: lines)
    if paragraphsAreItems {
      for index in blocks.indices {
        guard case .paragraph(let lines) = blocks[index] else { continue }
        blocks[index] = .item(lines)
        paragraphItems.insert(index)
      }
    }
  }

  // MARK: - Helpers

  /// Removes front matter (`---` on the first line up to the next `---` or `...`) and returns
  /// its title.
  private static func takeFrontMatter(_ lines: inout [String]) -> String? {
    guard let first = lines.first, first.trimmingWhitespace() == "---" else { return nil }
    guard let end = lines.indices.dropFirst().first(where: {
      let line = lines[$0].trimmingWhitespace()
      return line == "---" || line == "..."
    }) else { return nil }
    var title: String?
    for index in 0...end {
      let line = lines[index]
      if title == nil, line.hasPrefix("title:") {
        var value = line.dropFirst("title:".count).trimmingWhitespace()
        if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'",
          value.last == quote
        {
          value = String(value.dropFirst().dropLast())
        }
        title = value
      }
      lines[index] = ""
    }
    return title
  }

  /// Blanks the content of `<!-- ... -->`, which may span lines.
  private static func blankComments(_ lines: inout [String]) {
    var inComment = false
    for index in lines.indices {
      var line = lines[index][...]
      var kept = ""
      while !line.isEmpty {
        if inComment {
          guard let end = line.firstRange(of: "-->") else {
            line = ""
            break
          }
          line = line[end.upperBound...]
          inComment = false
        } else {
          guard let start = line.firstRange(of: "<!--") else {
            kept += line
            line = ""
            break
          }
          kept += line[..<start.lowerBound]
          line = line[start.upperBound...]
          inComment = true
        }
      }
      lines[index] = kept
    }
  }

  private static func blocks(of lines: [Line]) -> [Block] {
    var blocks: [Block] = []
    var current: [Line] = []
    var currentIsItem = false
    func close() {
      if !current.isEmpty { blocks.append(currentIsItem ? .item(current) : .paragraph(current)) }
      current = []
    }
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.text.trimmingWhitespace()
      defer { index += 1 }
      if trimmed.isEmpty {
        close()
        continue
      }
      if let (level, text) = atxHeading(trimmed) {
        close()
        blocks.append(.heading(text: text, level: level, line: line.number, trailing: ""))
        continue
      }
      if current.isEmpty, index + 1 < lines.count, listItem(trimmed) == nil,
        let level = setextLevel(lines[index + 1].text)
      {
        blocks.append(
          .heading(
            text: MarkdownInline.plainText(trimmed), level: level, line: line.number,
            trailing: ""))
        index += 1
        continue
      }
      // A capitalised line inside an item is a venue ("JMLR"), unless a tab marks a CV cell.
      if current.isEmpty || !currentIsItem || line.text.contains("\t"),
        let (text, trailing) = cvHeading(line.text)
      {
        close()
        blocks.append(.heading(text: text, level: 2, line: line.number, trailing: trailing))
        continue
      }
      if isThematicBreak(trimmed) {
        close()
        continue
      }
      if let content = listItem(trimmed) {
        close()
        currentIsItem = true
        current = [Line(text: content, number: line.number)]
        continue
      }
      if current.isEmpty {
        if let text = boldHeading(trimmed) {
          blocks.append(.heading(text: text, level: 3, line: line.number, trailing: ""))
          continue
        }
        currentIsItem = false
      }
      current.append(Line(text: trimmed, number: line.number))
    }
    close()
    return blocks
  }

  private static func atxHeading(_ line: String) -> (Int, String)? {
    let hashes = line.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.first == " " || rest.first == "\t" else { return nil }
    let text = rest.trimmingCharacters(in: { $0 == "#" || $0.isWhitespace })
    return (hashes, MarkdownInline.plainText(text))
  }

  private static func setextLevel(_ line: String) -> Int? {
    let trimmed = line.trimmingWhitespace()
    guard trimmed.count >= 3, let first = trimmed.first, first == "=" || first == "-",
      trimmed.allSatisfy({ $0 == first })
    else { return nil }
    return first == "=" ? 1 : 2
  }

  /// A CV section title: the line's first tab-separated cell in capitals ("PUBLICATIONS",
  /// "ACADEMIC SERVICE"), at least four letters.
  private static func cvHeading(_ line: String) -> (String, String)? {
    let cells = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
    let cell = cells[0].trimmingWhitespace()
    let letters = cell.filter(\.isLetter)
    guard letters.count >= 4,
      letters.allSatisfy(\.isUppercase),
      cell.allSatisfy({ $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" || $0 == "," })
    else { return nil }
    return (cell, cells.count > 1 ? String(cells[1]) : "")
  }

  /// A line that is only bold text of a few words: `**Publications**`.
  private static func boldHeading(_ line: String) -> String? {
    guard line.count > 4, line.hasPrefix("**"), line.hasSuffix("**") else { return nil }
    let inner = line.dropFirst(2).dropLast(2)
    guard !inner.contains("*"), inner.split(separator: " ").count <= 5 else { return nil }
    return MarkdownInline.plainText(inner)
  }

  private static func isThematicBreak(_ line: String) -> Bool {
    let compact = line.filter { $0 != " " }
    guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else {
      return false
    }
    return compact.allSatisfy { $0 == first }
  }

  /// The content of a list item line (`- `, `* `, `+ `, `• `, `12. `, `3) `, and the numbered
  /// references of plain-text lists `[1] `, `(2) `), or nil.
  static func listItem(_ line: String) -> String? {
    guard let first = line.first else { return nil }
    if "-*+•".contains(first) {
      let rest = line.dropFirst()
      guard rest.first == " " || rest.first == "\t" else { return nil }
      return rest.trimmingWhitespace()
    }
    var rest = line[...]
    var closer: Character?
    if first == "[" || first == "(" {
      closer = first == "[" ? "]" : ")"
      rest = rest.dropFirst()
    }
    let digits = rest.prefix(while: \.isNumber)
    // A bracketed number of four digits is more likely a year ("(2021) Title") than a marker.
    guard !digits.isEmpty, digits.count <= (closer == nil ? 4 : 3) else { return nil }
    rest = rest.dropFirst(digits.count)
    guard let marker = rest.first,
      closer.map({ marker == $0 }) ?? (marker == "." || marker == ")")
    else { return nil }
    let content = rest.dropFirst()
    guard content.first == " " || content.first == "\t" else { return nil }
    return content.trimmingWhitespace()
  }
}
