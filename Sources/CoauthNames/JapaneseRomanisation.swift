/// Long vowels of Japanese names as the romanisations write them: Hepburn without macrons
/// ("Sato", "Ono", "Yuki", "Koji"), wāpuro spelling of the kana ("Satou", "Oono", "Yuuki",
/// "Kouji") and the "oh" of passports ("Satoh", "Ohno"). Folding them gives one spelling of
/// each.
///
/// Only words that read as romanised Japanese are folded (see `isRomanisedJapanese`): the
/// syllables of Japanese (a consonant or two of its onsets and a vowel, a syllabic "n", a doubled
/// consonant) make few words of other languages, and no word with an "l" or a "v" or with
/// consonants run together ("Smith", "Louis", "Cooper"). Some do ("Anna Moore"): names fold
/// only to be compared, and forms join only with shared co-authors.
enum JapaneseRomanisation {
  /// `word` (folded, lower case) with "ou", "oo" and "uu" written "o" and "u", unless an "a",
  /// "e" or "o" follows (a syllable of its own: "Inoue" keeps its "ou"; "Kouichi" and
  /// "Shuuichi" fold), and "oh" before a consonant or at the end written "o".
  static func foldingLongVowels(_ word: String) -> String {
    let bytes = Array(word.utf8)
    guard bytes.count > 2 else { return word }
    var folded: [UInt8] = []
    folded.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      folded.append(byte)
      if index + 1 < bytes.count {
        let next = bytes[index + 1]
        let after = index + 2 < bytes.count ? bytes[index + 2] : nil
        let vowelFollows = after.map { "aeo".utf8.contains($0) } ?? false
        let lengthens =
          (byte == UInt8(ascii: "o") && (next == UInt8(ascii: "u") || next == UInt8(ascii: "o")))
          || (byte == UInt8(ascii: "u") && next == UInt8(ascii: "u"))
        let passportOh =
          byte == UInt8(ascii: "o") && next == UInt8(ascii: "h")
          && after.map { !isVowel($0) && $0 != UInt8(ascii: "y") } ?? true
        if (lengthens && !vowelFollows) || passportOh {
          index += 2
          continue
        }
      }
      index += 1
    }
    return String(decoding: folded, as: UTF8.self)
  }

  /// True when `word` (folded, lower case, long vowels folded) splits into the syllables of
  /// romanised Japanese: a vowel after one of the onsets (none, a consonant, or "ky", "sh",
  /// "ch", "ts" and the like), a syllabic "n" (or "m" before "b", "p" or "m"), or the first of
  /// a doubled consonant.
  static func isRomanisedJapanese(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    guard !bytes.isEmpty, bytes.allSatisfy({ (0x61...0x7A).contains($0) }) else { return false }
    var reachable = [Bool](repeating: false, count: bytes.count + 1)
    reachable[0] = true
    for start in bytes.indices where reachable[start] {
      // A vowel after an onset of zero, one or two letters.
      for onset in 0...2 where start + onset < bytes.count {
        let end = start + onset
        guard isVowel(bytes[end]),
          onset == 0 || onsets.contains(String(decoding: bytes[start..<end], as: UTF8.self))
        else { continue }
        reachable[end + 1] = true
      }
      let byte = bytes[start]
      let next = start + 1 < bytes.count ? bytes[start + 1] : nil
      if byte == UInt8(ascii: "n"), next.map({ !isVowel($0) && $0 != UInt8(ascii: "y") }) ?? true {
        reachable[start + 1] = true
      }
      if byte == UInt8(ascii: "m"), let next, "bpm".utf8.contains(next) {
        reachable[start + 1] = true
      }
      if let next, next == byte, "kstpgdbzc".utf8.contains(byte) {
        reachable[start + 1] = true
      }
      if byte == UInt8(ascii: "t"), next == UInt8(ascii: "c") { reachable[start + 1] = true }
    }
    return reachable[bytes.count]
  }

  private static func isVowel(_ byte: UInt8) -> Bool { "aeiou".utf8.contains(byte) }

  /// Onsets of Hepburn and Kunrei-shiki syllables.
  private static let onsets: Set<String> = [
    "k", "g", "s", "z", "t", "d", "n", "h", "b", "p", "m", "y", "r", "w", "f", "j",
    "ky", "gy", "sh", "ch", "ts", "ny", "hy", "by", "py", "my", "ry", "sy", "zy", "ty", "dy", "jy",
  ]
}
