import PropertyBased
import Testing

@testable import CoauthIngest

/// `MarkdownInline.collapsingWhitespace` reads ASCII text by its bytes; whatever the text, the
/// result is the one of splitting at `Character.isWhitespace` and joining with single spaces.
@Suite struct MarkdownWhitespacePropertyTests {
  /// ASCII letters and punctuation, every ASCII whitespace character, CR LF, and a few that are
  /// not ASCII: a no-break space, an em space, a combining accent, an accented letter.
  static let piece = Gen<String?>.element(of: [
    "a", "Z", ".", "*", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2003}",
    "\u{301}", "é",
  ]).map { $0 ?? "a" }

  @Test func agreesWithSplittingAtWhitespaceCharacters() async {
    await propertyCheck(input: Self.piece.array(of: 0...16)) { pieces in
      let text = pieces.joined()
      let expected = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      #expect(MarkdownInline.collapsingWhitespace(text) == expected, "\(Array(text.unicodeScalars))")
    }
  }

  @Test func asciiExamples() {
    #expect(MarkdownInline.collapsingWhitespace("  Jane \t Doe\r\n and\u{0B}Ann  ") == "Jane Doe and Ann")
    #expect(MarkdownInline.collapsingWhitespace("") == "")
    #expect(MarkdownInline.collapsingWhitespace(" \n ") == "")
  }
}

/// `holdsBytes(of:)`, the quick test before the standard library's searches, agrees with
/// `contains` (and, ignoring ASCII case, with `lowercased().contains`).
@Suite struct StringByteSearchTests {
  static let piece = Gen<String?>.element(of: ["a", "A", "b", "B", " ", "é", "É", "(", "#", ")"])
    .map { $0 ?? "a" }

  @Test func agreesWithContains() async {
    await propertyCheck(input: zip(Self.piece.array(of: 0...12), Self.piece.array(of: 1...3))) {
      text, needle in
      let text = text.joined()
      let needle = needle.joined()
      #expect(text.holdsBytes(of: needle) == text.contains(needle), "\(text) / \(needle)")
      // Case is folded for ASCII letters only: "É" and "é" stay different.
      let asciiLowered = String(text.map { $0.isASCII ? Character($0.lowercased()) : $0 })
      let asciiNeedle = String(needle.map { $0.isASCII ? Character($0.lowercased()) : $0 })
      #expect(
        text.holdsBytes(of: needle, ignoringASCIICase: true) == asciiLowered.contains(asciiNeedle),
        "\(text) / \(needle)")
    }
  }
}
