import Testing

@testable import CoauthIngest

/// The blocks of a page: which lines start list items.
@Suite struct MarkdownDocumentTests {
  @Test(arguments: [
    ("- Item", "Item"), ("12. Item", "Item"), ("3) Item", "Item"), ("[1] Item", "Item"),
    ("[12]\tItem", "Item"), ("(2) Item", "Item"),
  ])
  func listItemMarkers(_ line: String, _ content: String) {
    #expect(MarkdownDocument.listItem(line) == content)
  }

  /// A year in brackets, a link reference definition, an empty or unclosed bracket and a
  /// marker without a space after it start no item.
  @Test(arguments: ["(2021) Title", "[1]: https://example.org", "[] Item", "[1 Item", "(1)Item", "[a] Item"])
  func linesThatAreNoListItems(_ line: String) {
    #expect(MarkdownDocument.listItem(line) == nil)
  }

  @Test func numberedReferencesAreItemsWithTheirContinuationLines() {
    let document = MarkdownDocument(text: "[1] First entry\n    wrapped.\n[2] Second entry\n")
    let items = document.blocks.compactMap { block -> [String]? in
      guard case .item(let lines) = block else { return nil }
      return lines.map(\.text)
    }
    #expect(items == [["First entry", "wrapped."], ["Second entry"]])
  }
}
