import CoauthModel

/// Author list entries that stand for authors left out, not for a person: "et al.", "others",
/// "and others", an ellipsis ("...", "…"), and "et al." after the last name ("Ann Lee et al.").
/// Every reader's publications pass through `InputLoader`, which takes them out and marks the
/// list truncated, so that no format makes a person called "et al." who joins every paper that
/// cut its list short. (BibTeX's `and others` and the Markdown reader's marks are understood by
/// those readers already.)
enum TruncationMarkers {
  /// Takes the markers out of `publication.authors`, setting `isTruncated` when there were any.
  static func remove(from publication: inout Publication) {
    guard publication.authors.contains(where: { isMarker($0.printed) || endsWithEtAl($0.printed) })
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
