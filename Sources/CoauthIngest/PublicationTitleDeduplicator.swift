import CoauthModel
import Foundation

/// Finds the records of one paper in several files that no DOI ties together: a homepage list
/// and a DBLP or BibTeX export of the same person, or exports without DOIs. Each paper would
/// otherwise count twice, doubling every co-author tie it makes.
///
/// A record repeats a publication kept from an *earlier file* when their folded titles are
/// equal (`Publication.foldedTitle`, of two words or more and at least `minimumTitleLength`
/// letters and digits, so that "Introduction" or "Preface" never match), their years are equal
/// (or one has none), they do not have two different DOIs, and their author lists agree
/// (`authorsAgree`). Records within one file are left to that file's ids and DOIs: a database
/// does not list a paper twice, and a run of one file pays nothing here.
///
/// Titles are compared by a 64-bit hash of their folded text (`ByteHash`), folded byte by byte
/// for most titles (`titleHash(_:)`); a match is checked on the full records.
struct PublicationTitleDeduplicator {
  /// Kept publications of earlier files by the hash of their folded title.
  private var keptByTitleHash = KeptIndices<UInt64>()
  /// Kept publications `0..<indexed` are in the table.
  private var indexed = 0
  /// Kept publications `0..<earlierFiles` come from the files before the current one.
  private var earlierFiles = 0

  /// Folded titles shorter than this, or of one word, never match: such titles ("Editorial",
  /// "Introduction") are shared by different papers.
  static let minimumTitleLength = 12

  /// Starts a file: the `keptCount` publications kept so far are from earlier files.
  mutating func startFile(keptCount: Int) { earlierFiles = keptCount }

  /// True, with an `ingest.duplicate-title` note naming the first, when `publication` (whose
  /// DOI is `doi`, if any) repeats a publication of `kept` from an earlier file.
  @inline(__always)
  mutating func isRepeat(
    _ publication: borrowing Publication, doi: String?, kept: [Publication], dois: [Int: String],
    diagnostics: DiagnosticHandler
  ) -> Bool {
    guard earlierFiles > 0 else { return false }
    return isRepeatOfEarlierFile(
      publication, doi: doi, kept: kept, dois: dois, diagnostics: diagnostics)
  }

  private mutating func isRepeatOfEarlierFile(
    _ publication: borrowing Publication, doi: String?, kept: [Publication], dois: [Int: String],
    diagnostics: DiagnosticHandler
  ) -> Bool {
    while indexed < earlierFiles {
      if let hash = titleHash(kept[indexed].title) { keptByTitleHash.insert(indexed, for: hash) }
      indexed += 1
    }
    guard let hash = titleHash(publication.title), keptByTitleHash.contains(hash) else {
      return false
    }
    let title = publication.foldedTitle
    for index in keptByTitleHash.indices(of: hash) {
      let original = kept[index]
      guard original.id != publication.id, original.foldedTitle == title,
        original.year == nil || publication.year == nil || original.year == publication.year,
        doi == nil || dois[index] == nil || dois[index] == doi,
        Self.authorsAgree(original, publication)
      else { continue }
      diagnostics(
        Diagnostic(
          .note, "ingest.duplicate-title",
          "publication '\(publication.id)' has the title, year and authors of '\(original.id)' "
            + "(first defined at \(original.location)); keeping the first record",
          at: publication.location, skippedRecords: 1))
      return true
    }
    return false
  }

  /// The hash of the folded title (`Publication.foldedTitle`), or nil when it is too short to
  /// tell papers apart. Most titles are folded here byte by byte, as `foldedTitle` would fold
  /// them: ASCII, general punctuation (dashes, quotes), the no-break space, the accented Latin
  /// letters of Latin-1 and CJK ideographs (which have no case or accents); a title with any
  /// other character goes through `foldedTitle`. Equal hashes are checked on the records.
  mutating func titleHash(_ title: String) -> UInt64? {
    var words = 0
    // The folded text is never longer than the title.
    var folded = [UInt8](unsafeUninitializedCapacity: title.utf8.count) { buffer, count in
      let written =
        title.utf8.withContiguousStorageIfAvailable { Self.fold($0, into: buffer, words: &words) }
        ?? Array(title.utf8).withUnsafeBufferPointer { Self.fold($0, into: buffer, words: &words) }
      // Nothing written: the slow path below folds the title.
      count = written ?? 0
    }
    if folded.isEmpty, !title.isEmpty {
      folded = Array(Publication.folded(title).utf8)
      words = Self.wordCount(title)
    }
    guard folded.count >= Self.minimumTitleLength, words >= 2 else { return nil }
    return folded.withUnsafeBufferPointer(ByteHash.hash)
  }

  /// Writes the folded bytes of `bytes` into `output` (as long as `bytes`), counts its words
  /// and returns how many bytes it wrote; nil at the first character folded otherwise.
  private static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
    words: inout Int
  ) -> Int? {
    var inWord = false
    var index = 0
    var count = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        let lower = byte | 0x20
        if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        {
          output[count] = byte >= UInt8(ascii: "A") ? lower : byte
          count += 1
          if !inWord { words += 1 }
          inWord = true
        } else {
          inWord = false
        }
        continue
      }
      switch byte {
      case 0xC2:
        // U+00A0, the no-break space; other signs of Latin-1 are left to `foldedTitle`.
        guard index + 1 < bytes.count, bytes[index + 1] == 0xA0 else { return nil }
        index += 2
        inWord = false
      case 0xC3:
        // U+00C0-U+00FF: an accented letter is its base letter.
        guard index + 1 < bytes.count else { return nil }
        let base = latin1Bases[Int(bytes[index + 1] & 0x3F)]
        guard base != 0 else { return nil }
        index += 2
        output[count] = base
        count += 1
        if !inWord { words += 1 }
        inWord = true
      case 0xE2:
        // U+2000-U+206F, general punctuation (spaces, dashes, quotes, bullets): no letters.
        guard index + 2 < bytes.count,
          bytes[index + 1] == 0x80 || (bytes[index + 1] == 0x81 && bytes[index + 2] < 0xB0)
        else { return nil }
        index += 3
        inWord = false
      case 0xE4...0xE9:
        // U+4000-U+9FFF: CJK ideographs from U+4E00 on, kept as they are.
        guard index + 2 < bytes.count, byte > 0xE4 || bytes[index + 1] >= 0xB8 else { return nil }
        for offset in 0..<3 { output[count + offset] = bytes[index + offset] }
        index += 3
        count += 3
        if !inWord { words += 1 }
        inWord = true
      default:
        return nil
      }
    }
    return count
  }

  /// The base letter of each character U+00C0-U+00FF (by its second UTF-8 byte's low six
  /// bits), lowercased, or 0 for those `foldedTitle` keeps or drops otherwise (Æ, Ð, ×, Ø, Þ,
  /// ß, æ, ð, ÷, ø, þ).
  private static let latin1Bases: [UInt8] = Array(
    "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y".utf8)

  /// Runs of letters and digits (with the marks on them) in `title`.
  private static func wordCount(_ title: String) -> Int {
    var words = 0
    var inWord = false
    for scalar in title.unicodeScalars {
      let properties = scalar.properties
      let isWord =
        properties.isAlphabetic || properties.numericType != nil
        || (inWord && properties.generalCategory == .nonspacingMark)
      if isWord && !inWord { words += 1 }
      inWord = isWord
    }
    return words
  }

  /// Author lists of one paper: as many names (or the cut one the start of the other), each
  /// pair of one person (`namesAgree`).
  static func authorsAgree(_ a: borrowing Publication, _ b: borrowing Publication) -> Bool {
    guard !a.authors.isEmpty, !b.authors.isEmpty else { return false }
    if a.authors.count != b.authors.count {
      // Only a list cut short ("et al.") may be shorter.
      guard a.authors.count < b.authors.count ? a.isTruncated : b.isTruncated else { return false }
    }
    return zip(a.authors, b.authors).allSatisfy { namesAgree($0.printed, $1.printed) }
  }

  /// Printed names of one person: they share a word of two letters or more, and the initials
  /// of one's words are among the other's ("Lee, Ann", "A. Lee" and "Ann M. Lee" agree; "Smith,
  /// Ann" and "Smith, Bo" do not). Case and accents aside.
  static func namesAgree(_ a: String, _ b: String) -> Bool {
    let left = nameWords(a)
    let right = nameWords(b)
    guard left.contains(where: { $0.count >= 2 && right.contains($0) }) else { return false }
    let leftInitials = Set(left.compactMap(\.first))
    let rightInitials = Set(right.compactMap(\.first))
    return leftInitials.isSubset(of: rightInitials) || rightInitials.isSubset(of: leftInitials)
  }

  /// The words of a printed name, lowercased, accents off.
  private static func nameWords(_ name: String) -> Set<String> {
    let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return Set(folded.split(whereSeparator: { !$0.isLetter }).map(String.init))
  }
}
