import Testing

@testable import CoauthIngest

/// Saved homepages made Markdown for the homepage reader: lines, markup and page lines.
@Suite struct HTMLMarkdownTests {
  private func lines(_ html: String) -> [String] { HTMLMarkdown(html: html).lines }

  @Test func listItemsHeadingsAndInlineMarkup() {
    let page = HTMLMarkdown(
      html: """
        <html><head><title>Me</title><style>li { color: red; }</style></head>
        <body>
        <h2>Selected <b>Publications</b></h2>
        <ul>
          <li><a href="https://x.org/1"><b>A Title Here</b></a><br>
              <strong>Jane Doe</strong>, Ann Lee&nbsp;&amp;&nbsp;Bob Roe<br>
              <em>ACL</em>, 2024 &lt;oral&gt;</li>
          <li>Ann Lee, <u>Jane Doe</u>. <a href="b.pdf">Second</a>. EMNLP 2023.</li>
        </ul>
        <ol><li>One</li><li>Two</li></ol>
        </body></html>
        """)
    #expect(
      page.lines == [
        "## Selected **Publications**", "",
        "- [**A Title Here**](https://x.org/1)", "**Jane Doe**, Ann Lee & Bob Roe",
        "*ACL*, 2024 &lt;oral&gt;",
        "- Ann Lee, <u>Jane Doe</u>. [Second](b.pdf). EMNLP 2023.", "",
        "1. One", "2. Two", "",
      ])
    // Each line is at the page line its text starts on.
    #expect(page.lineNumbers.prefix(5) == [3, 3, 5, 6, 7])
    #expect(page.lineNumbers[5] == 8)
  }

  /// Scripts, comments, hidden blocks (a collapsed abstract, a BibTeX block) and the head are
  /// not page text; nested elements of the same name end where they should.
  @Test func droppedAndHiddenContent() {
    #expect(
      lines(
        """
        <script>var a = "<li>not an item</li>";</script><!-- <li>nor this</li> -->
        <ul><li>Kept
        <div class="abstract hidden"><div>Hidden <div>deeper</div></div> still hidden</div>
        <div style="display: none">none</div><span hidden>gone</span> shown</li></ul>
        <svg><text>drawn</text></svg><noscript>Enable JS</noscript>
        """) == ["- Kept shown", ""])
  }

  /// Outside lists each block is a paragraph of its own, its <br> lines continuing it; a
  /// continuation that would read as an item or a heading is joined to the line before.
  @Test func paragraphsAndContinuations() {
    #expect(
      lines(
        """
        <p><b>A Title</b><br>Jane Doe, Bob Roe<br><i>Venue</i>, 2020</p>
        <div>Second paragraph</div><div>Third</div>
        <table><tr><td>[1]</td><td>Doe, J. Title. 2019.</td></tr></table>
        <ul><li>Title line<br>2023. In Proceedings<br># not a heading</li></ul>
        """)
        == [
          "**A Title**", "Jane Doe, Bob Roe", "*Venue*, 2020", "", "Second paragraph", "",
          "Third", "", "[1] Doe, J. Title. 2019.", "",
          "- Title line 2023. In Proceedings # not a heading", "",
        ])
  }

  /// A definition list: each term an item, its definitions lines of it; lists nest, and a
  /// paragraph after them is a paragraph again.
  @Test func definitionAndNestedLists() {
    #expect(
      lines(
        """
        <dl><dt><b>A Title</b></dt><dd>Jane Doe, Bob Roe</dd><dd><i>ACL</i>, 2020</dd>
        <dt>Second</dt><dd>Ann Lee</dd></dl>
        <ul><li>Outer<ul><li>inner</li></ul>after</li></ul><p>Prose.</p><li>stray</li>
        """)
        == [
          "- **A Title**", "Jane Doe, Bob Roe", "*ACL*, 2020", "- Second", "Ann Lee", "",
          "- Outer", "- inner", "after", "", "Prose.", "", "- stray",
        ])
  }

  /// A star on the page is a contribution mark, escaped; one that ends a marked name follows it.
  @Test func contributionMarks() {
    #expect(
      lines("<p>Ann Lee*, <em>Jane Doe*</em>, <b>Bo Wu&dagger;</b> and Cy Li</p>")
        == ["Ann Lee\\*, *Jane Doe*\\*, **Bo Wu†** and Cy Li", ""])
  }

  /// A `<` that starts no tag is text, and a page cut short inside a tag ends cleanly.
  @Test func strayAngleBracketsAndTruncation() {
    #expect(lines("<p>a < b and 3<4</p>") == ["a < b and 3<4", ""])
    #expect(lines("<ul><li>Cut <a href=\"x") == ["- Cut ["])
    #expect(lines("") == [])
  }
}
