import CoauthModel

/// The author list of one homepage entry: names with their marks, and what the list says
/// about itself.
struct MarkdownAuthorList {
  /// One author as printed, marks removed.
  struct Author: Equatable {
    var printed: String
    var kind: AuthorMention.Kind
    var marks: MentionMarks
    /// The name's parts when the list prints them family name first with initials after
    /// ("Doe J"); nil for the name stage to parse.
    var name: PersonName? = nil
  }

  var authors: [Author] = []
  /// An ellipsis (`...`, `…`) or "et al." left authors out.
  var isTruncated = false
  /// The list is marked "(#)": alphabetical order.
  var isAlphabetical = false
  /// Every author looks like a personal or group name (capitalised words, no digits), the
  /// test that lets a list outside a publication section count.
  var isNameLike = true

  /// Parses a raw Markdown author list such as
  /// `(#) Marah Abdin, [Harkirat Behl](#)\*, ..., and **Yi Zhang**`, or, family names first,
  /// `Smith, J., Doe, J. K., & Ray, B.`.
  init(markdown: String) {
    // Entities first: the `;` of `&eacute;` must not split names.
    var text = HTMLEntities.decode(markdown).trimmingWhitespace()
    // "(#)" as a note, not the "(#)" target of a link such as `[Name](#)`.
    if text.holdsBytes(of: "(#)"), let marker = text.ranges(of: "(#)").first(where: { range in
      range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] != "]"
    }) {
      isAlphabetical = true
      text.removeSubrange(marker)
    }
    for piece in Self.joiningSuffixes(Self.joiningInitials(Self.split(text))) {
      var trimmed = piece.trimmingCharacters(in: { $0.isWhitespace || $0 == "," || $0 == ";" })
      if trimmed.isEmpty { continue }
      if let name = Self.droppingLeadingEllipsis(trimmed) {
        isTruncated = true
        trimmed = name
      }
      if Self.isEllipsis(MarkdownInline.plainText(trimmed)) {
        isTruncated = true
        continue
      }
      guard var author = Self.author(from: trimmed) else { continue }
      if author.printed.holdsBytes(of: " et al"), let etAl = author.printed.firstRange(of: " et al") {
        isTruncated = true
        author.printed = String(author.printed[..<etAl.lowerBound])
      }
      if author.printed.isEmpty { continue }
      if !NameShape.isPrintedNameLike(author.printed) { isNameLike = false }
      authors.append(author)
    }
    splitInitialsAfterFamilyNames()
  }

  /// Gives every author its name's parts when all of them are printed family name first with
  /// initials after, Vancouver style ("Doe J, Roe B, van der Berg AM"), which the name stage
  /// would read as given name "Doe", family name "J".
  private mutating func splitInitialsAfterFamilyNames() {
    let names = authors.map { PersonName(initialsAfterFamilyName: $0.printed) }
    guard !names.isEmpty, names.allSatisfy({ $0 != nil }) else { return }
    for index in authors.indices { authors[index].name = names[index] }
  }

  // MARK: - Helpers

  /// Splits at commas and semicolons (the ideographic and full-width ones of Chinese and
  /// Japanese lists too: "山田太郎、鈴木一郎"), and at the words "and" and "&", outside brackets,
  /// parentheses and HTML tags.
  private static func split(_ text: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var depth = 0
    var inTag = false
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "[", "(": depth += 1
      case "]", ")": depth = max(0, depth - 1)
      case "<": inTag = true
      case ">": inTag = false
      default: break
      }
      if depth == 0 && !inTag {
        if character == "," || character == ";" || character == "、" || character == "，"
          || character == "；"
        {
          pieces.append(current)
          current = ""
          index += 1
          continue
        }
        if character == " ", let length = conjunctionLength(characters, at: index + 1) {
          pieces.append(current)
          current = ""
          index += 1 + length
          continue
        }
      }
      current.append(character)
      index += 1
    }
    pieces.append(current)
    return pieces
  }

  /// The pieces of a list written "Family, Initials" (`Smith, J., Doe, J. K.`) joined again in
  /// pairs; other lists as they are. Only a list where every family name is followed by
  /// initials (or holds its pair whole, as in a link) is joined.
  private static func joiningInitials(_ pieces: [String]) -> [String] {
    enum Shape { case initials, pair, suffix, other }
    func shape(_ piece: String) -> Shape? {
      let plain = MarkdownInline.plainText(piece)
        .trimmingCharacters(in: { $0.isWhitespace || "*†‡".contains($0) })
      if plain.isEmpty || isEllipsis(plain) { return nil }
      if isInitials(plain) { return .initials }
      if NameSuffix.isSuffix(plain) { return .suffix }
      let parts = plain.split(separator: ",", omittingEmptySubsequences: false)
      return parts.count == 2 && isInitials(String(parts[1])) ? .pair : .other
    }
    var joined: [String] = []
    var waitsForInitials = false
    var sawInitials = false
    for piece in pieces {
      switch shape(piece) {
      case nil:
        guard !waitsForInitials else { return pieces }
        joined.append(piece)
      case .initials:
        guard waitsForInitials, let family = joined.popLast() else { return pieces }
        joined.append(family + "," + piece)
        waitsForInitials = false
        sawInitials = true
      case .pair:
        guard !waitsForInitials else { return pieces }
        joined.append(piece)
      case .suffix:
        // "Smith, J., Jr.": the suffix ends the pair before it (`joiningSuffixes` joins it).
        guard !waitsForInitials else { return pieces }
        joined.append(piece)
      case .other:
        guard !waitsForInitials else { return pieces }
        joined.append(piece)
        waitsForInitials = true
      }
    }
    return sawInitials && !waitsForInitials ? joined : pieces
  }

  /// The pieces with a suffix piece joined to the name before it, as printed ("Martin Luther
  /// King, Jr."), not read as a name of its own.
  private static func joiningSuffixes(_ pieces: [String]) -> [String] {
    var joined: [String] = []
    for piece in pieces {
      if NameSuffix.isSuffix(MarkdownInline.plainText(piece)), let name = joined.popLast() {
        joined.append(name + "," + piece)
      } else {
        joined.append(piece)
      }
    }
    return joined
  }

  /// Initials only: "J.", "J. K.", "J.-P.", "JK" is not.
  private static func isInitials(_ text: String) -> Bool {
    let letters = text.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" })
    return !letters.isEmpty && text.contains(".")
      && letters.allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
  }

  /// The length of "and " or "& " at `index`, or nil.
  static func conjunctionLength(_ characters: [Character], at index: Int) -> Int? {
    for word in ["and ", "& "] {
      let needle = Array(word)
      if index + needle.count <= characters.count,
        characters[index..<(index + needle.count)].elementsEqual(needle)
      {
        return needle.count
      }
    }
    return nil
  }

  /// One author from its raw Markdown: highlight from bold, underline or a link; equal
  /// contribution from `*`, `\*`, `†`, `‡` after the name.
  private static func author(from raw: String) -> Author? {
    var text = raw.trimmingWhitespace()
    if text.lowercased().hasPrefix("and ") { text = String(text.dropFirst(4)) }
    var marks = MentionMarks()
    if stripContributionMarks(&text) { marks.equalContribution = true }
    if let inner = unwrapHighlight(text) {
      marks.isHighlighted = true
      text = inner
      if stripContributionMarks(&text) { marks.equalContribution = true }
    }
    var printed = MarkdownInline.plainText(text)
    printed = NameShape.removingParentheses(printed)
    printed = NameShape.removingTitles(printed)
    printed = printed.trimmingCharacters(in: { $0.isWhitespace || $0 == "*" })
    // A sentence's full stop, not an initial's ("Ray, J.-P.") or a suffix's ("King, Jr.").
    if printed.hasSuffix("."), let last = printed.split(separator: " ").last,
      !NameSuffix.isSuffix(last),
      last.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.count > 1 })
    {
      printed.removeLast()
    }
    guard !printed.isEmpty else { return nil }
    return Author(
      printed: printed, kind: NameShape.isGroupName(printed) ? .group : .person, marks: marks)
  }

  /// Removes trailing contribution marks; true when there was one.
  private static func stripContributionMarks(_ text: inout String) -> Bool {
    var found = false
    while true {
      text = text.trimmingWhitespace()
      if let mark = ["\\*", "†", "‡", "&dagger;", "&Dagger;", "<sup>*</sup>", "<sup>†</sup>", "^*"]
        .first(where: { text.hasSuffix($0) })
      {
        text.removeLast(mark.count)
        found = true
      } else if text.hasSuffix("*") && !text.hasSuffix("**") {
        text.removeLast()
        found = true
      } else {
        return found
      }
    }
  }

  /// The inside of `**name**`, `__name__`, `<b>`, `<strong>`, `<u>` or `[name](url)`, or nil.
  private static func unwrapHighlight(_ text: String) -> String? {
    for (open, close) in [
      ("**", "**"), ("__", "__"), ("<b>", "</b>"), ("<strong>", "</strong>"), ("<u>", "</u>"),
    ] where text.count > open.count + close.count && text.hasPrefix(open) && text.hasSuffix(close) {
      return String(text.dropFirst(open.count).dropLast(close.count))
    }
    let characters = Array(text)
    if characters.first == "[", let end = MarkdownInline.linkEnd(characters, textStart: 0),
      end == characters.count, let close = MarkdownInline.matchingBracket(characters, from: 0)
    {
      return String(characters[1..<close])
    }
    return nil
  }

  /// The name after a leading ellipsis ("... Ray, B.", APA's ". . . Ray, B."), or nil.
  private static func droppingLeadingEllipsis(_ piece: String) -> String? {
    let marks = piece.prefix(while: { $0 == "." || $0 == "…" || $0 == " " })
    guard marks.contains("…") || marks.filter({ $0 == "." }).count >= 3 else { return nil }
    let name = piece.dropFirst(marks.count)
    return name.isEmpty ? nil : String(name)
  }

  private static func isEllipsis(_ text: String) -> Bool {
    let compact = text.filter { !$0.isWhitespace }
    if !compact.isEmpty && compact.allSatisfy({ $0 == "." || $0 == "…" }) && compact.count >= 1 {
      return compact.contains("…") || compact.count >= 3
    }
    let lowered = compact.lowercased()
    return lowered == "etal." || lowered == "etal" || lowered == "others"
  }
}
