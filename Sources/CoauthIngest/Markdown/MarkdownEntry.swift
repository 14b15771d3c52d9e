import CoauthModel

/// One publication read from a homepage or CV list item.
///
/// Two shapes are understood:
/// - one paragraph, "Authors. Title, Venue, Year." where the title is quoted, a link, or in
///   italics (falling back to the second sentence inside publication sections);
/// - CV lines, "Title" / "Authors" / "Venue Year" (a numbered entry spread over lines).
struct MarkdownEntry {
  var title: String
  var authors: MarkdownAuthorList
  var year: Int?
  var venue: String
  /// The line where the author list was read.
  var authorLine: Int

  /// Reads an item; nil when it does not look like a publication.
  ///
  /// - Parameter strict: outside publication sections an entry needs a marked title (quotes,
  ///   a link, italics), name-like authors (two or more, or a highlighted one) and a year.
  init?(item lines: [MarkdownDocument.Line], strict: Bool) {
    guard let first = lines.first else { return nil }
    if lines.count >= 2, let entry = Self.cvLines(lines), !strict || entry.isConvincing {
      self = entry
      return
    }
    let text = lines.map(\.text).joined(separator: " ")
    guard let entry = Self.paragraph(text, line: first.number, lenient: !strict),
      !strict || entry.isConvincing
    else { return nil }
    self = entry
  }

  private init(
    title: String, authors: MarkdownAuthorList, rest: String, authorLine: Int,
    venueLines: [String]? = nil
  ) {
    self.title = title
    self.authors = authors
    self.authorLine = authorLine
    let (venue, year) = Self.venueAndYear(venueLines ?? [rest])
    self.venue = venue
    self.year = year
  }

  /// Good enough to count outside a publication section: name-like authors of two words or
  /// more (or groups), two of them or a highlighted one, and a year.
  private var isConvincing: Bool {
    authors.isNameLike && year != nil && !title.isEmpty
      && authors.authors.allSatisfy { $0.kind == .group || $0.printed.contains(" ") }
      && (authors.authors.count >= 2 || authors.authors.contains { $0.marks.isHighlighted })
  }

  // MARK: - Shapes

  /// "Title" / "Authors" / "Venue Year"...
  private static func cvLines(_ lines: [MarkdownDocument.Line]) -> MarkdownEntry? {
    let titleLine = lines[0].text
    guard titleStart(in: Array(titleLine), allowEmphasis: false) == nil else { return nil }
    let authors = MarkdownAuthorList(markdown: lines[1].text)
    guard !authors.authors.isEmpty, authors.isNameLike else { return nil }
    let title = cleanTitle(MarkdownInline.plainText(titleLine))
    guard !title.isEmpty else { return nil }
    let venueLines = lines.dropFirst(2).map(\.text)
    return MarkdownEntry(
      title: title, authors: authors, rest: "", authorLine: lines[1].number,
      venueLines: Array(venueLines))
  }

  /// "Authors. Title, Venue, Year." on one paragraph.
  ///
  /// - Parameter lenient: titles may also be in italics or the second sentence.
  private static func paragraph(_ text: String, line: Int, lenient: Bool) -> MarkdownEntry? {
    let characters = Array(text)
    if let (start, titleRange, end) = titleStart(in: characters, allowEmphasis: lenient),
      start > 0
    {
      let authorText = String(characters[..<start])
      let authors = MarkdownAuthorList(markdown: trimmedAuthorText(authorText))
      let title = cleanTitle(MarkdownInline.plainText(String(characters[titleRange])))
      guard !authors.authors.isEmpty, !title.isEmpty else { return nil }
      return MarkdownEntry(
        title: title, authors: authors, rest: String(characters[end...]), authorLine: line)
    }
    guard lenient else { return nil }
    // "Authors. Title. Venue, Year.": split at sentence ends that follow a word, not an initial.
    let sentences = sentenceRanges(characters)
    guard sentences.count >= 2 else { return nil }
    let authors = MarkdownAuthorList(
      markdown: trimmedAuthorText(String(characters[sentences[0]])))
    let title = cleanTitle(MarkdownInline.plainText(String(characters[sentences[1]])))
    guard !authors.authors.isEmpty, authors.isNameLike, !title.isEmpty else { return nil }
    let rest = sentences.count > 2 ? String(characters[sentences[2].lowerBound...]) : ""
    return MarkdownEntry(title: title, authors: authors, rest: rest, authorLine: line)
  }

  /// Where a marked title begins: a quotation (`"..."`, `“...”`), else a link or an
  /// italic span whose text is not a name. Returns the start of the mark, the title's range
  /// and the index after the mark.
  private static func titleStart(in characters: [Character], allowEmphasis: Bool) -> (
    Int, Range<Int>, Int
  )? {
    if let open = characters.firstIndex(where: { $0 == "\"" || $0 == "“" }) {
      let closer: Character = characters[open] == "“" ? "”" : "\""
      if let close = characters[(open + 1)...].firstIndex(of: closer), close > open + 1 {
        return (open, (open + 1)..<close, close + 1)
      }
    }
    for link in MarkdownInline.links(in: characters) {
      let text = MarkdownInline.plainText(String(characters[link.text]))
      if isTitleLike(text) { return (link.whole.lowerBound, link.text, link.whole.upperBound) }
    }
    guard allowEmphasis else { return nil }
    var index = 0
    while index < characters.count {
      if characters[index] == "*" && (index == 0 || characters[index - 1] != "\\")
        && (index + 1 < characters.count && characters[index + 1] != "*" && characters[index + 1] != " ")
        && (index == 0 || characters[index - 1] != "*"),
        let close = characters[(index + 1)...].firstIndex(of: "*")
      {
        let text = MarkdownInline.plainText(String(characters[(index + 1)..<close]))
        if isTitleLike(text) { return (index, (index + 1)..<close, close + 1) }
        index = close + 1
        continue
      }
      index += 1
    }
    return nil
  }

  /// A title has several words and does not read as a name.
  private static func isTitleLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return words.count >= 6 || (words.count >= 2 && !NameShape.isNameLike(text))
  }

  /// Sentences split at ". " after a word of three or more letters.
  private static func sentenceRanges(_ characters: [Character]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < characters.count {
      if characters[index] == ".", index + 1 == characters.count || characters[index + 1] == " " {
        var wordStart = index
        while wordStart > start && characters[wordStart - 1].isLetter { wordStart -= 1 }
        if index - wordStart >= 3 {
          ranges.append(start..<index)
          start = index + 1
        }
      }
      index += 1
    }
    if start < characters.count,
      !characters[start...].allSatisfy({ $0.isWhitespace })
    {
      ranges.append(start..<characters.count)
    }
    return ranges
  }

  /// The author part without the punctuation that separates it from the title.
  private static func trimmedAuthorText(_ text: String) -> String {
    var trimmed = text.trimmingCharacters(in: { $0.isWhitespace || ",:;-–—".contains($0) })
    if trimmed.hasSuffix("."), let last = trimmed.split(separator: " ").last,
      last.filter(\.isLetter).count > 1 || last.hasSuffix("**.")
    {
      trimmed.removeLast()
    }
    return trimmed
  }

  private static func cleanTitle(_ text: String) -> String {
    text.trimmingCharacters(in: { $0.isWhitespace || ",.;:\"“”*".contains($0) })
  }

  // MARK: - Venue and year

  private static let monthNames: Set<String> = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
  ]

  private static let statusWords: Set<String> = [
    "accepted", "submitted", "forthcoming", "published", "preprint",
  ]

  private static let linkLabels: Set<String> = [
    "code", "pdf", "paper", "slides", "project", "video", "poster", "bibtex", "arxiv", "website",
    "blog", "data", "demo", "talk", "github", "link", "html", "doi",
  ]

  /// The venue (text without the year, month, status words and side links) and the first
  /// year of the venue or date part.
  private static func venueAndYear(_ parts: [String]) -> (String, Int?) {
    var plains: [String] = []
    var emphasized: String?
    for part in parts {
      let cleaned = removingSideLinks(part)
      if emphasized == nil { emphasized = firstEmphasis(cleaned) }
      let plain = MarkdownInline.plainText(cleaned)
      if !plain.isEmpty { plains.append(plain) }
    }
    let plain = plains.joined(separator: "; ")
    let year = firstYear(in: plain)
    let venueSource = emphasized ?? plain
    return (cleanVenue(venueSource, year: year), year)
  }

  /// Removes "Read more: ..." and links whose label is a bracketed or generic word
  /// (`[\[Amazon Blog\]](url)`, `[[code](url)]`, `[pdf](url)`).
  private static func removingSideLinks(_ text: String) -> String {
    var text = text
    if let readMore = text.lowercased().firstRange(of: "read more") {
      let offset = text.lowercased().distance(from: text.lowercased().startIndex, to: readMore.lowerBound)
      text = String(text.prefix(offset))
    }
    var characters = Array(text)
    for link in MarkdownInline.links(in: characters).reversed() {
      let label = MarkdownInline.plainText(String(characters[link.text]))
      let raw = String(characters[link.text])
      if raw.hasPrefix("\\[") || raw.hasPrefix("[") || linkLabels.contains(label.lowercased()) {
        var whole = link.whole
        // `[[code](url)]`: the outer brackets go too.
        if whole.lowerBound > 0, characters[whole.lowerBound - 1] == "[",
          whole.upperBound < characters.count, characters[whole.upperBound] == "]"
        {
          whole = (whole.lowerBound - 1)..<(whole.upperBound + 1)
        }
        characters.removeSubrange(whole)
      }
    }
    return String(characters)
  }

  /// The text of the first `*...*` span with letters.
  private static func firstEmphasis(_ text: String) -> String? {
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      if characters[index] == "*", index == 0 || characters[index - 1] != "\\",
        let close = characters[(index + 1)...].firstIndex(of: "*")
      {
        let inner = MarkdownInline.plainText(String(characters[(index + 1)..<close]))
        if inner.contains(where: \.isLetter) { return inner }
        index = close + 1
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The first four-digit number from 1800 to 2099 that stands alone.
  static func firstYear(in text: String) -> Int? {
    let characters = Array(text)
    var index = 0
    while index + 4 <= characters.count {
      let window = characters[index..<(index + 4)]
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 4 < characters.count ? characters[index + 4] : " "
      if window.allSatisfy(\.isASCIIDigitCharacter), !before.isNumber, !after.isNumber,
        let value = Int(String(window)), (1800...2099).contains(value)
      {
        return value
      }
      index += 1
    }
    return nil
  }

  private static func cleanVenue(_ text: String, year: Int?) -> String {
    var words = text.trimmingCharacters(in: { $0.isWhitespace || ",.;:".contains($0) })
      .split(separator: " ").map(String.init)
    if let year, let yearIndex = words.firstIndex(where: { word in
      word.trimmingCharacters(in: { !$0.isNumber }) == String(year)
    }) {
      let word = words[yearIndex]
      let kept = word.replacingFirst(String(year), with: "")
      if kept.allSatisfy({ $0.isPunctuation }) && !kept.contains("(") && !kept.contains(")") {
        words.remove(at: yearIndex)
      } else {
        words[yearIndex] = kept
      }
      if yearIndex > 0, yearIndex - 1 < words.count,
        monthNames.contains(words[yearIndex - 1].lowercased().trimmingCharacters(in: { $0 == "." || $0 == "," }))
      {
        words.remove(at: yearIndex - 1)
      }
    }
    words.removeAll { statusWords.contains($0.lowercased().trimmingCharacters(in: { $0 == "," || $0 == "." })) }
    if let first = words.first, first == "In" || first == "In:" { words.removeFirst() }
    if words.first == "the" { words.removeFirst() }
    var venue = words.joined(separator: " ")
    for (pattern, replacement) in [(" ,", ","), (",,", ","), ("( ", "("), (" )", ")"), ("()", ""), (", )", ")"), ("(,", "(")] {
      while venue.contains(pattern) { venue = venue.replacingFirst(pattern, with: replacement) }
    }
    return venue.trimmingCharacters(in: { $0.isWhitespace || ",.;:-–—".contains($0) })
  }
}

extension Character {
  /// "0" to "9".
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
  /// The text with the first occurrence of `target` replaced.
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    return self[..<range.lowerBound] + replacement + self[range.upperBound...]
  }
}
