import Testing

@testable import CoauthIngest

/// Emphasis follows CommonMark's flanking rules, so that the equal-contribution marks of
/// homepage author lists stay marks.
@Suite struct MarkdownInlineTests {
  /// The texts of the emphases of `text`.
  private func emphases(_ text: String) -> [String] {
    let characters = Array(text)
    return MarkdownInline.emphases(in: characters).map { String(characters[$0.text]) }
  }

  @Test func starsAfterNamesAreNotEmphasis() {
    #expect(emphases("Jane Doe*, John Smith*, Ann Lee. A Paper.").isEmpty)
    #expect(emphases("Jane Doe, John Smith*, Ann Lee*. A Paper.").isEmpty)
    #expect(emphases("Jane Doe* John Smith* Ann Lee").isEmpty)
  }

  @Test func emphasisOpensAndClosesByFlanking() {
    #expect(emphases("Jane Doe*, John Smith*. *A Title*. *Venue*, 2021.") == ["A Title", "Venue"])
    #expect(emphases("\"*[A Linked Title](https://x.org)*\", *ICLR (2025)*, Jan.") == [
      "[A Linked Title](https://x.org)", "ICLR (2025)",
    ])
  }

  @Test func boldAndEscapedStarsAreNotDelimiters() {
    #expect(emphases("**Jane Doe**, John Smith\\*. *Title*") == ["Title"])
    #expect(emphases("a * b * c").isEmpty)
  }
}
