import CoauthModel
import Foundation
import PropertyBased
import Testing

/// Two records of one paper agree on its folded title whatever case, punctuation, spacing,
/// accent encoding and spelling of Greek letters each export used.
@Suite struct FoldedTitlePropertyTests {
  static let letter = Gen<Character?>.element(of: Array("abcdefgxyzéüñøα0123")).map { $0 ?? "a" }
  static let word = letter.string(of: 1...9)
  static let separator = Gen<String?>.element(of: [" ", "  ", ": ", " - ", ", ", " {", "} ", "."])
    .map { $0 ?? " " }
  static let title = zip(word.array(of: 1...8), separator.array(of: 8)).map { words, separators in
    (words: words, separators: separators)
  }

  static func folded(_ title: String) -> String {
    Publication(id: "p", title: title, location: SourceLocation(path: "t", line: 1)).foldedTitle
  }

  @Test func caseSpacingPunctuationAndAccentFormDoNotMatter() async {
    await propertyCheck(input: Self.title) { title in
      let plain = title.words.joined(separator: " ")
      var marked = ""
      for (index, word) in title.words.enumerated() {
        marked += (index == 0 ? "" : title.separators[index]) + word.uppercased()
      }
      #expect(Self.folded(plain) == Self.folded(marked))
      #expect(Self.folded(plain) == Self.folded(plain.decomposedStringWithCanonicalMapping))
      #expect(Self.folded(Self.folded(plain)) == Self.folded(plain))
      // PubMed and Web of Science spell Greek letters out.
      #expect(Self.folded(plain.replacingOccurrences(of: "α", with: "alpha")) == Self.folded(plain))
    }
  }
}
