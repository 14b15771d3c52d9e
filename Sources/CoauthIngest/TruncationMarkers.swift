import CoauthModel

/// Author list entries that stand for authors left out, not for a person: "et al.", "others",
/// "and others", an ellipsis ("...", "…"), and "et al." after the last name ("Ann Lee et al.").
/// `InputLoader` takes them out of the publications of every reader but DBLP XML's (dblp prints
/// whole author lists; its files are also the largest) and marks the list truncated, so that
/// no format makes a person called "et al." who joins every paper that cut its list short.
/// (BibTeX's `and others` and the Markdown reader's marks are understood by those readers
/// already, and the CSL-JSON reader takes a marker off the end of a name part.)
enum TruncationMarkers {
  /// Takes the markers out of `publication.authors`, setting `isTruncated` when there were any.
  static func remove(from publication: inout Publication) {
    // Every record passes here: the last bytes of each name are read in place first, without
    // copying a mention (which would change the reference counts of all it holds).
    let mayHold = publication.authors.withUnsafeBufferPointer { mentions in
      mentions.indices.contains { mayHoldMarker(mentions[$0].printed) }
    }
    guard mayHold,
      publication.authors.contains(where: { isMarker($0.printed) || endsWithEtAl($0.printed) })
    else { return }
    publication.isTruncated = true
    publication.authors = publication.authors.compactMap { mention in
      if isMarker(mention.printed) { return nil }
      guard let cut = etAlStart(mention.printed) else { return mention }
      var kept = mention
      kept.printed = String(mention.printed[..<cut])
      // The reader's split held "et al." as a part ("Ann Lee et" / "al."): the name stage
      // parses the name anew.
      kept.name = nil
      return kept.printed.isEmpty ? nil : kept
    }
  }

  /// False when `printed` cannot hold a marker: every marker, and every name with "et al."
  /// after it, ends with one of a few endings ("t al", "t al.", "others", "etc", "etc.",
  /// "alii", "..", "…"). Reads at most the last eight bytes, without allocating.
  @inline(__always)
  static func mayHoldMarker(_ printed: borrowing String) -> Bool {
    // The last (up to) eight bytes, ASCII letters in lower case, the last byte lowest.
    var tail: UInt64 = 0
    var count = 0
    func add(_ byte: UInt8) {
      let folded = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      tail |= UInt64(folded) << UInt64(8 * count)
      count += 1
    }
    let read: Void? = printed.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes.suffix(8).reversed() { add(byte) }
    }
    if read == nil {
      for byte in printed.utf8.reversed().prefix(8) { add(byte) }
    }
    for ending in endings where ending.length <= count {
      let mask: UInt64 = ending.length == 8 ? ~0 : (1 << UInt64(8 * ending.length)) - 1
      if tail & mask == ending.bytes { return true }
    }
    return false
  }

  /// The endings of `mayHoldMarker`, packed as its tail is (last byte lowest).
  private static let endings: [(bytes: UInt64, length: Int)] = [
    "t al", "t al.", "others", "etc", "etc.", "alii", "..", "\u{2026}",
  ].map { text in
    let bytes = Array(text.utf8)
    var packed: UInt64 = 0
    for (index, byte) in bytes.reversed().enumerated() { packed |= UInt64(byte) << UInt64(8 * index) }
    return (packed, bytes.count)
  }

  /// True when `printed` is a marker as a whole.
  static func isMarker(_ printed: String) -> Bool {
    guard printed.utf8.count <= 20 else { return false }
    let letters = String(printed.lowercased().unicodeScalars.filter(\.properties.isAlphabetic))
    if letters.isEmpty {
      // Only punctuation: an ellipsis.
      return printed.contains("...") || printed.contains("…") || printed.contains(". . .")
    }
    return ["etal", "etalii", "others", "andothers", "etc"].contains(letters)
  }

  private static func endsWithEtAl(_ printed: String) -> Bool { etAlStart(printed) != nil }

  /// `part` (one part of a name, such as CSL-JSON's `given`: "Ann et al.") without the marker
  /// at its end ("Ann"; "" when the part is only a marker), or nil when it ends with none.
  static func withoutTrailingMarker(_ part: String) -> String? {
    guard mayHoldMarker(part) else { return nil }
    if isMarker(part) { return "" }
    return etAlStart(part).map { String(part[..<$0]) }
  }

  /// Where " et al." (or " et al", ", et al.", " et. al.", " ...") ends a longer name.
  private static func etAlStart(_ printed: String) -> String.Index? {
    let lowered = printed.lowercased()
    for suffix in [" et al.", " et al", " et. al.", " et alii", " ...", " …"]
    where lowered.hasSuffix(suffix) && lowered.count > suffix.count {
      var cut = printed.index(printed.endIndex, offsetBy: -suffix.count)
      while cut > printed.startIndex,
        let before = printed[..<cut].last, before == "," || before == " "
      {
        cut = printed.index(before: cut)
      }
      return cut
    }
    return nil
  }
}
