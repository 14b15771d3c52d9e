import CoauthModel
import Dispatch
import Foundation

/// One distinct printed name of a corpus, parsed and keyed once however often it occurs.
struct NameEntry {
  /// The form shown to users: `PersonName.displayForm` of the canonical split, or the printed
  /// text of a group.
  var display: String
  var kind: AuthorMention.Kind
  /// Keys of a person's name; nil for group authors.
  var keys: NameKeys?
  /// The key identical names share: the full name key, or `group:` and the folded group text.
  var identityKey: String
  /// The author id this name gives: folded words joined by `-`.
  var slug: String = ""
  /// How complete and well-formed `display` is (see `quality(of:keys:)`).
  var displayQuality: (Int, Int, Int, Int) = (0, 0, 0, 0)

  init(mention: AuthorMention, parser: NameParser) {
    kind = mention.kind
    switch mention.kind {
    case .group:
      display = mention.printed.trimmingSpaces()
      keys = nil
      identityKey = "group:" + NameNormalizer.key(mention.printed)
    case .person:
      let name = parser.canonicalSplit(mention.name ?? parser.parse(mention.printed))
      let nameKeys = NameKeys(split: name)
      // The canonical split, so that "Laverghetta Jr., Antonio" (BibTeX) and "Antonio
      // Laverghetta Jr." (dblp) display alike.
      display = name.displayForm
      keys = nameKeys
      identityKey = nameKeys.full
    }
    displayQuality = Self.quality(of: display, keys: keys)
    let slugWords: String
    if let keys {
      slugWords = keys.suffix.isEmpty ? keys.full : keys.full + " " + keys.suffix
    } else {
      slugWords = NameNormalizer.key(display)
    }
    slug = slugWords.joiningWordsWithHyphens()
  }

  /// The entries of `mentions`' names, in order, computed in parallel chunks.
  static func makeAll(_ mentions: [AuthorMention]) -> [NameEntry] {
    let chunkSize = 2048
    let chunkCount = (mentions.count + chunkSize - 1) / chunkSize
    guard chunkCount > 1 else {
      let parser = NameParser()
      return mentions.map { NameEntry(mention: $0, parser: parser) }
    }
    let chunks = ChunkResults(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let parser = NameParser()
      let range = (chunk * chunkSize)..<min(mentions.count, (chunk + 1) * chunkSize)
      chunks.store(range.map { NameEntry(mention: mentions[$0], parser: parser) }, at: chunk)
    }
    return chunks.joined()
  }

  /// How well-formed and complete a display form is, for choosing an author's display name:
  /// more written-out given names, then more words, then proper case, then kept accents.
  private static func quality(of display: String, keys: NameKeys?) -> (Int, Int, Int, Int) {
    let letters = display.letterScalars
    let accented = letters.count { $0.value >= 0x80 }
    let properlyCased =
      letters.contains(where: \.isLowercaseLetter)
      && display.whitespaceSeparatedWords.allSatisfy { word in
        guard let first = word.letterScalars.first else { return true }
        return !first.isLowercaseLetter || word.unicodeScalars.count <= 3
      }
    return (keys?.fullGivenWordCount ?? 0, keys?.given.count ?? 0, properlyCased ? 1 : 0, accented)
  }
}

/// What a mention of a printed name is: the interning key of `NameEntry`.
struct NameSource: Hashable {
  var printed: String
  var name: PersonName?
  var kind: AuthorMention.Kind
}

/// Results of parallel chunks, each written once by its own worker.
private final class ChunkResults: @unchecked Sendable {
  private var results: [[NameEntry]]
  private let lock = NSLock()

  init(count: Int) {
    results = Array(repeating: [], count: count)
  }

  func store(_ entries: [NameEntry], at chunk: Int) {
    lock.lock()
    results[chunk] = entries
    lock.unlock()
  }

  /// The chunks concatenated in order.
  func joined() -> [NameEntry] {
    lock.lock()
    defer { lock.unlock() }
    return results.flatMap { $0 }
  }
}
