import CoauthModel

/// One publication read from a homepage or CV list item.
///
/// Four shapes are understood:
/// - one paragraph, "Authors. Title, Venue, Year." where the title is quoted, a link, or in
///   italics (falling back to the second sentence inside publication sections; Vancouver
///   style "Doe J, Roe B. Title. Lancet. 2017;3:1-2." is one);
/// - one paragraph with the title first, marked: "**Title**. Authors. Venue, Year.";
/// - one paragraph in author-year style (APA), "Doe, J., & Ray, B. (2022). Title. Venue.", the
///   full stop after the year optional;
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
    // A label before the title line: a venue badge ("ACL"), a year, a number ("[J3]").
    if lines.count >= 3, Self.isLabel(lines[0].text),
      let entry = Self.cvLines(Array(lines.dropFirst())), !strict || entry.isConvincing
    {
      self = entry
      return
    }
    let text = lines.map(\.text).joined(separator: " ")
    guard let entry = Self.paragraph(text, line: first.number, lenient: !strict),
      !strict || entry.isConvincing
    else { return nil }
    self = entry
  }

  /// - Parameter year: the year when the entry gives it before the title (author-year style);
  ///   else the first year of the venue part.
  private init(
    title: String, authors: MarkdownAuthorList, rest: String, authorLine: Int,
    venueLines: [String]? = nil, year: Int? = nil
  ) {
    self.title = title
    self.authors = authors
    self.authorLine = authorLine
    let (venue, venueYear) = Self.venueAndYear(venueLines ?? [rest])
    self.venue = venue
    self.year = year ?? venueYear
  }

  /// Good enough to count outside a publication section: name-like authors of two words or
  /// more (or groups), two of them or a highlighted one, and a year.
  var isConvincing: Bool {
    authors.isNameLike && year != nil && !title.isEmpty
      && authors.authors.allSatisfy { $0.kind == .group || $0.printed.contains(" ") }
      && (authors.authors.count >= 2 || authors.authors.contains { $0.marks.isHighlighted })
  }

  // MARK: - Shapes

  /// A short line of one to three words without sentence punctuation: a badge or a number
  /// before an entry's title line.
  private static func isLabel(_ text: String) -> Bool {
    let plain = MarkdownInline.plainText(text)
    return !plain.isEmpty && plain.count <= 24 && (1...3).contains(plain.split(separator: " ").count)
      && !plain.contains(",") && !plain.contains(". ")
  }

  /// "Title" / "Authors" / "Venue Year"... The title line may be a marked title and nothing
  /// else ("[**Title**](url)", "\"Title\"", as saved homepages print it); a line that marks a
  /// title after other text ("Authors [Title](url)") is a one-paragraph entry.
  private static func cvLines(_ lines: [MarkdownDocument.Line]) -> MarkdownEntry? {
    let titleLine = lines[0].text
    let titleCharacters = Array(titleLine)
    if let (start, _, end) = titleStart(in: titleCharacters, allowEmphasis: false) {
      guard start == 0,
        titleCharacters[end...].allSatisfy({ $0.isWhitespace || ".,:;*".contains($0) })
      else { return nil }
    }
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
    if lenient, let entry = authorYear(characters, line: line) { return entry }
    if let entry = titleFirst(characters, line: line, lenient: lenient) { return entry }
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

  /// "Title. Authors. Venue, Year." with the title marked at the start: bold, quoted, a link or
  /// (when lenient) in italics. The authors are the next sentence: two or more, or a highlighted
  /// one (so that a venue such as "Nature Methods" is not read as an author), and more follows.
  private static func titleFirst(_ characters: [Character], line: Int, lenient: Bool)
    -> MarkdownEntry?
  {
    let titleRange: Range<Int>
    let titleEnd: Int
    var titleReadsAsName = false
    if let (start, marked, end) = titleStart(in: characters, allowEmphasis: lenient), start == 0 {
      (titleRange, titleEnd) = (marked, end)
    } else if let (marked, end, readsAsName) = leadingStrong(characters) {
      (titleRange, titleEnd, titleReadsAsName) = (marked, end, readsAsName)
    } else {
      return nil
    }
    let title = cleanTitle(MarkdownInline.plainText(String(characters[titleRange])))
    guard !title.isEmpty else { return nil }
    let after = Array(characters[titleEnd...].drop { $0.isWhitespace || ".,:;".contains($0) })
    let sentences = sentenceRanges(after)
    guard sentences.count >= 2 else { return nil }
    let authors = MarkdownAuthorList(markdown: trimmedAuthorText(String(after[sentences[0]])))
    // A bold title that reads as a name ("**Graph Neural Networks**") could be a highlighted
    // author; only a list of names after it makes it the title.
    guard authors.isNameLike,
      authors.authors.count >= 2
        || (!titleReadsAsName && authors.authors.contains(where: \.marks.isHighlighted))
    else { return nil }
    return MarkdownEntry(
      title: title, authors: authors, rest: String(after[sentences[1].lowerBound...]),
      authorLine: line)
  }

  /// A bold span (`**...**`) that opens the text and may be a title, followed by the end of a
  /// sentence rather than more names ("**Jane Doe**, John Smith" is a highlighted author): the
  /// title's range, the index after the closing mark and whether the text reads as a name. A
  /// short title in Title Case ("**Graph Neural Networks**") reads as a name; it counts only
  /// when a full stop or colon ends it.
  private static func leadingStrong(_ characters: [Character]) -> (Range<Int>, Int, Bool)? {
    guard characters.count > 4, characters[0] == "*", characters[1] == "*" else { return nil }
    var close = 2
    while close + 1 < characters.count, !(characters[close] == "*" && characters[close + 1] == "*") {
      close += 1
    }
    guard close + 1 < characters.count, close > 2 else { return nil }
    let text = MarkdownInline.plainText(String(characters[2..<close]))
    let next = characters[(close + 2)...].first { !$0.isWhitespace }
    guard next != ",", next != "&" else { return nil }
    if isTitleLike(text) { return (2..<close, close + 2, false) }
    let endsSentence = next == "." || next == ":" || text.hasSuffix(".") || text.hasSuffix(":")
    guard endsSentence, text.contains(" "), NameShape.isNameLike(text) else { return nil }
    return (2..<close, close + 2, true)
  }

  /// "Authors (Year). Title. Venue." (APA and other author-year styles): name-like authors,
  /// then the year in parentheses (`(2022)`, `(2022a)`, `(2022, March 3)`) and a full stop, a
  /// colon, a comma or nothing before a space, then the title: quoted, a link or in italics,
  /// else the next sentence.
  private static func authorYear(_ characters: [Character], line: Int) -> MarkdownEntry? {
    guard let (open, close, year) = parenthesizedYear(in: characters), open > 0 else {
      return nil
    }
    // One sentence of names: "Jane Doe, John Smith. Some Title (2021)" is not author-year.
    let authorText = trimmedAuthorText(String(characters[..<open]))
    guard sentenceRanges(Array(authorText), endsAuthorList: false).count == 1 else { return nil }
    let authors = MarkdownAuthorList(markdown: authorText)
    guard !authors.authors.isEmpty, authors.isNameLike else { return nil }
    var afterYear = close + 1
    if afterYear < characters.count, ".:,".contains(characters[afterYear]) { afterYear += 1 }
    guard afterYear < characters.count, characters[afterYear].isWhitespace else { return nil }
    let after = Array(characters[afterYear...].drop(while: \.isWhitespace))
    let titleRange: Range<Int>
    let restStart: Int
    if let (start, marked, end) = titleStart(in: after, allowEmphasis: true), start == 0 {
      (titleRange, restStart) = (marked, end)
    } else if let sentence = sentenceRanges(after).first {
      (titleRange, restStart) = (sentence, sentence.upperBound)
    } else {
      return nil
    }
    let title = cleanTitle(MarkdownInline.plainText(String(after[titleRange])))
    guard !title.isEmpty else { return nil }
    return MarkdownEntry(
      title: title, authors: authors, rest: String(after[restStart...]), authorLine: line,
      year: year)
  }

  /// The first `(` followed by a year (and a letter, or a comma and a date) up to its `)`:
  /// the indices of both parentheses and the year.
  private static func parenthesizedYear(in characters: [Character]) -> (Int, Int, Int)? {
    for open in characters.indices where characters[open] == "(" {
      let digits = characters[(open + 1)...].prefix(while: \.isASCIIDigitCharacter)
      guard digits.count == 4, let year = Int(String(digits)), (1800...2099).contains(year)
      else { continue }
      var index = open + 5
      if index < characters.count, characters[index].isLowercase { index += 1 }
      if index < characters.count, characters[index] == "," {
        index = characters[index...].prefix(40).firstIndex(of: ")") ?? characters.count
      }
      if index < characters.count, characters[index] == ")" { return (open, index, year) }
    }
    return nil
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
      if isTitleLike(text) || followsEtAl(characters, at: link.whole.lowerBound) {
        return (link.whole.lowerBound, link.text, link.whole.upperBound)
      }
    }
    guard allowEmphasis else { return nil }
    for emphasis in MarkdownInline.emphases(in: characters) {
      let text = MarkdownInline.plainText(String(characters[emphasis.text]))
      if isTitleLike(text) || followsEtAl(characters, at: emphasis.whole.lowerBound) {
        return (emphasis.whole.lowerBound, emphasis.text, emphasis.whole.upperBound)
      }
    }
    return nil
  }

  /// True when "et al." (which ends an author list) comes right before `index`, so that what
  /// starts there is the title even if it reads like a name ("et al. *Big Model Paper*").
  private static func followsEtAl(_ characters: [Character], at index: Int) -> Bool {
    var end = index
    while end > 0 && (characters[end - 1].isWhitespace || characters[end - 1] == ",") { end -= 1 }
    let before = String(characters[max(0, end - 7)..<end]).lowercased()
    return before.hasSuffix(" et al.") || before.hasSuffix(" et al")
  }

  /// A title has several words and does not read as a name.
  private static func isTitleLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return words.count >= 6 || (words.count >= 2 && !NameShape.isNameLike(text))
  }

  /// Sentences split at ". " after a word of three or more letters or of Chinese, Japanese or
  /// Korean script (not an initial), after a short family name ending the author list ("Ng."), or
  /// after a link, looking through contribution marks and closing emphasis ("Ann Lee†. Title",
  /// "*Title*. Venue"); the first sentence, the author list, also ends at "et al." and at an
  /// ellipsis followed by more than authors ("Jane Doe, ... Title").
  ///
  /// - Parameter endsAuthorList: whether "et al." and an ellipsis end the first sentence.
  private static func sentenceRanges(_ characters: [Character], endsAuthorList: Bool = true)
    -> [Range<Int>]
  {
    let links = MarkdownInline.links(in: characters)
    let linkEnds = Set(links.map(\.whole.upperBound))
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    var nextLink = 0
    while index < characters.count {
      while nextLink < links.count && links[nextLink].whole.upperBound <= index { nextLink += 1 }
      if nextLink < links.count && links[nextLink].whole.contains(index) {
        index = links[nextLink].whole.upperBound
        continue
      }
      if endsAuthorList, ranges.isEmpty,
        let end = ellipsisEnd(characters, at: index, start: start)
      {
        ranges.append(start..<end)
        start = end
        index = end
        continue
      }
      if characters[index] == "。" {
        // The ideographic full stop of Chinese and Japanese ends a sentence, space or none.
        ranges.append(start..<index)
        start = index + 1
      } else if characters[index] == ".", index + 1 == characters.count || characters[index + 1] == " " {
        var wordEnd = index
        while wordEnd > start && "*_†‡\\".contains(characters[wordEnd - 1]) { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > start && characters[wordStart - 1].isLetter { wordStart -= 1 }
        let word = String(characters[wordStart..<wordEnd])
        let isEtAl = endsAuthorList && ranges.isEmpty && word == "al" && wordStart >= 3
          && String(characters[(wordStart - 3)..<wordStart]) == "et "
        // Chinese, Japanese and Korean characters are never initials ("王伟. Title").
        let isCJK =
          wordEnd > wordStart && characters[wordEnd - 1].unicodeScalars.allSatisfy(PersonName.isCJK)
        if wordEnd - wordStart >= 3 || isCJK || linkEnds.contains(wordEnd) || isEtAl {
          ranges.append(start..<index)
          start = index + 1
        } else if endsAuthorList, ranges.isEmpty, isSuffixEndingList(characters, word: word, stop: index) {
          // "A. Einstein Jr. Title": the stop is the suffix's, kept with the name.
          ranges.append(start..<(wordEnd == index ? index + 1 : index))
          start = index + 1
        } else if endsAuthorList, ranges.isEmpty,
          endsInitialsAfterFamilyNames(String(characters[start..<wordEnd]))
            || isShortFamilyNameEndingList(characters, word: word, at: wordStart, stop: index)
        {
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

  /// True when `word`, with a full stop at `stop`, is a suffix ("Jr.", "Sr.", "III") that ends
  /// the author list: no "and" or "&" follows to add a name.
  private static func isSuffixEndingList(_ characters: [Character], word: String, stop: Int)
    -> Bool
  {
    guard word.first?.isUppercase == true, NameSuffix.isSuffix(word) else { return false }
    return !addsName(characters, after: stop)
  }

  /// True when `word` ("Ng", "Li", "Wu"), a capital and a small letter with a full stop at
  /// `stop`, is a short family name that ends the author list ("Andrew Y. Ng. Title", "Wei Li.
  /// Title"): it follows another word of its name (a given name or an initial), so it is not an
  /// abbreviated given name that starts one ("Th. Müller"), and no "and" or "&" follows.
  private static func isShortFamilyNameEndingList(
    _ characters: [Character], word: String, at wordStart: Int, stop: Int
  ) -> Bool {
    guard word.count == 2, word.first?.isUppercase == true, word.last?.isLowercase == true,
      wordStart >= 2, characters[wordStart - 1] == " ",
      characters[wordStart - 2].isLetter || characters[wordStart - 2] == "."
    else { return false }
    return !addsName(characters, after: stop)
  }

  /// True when "and" or "&" follows the full stop at `stop` (after spaces) to add a name.
  private static func addsName(_ characters: [Character], after stop: Int) -> Bool {
    var index = stop + 1
    while index < characters.count, characters[index].isWhitespace { index += 1 }
    return MarkdownAuthorList.conjunctionLength(characters, at: index) != nil
  }

  /// True when `text`, an author list up to a full stop, is made of names printed family name
  /// first with initials after them, Vancouver style ("Doe J, Roe B, Zed C"): the stop after
  /// the last initials ends the list. One name alone counts when its last initials are two
  /// capitals or more ("Doe JK"), since "Jane C." starts a name with a middle initial.
  private static func endsInitialsAfterFamilyNames(_ text: String) -> Bool {
    let names = text.split(separator: ",").map { piece in
      MarkdownInline.plainText(String(piece))
        .trimmingCharacters(in: { $0.isWhitespace || "*†‡\\".contains($0) })
    }
    guard let initials = names.last?.split(separator: " ").last,
      initials.allSatisfy({ $0.isUppercase }),
      names.allSatisfy({ name in
        PersonName.initialsAfterFamilyNameCount(name.split(separator: " ").map(String.init)) != nil
      })
    else { return false }
    return names.count >= 2 || initials.count >= 2
  }

  /// The index after an ellipsis at `index` (`...`, `…`) that stands alone after authors and
  /// is followed by a word that does not continue the list (not "and", "&" or a comma).
  private static func ellipsisEnd(_ characters: [Character], at index: Int, start: Int) -> Int? {
    guard index > start, characters[index - 1] == " ",
      characters[index] == "." || characters[index] == "…"
    else { return nil }
    let run = characters[index...].prefix(while: { $0 == "." || $0 == "…" })
    guard run.contains("…") || run.count >= 3 else { return nil }
    let end = index + run.count
    guard end < characters.count, characters[end] == " " else { return nil }
    let next = characters[end...].drop(while: \.isWhitespace)
    guard let first = next.first, first != ",", first != "&",
      !String(next.prefix(4)).lowercased().hasPrefix("and ")
    else { return nil }
    return end
  }

  /// The author part without the punctuation that separates it from the title.
  private static func trimmedAuthorText(_ text: String) -> String {
    var trimmed = text.trimmingCharacters(in: { $0.isWhitespace || ",:;-–—".contains($0) })
    // The stop of a suffix ("A. Einstein Jr.") is part of the name.
    if trimmed.hasSuffix("."), let last = trimmed.split(separator: " ").last,
      !NameSuffix.isSuffix(last),
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
    if text.holdsBytes(of: "read more", ignoringASCIICase: true),
      let readMore = text.lowercased().firstRange(of: "read more")
    {
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
    return MarkdownInline.emphases(in: characters).lazy
      .map { MarkdownInline.plainText(String(characters[$0.text])) }
      .first { $0.contains(where: \.isLetter) }
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
    var words = text.trimmingCharacters(in: { $0.isWhitespace || ",.;:、，。；：".contains($0) })
      .split(separator: " ").map(String.init)
    // Vancouver's "2017;3(2):1-2": the year, then volume, issue and pages, none of them venue.
    let yearAndVolume = year.map { "\($0);" }
    if let year, let yearIndex = words.firstIndex(where: { word in
      word.trimmingCharacters(in: { !$0.isNumber }) == String(year)
        || yearAndVolume.map(word.hasPrefix) == true
    }) {
      let word = words[yearIndex]
      let kept = word.replacingFirst(String(year), with: "")
      if kept.allSatisfy({ $0.isPunctuation }) && !kept.contains("(") && !kept.contains(")")
        || yearAndVolume.map(word.hasPrefix) == true
      {
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
    // The ideographic and full-width marks of Chinese and Japanese too ("情報処理学会、2021。").
    return withoutVolumeAndPages(
      venue.trimmingCharacters(in: { $0.isWhitespace || ",.;:-–—、，。；：".contains($0) }))
  }

  /// The venue without the volume, issue and pages that end it after commas ("Cell, 5(2),
  /// 10-12", "J. Chem., vol. 3, pp. 1–9", "BMJ, 360, k1"): they locate the paper in the venue
  /// and are not its name.
  static func withoutVolumeAndPages(_ venue: String) -> String {
    var pieces = venue.split(separator: ",", omittingEmptySubsequences: false)
    while pieces.count > 1, let last = pieces.last, isVolumeOrPages(last) { pieces.removeLast() }
    return pieces.joined(separator: ",").trimmingCharacters(in: { $0.isWhitespace || ",.;:".contains($0) })
  }

  private static let locatorWords: Set<String> = [
    "vol", "volume", "no", "nr", "num", "number", "issue", "iss", "pp", "p", "pages", "page",
    "art", "article", "e",
  ]

  /// "5", "5(2)", "10-12", "pp. 1–9", "vol. 3", "no. 4", "e1234", "k1", "Article 12": numbers
  /// that locate a paper, each with at most one letter beside it.
  private static func isVolumeOrPages(_ piece: Substring) -> Bool {
    var words = piece.split(whereSeparator: \.isWhitespace)
    while let first = words.first,
      locatorWords.contains(first.lowercased().trimmingCharacters(in: { $0 == "." || $0 == ":" })),
      words.count > 1
    {
      words.removeFirst()
    }
    guard !words.isEmpty, words.count <= 2 else { return false }
    return words.allSatisfy { word in
      let tokens = word.split(whereSeparator: { "()-–—:/.".contains($0) })
      return !tokens.isEmpty
        && tokens.allSatisfy { token in
          token.contains(where: \.isASCIIDigitCharacter)
            && token.count(where: \.isLetter) <= 1
            && token.allSatisfy { $0.isASCIIDigitCharacter || $0.isLetter }
        }
    }
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
