import CoauthModel

/// Authors separated by nothing but commas, read one of two ways: full names ("Jane Doe, Rick
/// Roe, Al Zed": every piece has several words) or "Family, Given" pairs in order ("Doe, Jane,
/// Roe, Rick", "Doe, J., Roe, R.", "van der Berg, Anna Maria": family pieces of one word or led
/// by a particle, never initials; a "Jr." piece joins the pair it follows or splits).
///
/// Google Scholar's "A Lee, B Chan, C Wu" are full names; a list cut short by a last "..." or
/// "et al." piece is read without it.
///
/// When neither reading fits ("Doe, Jane, Roe", "Jane Doe, J."), the pieces are still read, as
/// pairs when they pair up and as names otherwise, and `doubt` says why that is a guess.
struct CommaSeparatedNames {
  /// The authors in order, with parts for pairs.
  private(set) var authors: [(printed: String, name: PersonName?)] = []
  /// Why the reading is a guess; nil when the pieces fit one reading.
  private(set) var doubt: String?

  /// Reads `pieces`, the non-empty comma-separated parts of one list, whitespace collapsed.
  /// A marker that ends the list ("A Lee, B Chan, ...") takes no part in the reading and is
  /// kept as the last piece, for `InputLoader` to take out (`TruncationMarkers`).
  init(_ pieces: [String]) {
    var pieces = pieces
    let marker =
      pieces.count > 1 && TruncationMarkers.isMarker(pieces.last!) ? pieces.removeLast() : nil
    defer { if let marker { authors.append((marker, nil)) } }
    let pairs = Self.pairs(pieces)
    if Self.areFullNames(pieces) {
      authors = pieces.map { ($0, nil) }
    } else if let pairs, pairs.allSatisfy({ Self.isFamilyName($0.family) }) {
      authors = pairs.map(Self.author)
    } else {
      if let pairs, pairs.allSatisfy({ !Self.isInitials($0.family) }) {
        authors = pairs.map(Self.author)
      } else {
        authors = pieces.map { ($0, nil) }
      }
      let shown = pieces.joined(separator: ", ")
      doubt =
        "expected authors separated by commas to be full names (\"Jane Doe, Rick Roe\") or "
        + "\"Family, Given\" pairs (\"Doe, Jane, Roe, Rick\"), found '\(shown)', "
        + "\(pieces.count) pieces that fit neither; read as \(authors.count) "
        + (authors.count == 1 ? "author" : "authors")
        + " (separate authors with ';' to be sure)"
    }
  }

  /// True when every piece reads as a full name: several words, not initials alone, not a
  /// family name led by its particle. One-word pieces (mononyms) are allowed when the pieces
  /// cannot pair up and most of them have several words ("Jane Doe, Mausam, Al Zed"), or when
  /// most pieces are initials and a family name, as Google Scholar writes them ("A Lee, B
  /// Chan, Mausam, C Wu"), which no "Family, Given" pair is.
  static func areFullNames(_ pieces: [String]) -> Bool {
    // Scopus's older exports: "Smith J.A., Roe R., van der Berg A." (initials after each
    // family name, particles included), with a mononym here and there when most pieces are
    // such ("Kim J.-H., Mausam, Li W."): no "Family, Given" pair has initials after its family.
    let initialsAfter = pieces.count { PersonName(initialsAfterFamilyName: $0) != nil }
    if initialsAfter == pieces.count { return true }
    if 2 * initialsAfter > pieces.count,
      pieces.allSatisfy({
        PersonName(initialsAfterFamilyName: $0) != nil || (!$0.contains(" ") && !isInitials($0))
      })
    {
      return true
    }
    guard !pieces.contains(where: { isInitials($0) || isParticleLed($0) }) else { return false }
    let severalWords = pieces.count { $0.contains(" ") }
    if severalWords == pieces.count { return true }
    if 2 * pieces.count(where: isInitialsFirst) > pieces.count { return true }
    return pieces.count % 2 == 1 && 2 * severalWords > pieces.count
  }

  /// Initials, then a family name: "A Lee", "AN Gomez", "J.-P. Doe", "R de Souza".
  private static func isInitialsFirst(_ piece: String) -> Bool {
    let words = piece.split(separator: " ")
    guard words.count >= 2, let first = words.first, let last = words.last,
      last.contains(where: \.isLowercase)
    else { return false }
    let letters = first.filter(\.isLetter)
    return isInitials(String(first))
      || ((1...3).contains(letters.count) && letters.allSatisfy(\.isUppercase)
        && first.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." })
  }

  /// The pieces as "Family, Given" pairs in order, a suffix piece ("Jr.") joining its pair
  /// ("Stabler, Jr., Edward P.", "Doe, Jane, Jr."); nil when a family piece is left without
  /// a given one.
  private static func pairs(_ pieces: [String])
    -> [(family: String, given: String, suffix: String, printed: String)]?
  {
    var pairs: [(family: String, given: String, suffix: String, printed: String)] = []
    var index = 0
    while index < pieces.count {
      let start = index
      let family = pieces[index]
      index += 1
      var suffix = ""
      if index < pieces.count, isSuffix(pieces[index]) {
        suffix = pieces[index]
        index += 1
      }
      guard index < pieces.count else { return nil }
      let given = pieces[index]
      index += 1
      if suffix.isEmpty, index < pieces.count, isSuffix(pieces[index]) {
        suffix = pieces[index]
        index += 1
      }
      pairs.append((family, given, suffix, pieces[start..<index].joined(separator: ", ")))
    }
    return pairs
  }

  private static func author(
    _ pair: (family: String, given: String, suffix: String, printed: String)
  ) -> (printed: String, name: PersonName?) {
    (pair.printed, LastFirstName.name(last: pair.family, first: pair.given, suffix: pair.suffix))
  }

  /// A family name as "Family, Given" lists print it: one word ("Doe", "Li-Wei") or words led
  /// by a particle ("van der Berg"), not initials.
  private static func isFamilyName(_ piece: String) -> Bool {
    !isInitials(piece) && (!piece.contains(" ") || isParticleLed(piece))
  }

  /// Lowercase words before a capitalised one: "van der Berg", not "danah boyd".
  private static func isParticleLed(_ piece: String) -> Bool {
    let words = piece.split(separator: " ")
    guard words.count >= 2, let first = words.first?.first, first.isLowercase else { return false }
    return words.contains { $0.first?.isUppercase == true }
  }

  /// Initials only: "J.", "J. R.", "J.-P.", "R".
  static func isInitials(_ piece: String) -> Bool {
    piece.split(separator: " ").allSatisfy { word in
      let letters = word.split(whereSeparator: { $0 == "." || $0 == "-" })
      return (word.contains(".") || letters.count == 1 && word.count == 1)
        && letters.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }
  }

  private static func isSuffix(_ piece: String) -> Bool {
    NameSuffix.isSuffix(piece)
  }
}
