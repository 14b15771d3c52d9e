import CoauthModel
import Foundation

/// One distinct printed name of a corpus, parsed and keyed once however often it occurs.
struct NameEntry {
  /// The form shown to users: `PersonName.displayForm` of the canonical split, or the printed
  /// text of a group.
  var display: String
  var kind: AuthorMention.Kind
  /// Keys of a person's name; nil for group authors.
  var keys: NameKeys?
  /// The key identical names share: the full name key, or `group:` and the folded group text
  /// (see `groupKey(_:)`).
  var identityKey: String
  /// The author id this name gives: folded words joined by `-`.
  var slug: String = ""
  /// How complete and well-formed `display` is (see `quality(of:keys:)`).
  var displayQuality: (Int, Int, Int, Int) = (0, 0, 0, 0)

  // Parts of `keys` that resolution stages group and rank by, kept beside them so that they are
  // read without copying the keys (see `summarizeKeys()`): "" and 0 for groups.
  var familyKey = ""
  /// The first given word, its parts joined by `-`.
  var firstGivenKey = ""
  /// Every given word, parts joined by `-`, words by spaces; the folded particle; whether the
  /// name has a suffix ("Jr.").
  var givenKey = ""
  var particleKey = ""
  var hasSuffix = false
  var givenWordCount: Int32 = 0
  var fullGivenWordCount: Int32 = 0
  /// The number of given-name parts, compounds counted by their parts ("Jean-Pierre": 2), and
  /// of those that are not initials: how much a name says, for ranking the names of a block.
  var givenPartCount: Int32 = 0
  var fullGivenPartCount: Int32 = 0
  /// The first initial of the given name (its Unicode value), 0 when none.
  var firstInitial: UInt32 = 0
  var umlautExpandedFull: String?
  /// The folded family name as printed with a hyphen ("sanchez-cartagena"), when it is one
  /// hyphenated word without particle: what `CompoundFamilies` learns from.
  var hyphenatedFamily: String?

  init(mention: AuthorMention, parser: NameParser) {
    kind = mention.kind
    var familyFirstSlug: String?
    switch mention.kind {
    case .group:
      display = mention.printed.trimmingSpaces()
      keys = nil
      identityKey = Self.groupKey(mention.printed)
    case .person:
      let name = parser.canonicalSplit(mention.name ?? parser.parse(mention.printed))
      let nameKeys = NameKeys(split: name)
      // The canonical split, so that "Laverghetta Jr., Antonio" (BibTeX) and "Antonio
      // Laverghetta Jr." (dblp) display alike.
      display = name.displayForm
      // Names displayed family name first ("王伟") keep that order in their id.
      if name.isWrittenFamilyFirst {
        familyFirstSlug = NameNormalizer.key(name.family) + " " + NameNormalizer.key(name.given)
      }
      keys = nameKeys
      identityKey = nameKeys.full
      hyphenatedFamily = CompoundFamilies.hyphenatedFamily(of: name)
    }
    displayQuality = Self.quality(of: display, keys: keys)
    let slugWords: String
    if let familyFirstSlug {
      slugWords = familyFirstSlug
    } else if let keys {
      slugWords = keys.suffix.isEmpty ? keys.full : keys.full + " " + keys.suffix
    } else {
      slugWords = NameNormalizer.key(display)
    }
    slug = slugWords.joiningWordsWithHyphens()
    summarizeKeys()
  }

  /// The identity key of a group author printed `text`: `group:` and the folded text without
  /// a leading "The", which groups print or leave out ("The ATLAS Collaboration", "ATLAS
  /// Collaboration").
  static func groupKey(_ text: String) -> String {
    let key = NameNormalizer.key(text)
    guard key.hasPrefix("the "), key.count > 4 else { return "group:" + key }
    return "group:" + key.dropFirst(4)
  }

  /// Copies the parts of `keys` stages group by into their own properties.
  mutating func summarizeKeys() {
    guard let keys else { return }
    familyKey = keys.family
    firstGivenKey = keys.given.first?.parts.joined(separator: "-") ?? ""
    givenKey = keys.given.map(\.description).joined(separator: " ")
    particleKey = keys.particle
    hasSuffix = !keys.suffix.isEmpty
    givenWordCount = Int32(keys.given.count)
    fullGivenWordCount = Int32(keys.fullGivenWordCount)
    givenPartCount = Int32(keys.givenPartCount)
    fullGivenPartCount = Int32(keys.fullGivenPartCount)
    firstInitial = keys.given.first?.initials.first?.value ?? 0
    umlautExpandedFull = keys.umlautExpandedFull
  }

  /// The entries of `mentions`' names, in order, computed in parallel chunks; family names
  /// that the corpus prints hyphenated somewhere are widened to that compound (see
  /// `CompoundFamilies`).
  static func makeAll(_ mentions: [AuthorMention]) -> [NameEntry] {
    var entries = [NameEntry](unsafeUninitializedCapacity: mentions.count) { buffer, count in
      let output = SharedBuffer(buffer)
      inParallelChunks(of: mentions.count) { range in
        let parser = NameParser()
        for index in range {
          output.initialize(index, to: NameEntry(mention: mentions[index], parser: parser))
        }
      }
      count = mentions.count
    }
    let compounds = CompoundFamilies(
      hyphenatedFamilies: entries.lazy.compactMap(\.hyphenatedFamily))
    guard !compounds.isEmpty else { return entries }
    entries.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedBuffer(buffer)
      inParallelChunks(of: buffer.count) { range in
        for index in range { shared.update(index) { $0.widen(compounds) } }
      }
    }
    return entries
  }

  /// The keys widened to a compound family name of `compounds`, when the name has one.
  private mutating func widen(_ compounds: CompoundFamilies) {
    guard let current = keys, let widened = compounds.widened(current) else { return }
    keys = widened
    summarizeKeys()
  }

  /// Calls `body` on consecutive ranges of `0..<count`, spread over the available cores.
  private static func inParallelChunks(
    of count: Int, _ body: @escaping @Sendable (Range<Int>) -> Void
  ) {
    let chunkSize = 2048
    let chunkCount = (count + chunkSize - 1) / chunkSize
    guard chunkCount > 1 else {
      body(0..<count)
      return
    }
    WorkerThreads.run(iterations: chunkCount) { chunk in
      body((chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize))
    }
  }

  /// How well-formed and complete a display form is, for choosing an author's display name:
  /// more written-out given names (hyphenated parts counted apart), then more given-name parts,
  /// then proper case, then kept accents.
  private static func quality(of display: String, keys: NameKeys?) -> (Int, Int, Int, Int) {
    var accented = 0
    var hasLowercase = false
    for scalar in display.unicodeScalars where scalar.isLetter {
      if scalar.value >= 0x80 { accented += 1 }
      if scalar.isLowercaseLetter { hasLowercase = true }
    }
    // A word of four letters or more in capitals ("Taro YAMADA") is no proper case either.
    let properlyCased =
      hasLowercase
      && display.whitespaceSeparatedWords.allSatisfy { word in
        guard let first = word.unicodeScalars.first(where: \.isLetter) else { return true }
        let letters = word.unicodeScalars.filter(\.isLetter)
        return (!first.isLowercaseLetter || word.unicodeScalars.count <= 3)
          && (letters.count < 4 || letters.contains(where: \.isLowercaseLetter))
      }
    // Parts of given names, not words: "Jean-Rémi" says as much as "Jean Remi".
    return (
      keys?.fullGivenPartCount ?? 0, keys?.givenPartCount ?? 0, properlyCased ? 1 : 0, accented
    )
  }
}

/// Elements of a buffer that parallel chunks write, each element by one chunk only.
private struct SharedBuffer: @unchecked Sendable {
  let base: UnsafeMutablePointer<NameEntry>

  init(_ buffer: UnsafeMutableBufferPointer<NameEntry>) {
    base =
      buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<NameEntry>.alignment)!
  }

  func initialize(_ index: Int, to entry: NameEntry) {
    (base + index).initialize(to: entry)
  }

  func update(_ index: Int, _ body: (inout NameEntry) -> Void) {
    body(&base[index])
  }
}
