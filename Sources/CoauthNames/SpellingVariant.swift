/// Words one edit apart: a letter added, dropped or changed, or two neighbouring letters swapped
/// ("bhattacharya" / "bhattacharyya", "philippe" / "phillippe", "arefiev" / "arefyev"), the
/// spelling variants that `ResolutionRun.mergeSpellingVariants()` joins on co-author evidence.
/// Words are folded name keys as UTF-8 bytes (mostly ASCII: accents are folded away before).
package enum SpellingVariant {
  /// Letters the part of a name that differs must have, at least: short names one letter
  /// apart are usually different names ("Li" / "Lin", "Jun" / "Jin").
  package static let minimumLength = 5

  /// True when `a` and `b` differ by one letter added, dropped or changed, or by two
  /// neighbouring letters swapped.
  package static func areOneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a != b, abs(a.count - b.count) <= 1 else { return false }
    var start = 0
    while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
    if a.count != b.count {
      let (short, long) = a.count < b.count ? (a, b) : (b, a)
      return short[start...].elementsEqual(long[(start + 1)...])
    }
    if a[(start + 1)...].elementsEqual(b[(start + 1)...]) { return true }
    return start + 1 < a.count && a[start] == b[start + 1] && a[start + 1] == b[start]
      && a[(start + 2)...].elementsEqual(b[(start + 2)...])
  }

  /// Calls `body` with the hash of `word` and of every word made by deleting one of its bytes,
  /// each combined with `seed`. Two words one edit apart share at least one of these hashes
  /// (the word itself, or the same deletion from both); equal hashes of different words are
  /// possible and are told apart by `areOneEditApart`.
  package static func forEachDeletionHash(
    of word: [UInt8], seed: UInt64, _ body: (UInt64) -> Void
  ) {
    body(hash(word, seed: seed))
    for skipped in word.indices {
      // Deleting any letter of a run of equal letters gives the same word: hash it once.
      if skipped > 0, word[skipped] == word[skipped - 1] { continue }
      var value = seed ^ 0xA076_1D64_78BD_642F
      for index in word.indices where index != skipped { value = mix(value, word[index]) }
      body(finish(value, count: word.count - 1))
    }
  }

  /// A 64-bit hash of `bytes` combined with `seed`.
  package static func hash(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
    var value = seed ^ 0xA076_1D64_78BD_642F
    for byte in bytes { value = mix(value, byte) }
    return finish(value, count: bytes.count)
  }

  private static func mix(_ value: UInt64, _ byte: UInt8) -> UInt64 {
    (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  private static func finish(_ value: UInt64, count: Int) -> UInt64 {
    var result = value ^ UInt64(count) &* 0x9E37_79B9_7F4A_7C15
    result ^= result >> 29
    result = result &* 0xBF58_476D_1CE4_E5B9
    return result ^ (result >> 32)
  }
}
