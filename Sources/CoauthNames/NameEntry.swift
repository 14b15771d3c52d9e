import CoauthModel

/// One distinct printed name of a corpus, parsed and keyed once however often it occurs.
struct NameEntry {
  /// The form shown to users: `PersonName.displayForm`, or the printed text of a group.
  var display: String
  var kind: AuthorMention.Kind
  /// Keys of a person's name; nil for group authors.
  var keys: NameKeys?
  /// The key identical names share: the full name key, or `group:` and the folded group text.
  var identityKey: String

  init(mention: AuthorMention, parser: NameParser) {
    kind = mention.kind
    switch mention.kind {
    case .group:
      display = mention.printed.trimmingSpaces()
      keys = nil
      identityKey = "group:" + NameNormalizer.key(mention.printed)
    case .person:
      let name = mention.name ?? parser.parse(mention.printed)
      let nameKeys = NameKeys(name)
      display = name.displayForm
      keys = nameKeys
      identityKey = nameKeys.full
    }
  }

  /// How well-formed and complete the display form is, for choosing an author's display name:
  /// more written-out given names, then more words, then kept accents, then proper case.
  var displayQuality: (Int, Int, Int, Int) {
    let letters = display.filter(\.isLetter)
    let accented = letters.unicodeScalars.count { $0.value >= 0x80 }
    let words = display.split(separator: " ")
    let properlyCased = words.allSatisfy { word in
      guard let first = word.first(where: \.isLetter) else { return true }
      return !first.isLowercase || word.count <= 3
    } && letters.contains(where: \.isLowercase)
    return (keys?.fullGivenWordCount ?? 0, keys?.given.count ?? 0, properlyCased ? 1 : 0, accented)
  }
}

/// What a mention of a printed name is: the interning key of `NameEntry`.
struct NameSource: Hashable {
  var printed: String
  var name: PersonName?
  var kind: AuthorMention.Kind
}
