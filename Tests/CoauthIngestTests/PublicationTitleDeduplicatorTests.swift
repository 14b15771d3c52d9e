import CoauthModel
import Foundation
import PropertyBased
import Testing

@testable import CoauthIngest

/// The title check's own folding agrees with `Publication.foldedTitle`, which the check then
/// compares: whatever path a title takes, equal folded titles give equal hashes.
@Suite struct PublicationTitleDeduplicatorTests {
  private func expectedHash(_ title: String) -> UInt64? {
    let folded = Array(Publication.folded(title).utf8)
    return folded.withUnsafeBufferPointer(ByteHash.hash)
  }

  /// Every character of Latin-1's upper half, which the check folds from a table.
  @Test func latin1LettersFoldAsFoldedTitleFoldsThem() {
    var deduplicator = PublicationTitleDeduplicator()
    for code in 0xC0...0xFF {
      let character = Character(Unicode.Scalar(UInt8(code)))
      let title = "Learning \(character)bout graphs"
      #expect(deduplicator.titleHash(title) == expectedHash(title), "U+00\(String(code, radix: 16))")
    }
  }

  static let piece = Gen<String?>.element(of: [
    "Graph", "learning", "NLP", "2021", " ", " ", "-", ": ", "“", "”", "—", "\u{00A0}", "é", "É",
    "ü", "ø", "ß", "×", "的", "语言", "α", "e\u{0301}", "ﬁ", "Ⅳ", "()", "'",
  ]).map { $0 ?? "" }

  @Test func fastFoldingAgreesWithFoldedTitle() async {
    await propertyCheck(input: Self.piece.array(of: 4...14)) { pieces in
      var deduplicator = PublicationTitleDeduplicator()
      let title = pieces.joined()
      guard let hash = deduplicator.titleHash(title) else { return }
      #expect(hash == expectedHash(title), "\(title)")
    }
  }
}
