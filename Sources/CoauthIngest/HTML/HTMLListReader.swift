import CoauthModel

/// Reads the publication lists of saved homepages (`.html`): the page is made Markdown
/// (`HTMLMarkdown`: list items, headings, bold names, links) and read by the homepage reader,
/// `MarkdownListReader`, with every entry and diagnostic at its line of the page. Paragraphs
/// count as items, since pages often print one publication per `<p>` or `<div>`; a name in
/// the page's `<title>` is its owner.
public struct HTMLListReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let html = String(decoding: TextDecoder.decode(input, diagnostics: diagnostics), as: UTF8.self)
    let page = HTMLMarkdown(html: html)
    var document = MarkdownDocument(
      text: page.text, lineNumbers: page.lineNumbers, paragraphsAreItems: true)
    // The page's title names its owner as a Markdown page's front matter does.
    document.frontMatterTitle = page.ownerInTitle
    return MarkdownListReader().read(document, of: input, diagnostics: diagnostics)
  }
}
