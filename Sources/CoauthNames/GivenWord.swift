/// One word of a given name in folded form: a name ("harkirat"), an initial ("h"), or a
/// hyphenated compound ("yun-nung", "y-n") whose parts are matched together.
public struct GivenWord: Sendable, Hashable, CustomStringConvertible {
  /// The folded parts; one part unless the word is hyphenated.
  public let parts: [String]
  /// True when every part is a single letter ("h", "y-n").
  public let isInitial: Bool
  /// The first letter of every part: "yun-nung" → ["y", "n"].
  public let initials: [Unicode.Scalar]

  public init(parts: [String]) {
    self.parts = parts
    isInitial = parts.allSatisfy { part in
      var scalars = part.unicodeScalars.makeIterator()
      return scalars.next() != nil && scalars.next() == nil
    }
    initials = parts.compactMap { $0.unicodeScalars.first }
  }

  public var description: String { parts.joined(separator: "-") }

  /// Folded given-name words of a printed given name. Initials written together are split
  /// ("H.S." → h, s; "GM" in "Cees GM" or "JP" in "JP Doe" → g, m and j, p: two or three
  /// capitals where the rest of the name, `familyName` included, is not in capitals);
  /// parenthesised words are nicknames and left out.
  public static func words(ofGivenName given: String, familyName: String = "") -> [GivenWord] {
    var result: [GivenWord] = []
    let hasLowercase =
      given.unicodeScalars.contains(where: \.isLowercaseLetter)
      || familyName.unicodeScalars.contains(where: \.isLowercaseLetter)
    for word in given.whitespaceSeparatedWords where !word.hasPrefix("(") {
      if let plain = plainWord(word, hasLowercase: hasLowercase) {
        result.append(contentsOf: plain)
        continue
      }
      let pieces = word.split(separator: ".", omittingEmptySubsequences: true)
      let letters = word.letterScalars
      if pieces.count > 1, !word.contains("-"),
        pieces.allSatisfy({ String($0).letterScalars.count == 1 })
      {
        // "H.S." or "C.v.": one initial per piece.
        for piece in pieces { result.append(contentsOf: folded(String(piece))) }
      } else if hasLowercase, (2...3).contains(letters.count),
        letters.allSatisfy(\.isUppercaseLetter), !word.contains("-")
      {
        // "GM" beside ordinary words is a run of initials.
        for letter in letters { result.append(contentsOf: folded(String(letter))) }
      } else if word.contains("-") {
        // A compound ("Yun-Nung", "Y.-N."): one word whatever the punctuation around the hyphen.
        let parts = word.split(separator: "-").map { NameNormalizer.key(String($0)) }
          .filter { !$0.isEmpty }.map { $0.split(separator: " ").joined() }
        if !parts.isEmpty { result.append(GivenWord(parts: parts)) }
      } else {
        result.append(contentsOf: folded(word))
      }
    }
    return result
  }

  /// Words in parentheses ("Krishnamurthy (Dj)" → ["dj"]), folded: alternative given names.
  public static func nicknames(ofGivenName given: String) -> [String] {
    guard given.utf8.contains(UInt8(ascii: "(")) else { return [] }
    var result: [String] = []
    var remainder = Substring(given)
    while let open = remainder.firstIndex(of: "("),
      let close = remainder[open...].firstIndex(of: ")")
    {
      let inner = NameNormalizer.fold(String(remainder[remainder.index(after: open)..<close]))
      if !inner.isEmpty { result.append(inner) }
      remainder = remainder[remainder.index(after: close)...]
    }
    return result
  }

  /// The words of the most common kind of word, ASCII letters with at most a full stop after
  /// them ("Steven", "S.", "GM"), as the general rules of `words(ofGivenName:)` give them; nil
  /// for any other word.
  private static func plainWord(_ word: String, hasLowercase: Bool) -> [GivenWord]? {
    var letters: [UInt8] = []
    var sawStop = false
    for byte in word.utf8 {
      if sawStop { return nil }
      switch byte {
      case 0x41...0x5A, 0x61...0x7A: letters.append(byte)
      case 0x2E where !letters.isEmpty: sawStop = true
      default: return nil
      }
    }
    guard !letters.isEmpty else { return nil }
    func lowered(_ byte: UInt8) -> UInt8 { byte <= 0x5A ? byte + 0x20 : byte }
    if hasLowercase, (2...3).contains(letters.count), letters.allSatisfy({ $0 <= 0x5A }) {
      // "GM" beside ordinary words is a run of initials.
      return letters.map { GivenWord(parts: [String(UnicodeScalar(lowered($0)))]) }
    }
    return [GivenWord(parts: [String(decoding: letters.map(lowered), as: UTF8.self)])]
  }

  private static func folded(_ text: String) -> [GivenWord] {
    NameNormalizer.words(text).map { GivenWord(parts: $0.split(separator: "-").map(String.init)) }
  }
}
