import CoauthIngest
import Testing

@Suite struct InputFormatTests {
  @Test(arguments: [
    ("refs.bib", InputFormat.bibtex), ("refs.BibTeX", .bibtex), ("a/b/refs.bib.gz", .bibtex),
    ("cv.md", .markdown), ("cv.markdown", .markdown), ("cv.txt.gz", .markdown),
    ("dblp.xml", .dblp), ("items.json", .cslJSON), ("export.ris", .ris), ("table.csv", .csv),
    ("table.tsv", .csv), ("savedrecs.ciw", .wos), ("pubmed.nbib", .medline),
    ("citations.MEDLINE", .medline), ("index.html", .html), ("home.HTM", .html),
    ("page.xhtml.gz", .html),
    ("scholar.enw", .endNote),
  ])
  func detectsFromExtension(path: String, format: InputFormat) {
    #expect(InputFormat(path: path) == format)
  }

  @Test(arguments: ["notes", "archive.gz", ".bib", "photo.png"])
  func unknownExtensionsGiveNil(path: String) {
    #expect(InputFormat(path: path) == nil)
  }

  @Test(arguments: [
    ("% comment\n\n@Article{key,\n title={x}}", InputFormat.bibtex),
    ("<?xml version=\"1.0\"?>\n<dblp>", .dblp),
    ("[{\"id\": \"a\"}]", .cslJSON),
    ("TY  - JOUR\nAU  - Doe, J.", .ris),
    ("---\ntitle: Me\n---\n", .markdown),
    ("## Publications\n- A. B. Title.", .markdown),
    ("pub_id,position,name\na,1,B", .csv),
    ("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n", .wos),
    ("\u{FEFF}FN Clarivate Analytics Web of Science\r\nVR 1.0\r\n", .wos),
    ("PT J\nAU Doe, J\nTI T\nER\n", .wos),
    ("\nPMID- 12345678\nOWN - NLM\n", .medline),
    ("<!DOCTYPE html>\n<html><body></body></html>", .html),
    ("  <HTML lang=\"en\">", .html),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">", .html),
    ("<!-- saved from url=(0014)about:internet -->\n<html>", .html),
    ("<?xml version=\"1.0\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>", .dblp),
    ("%0 Journal Article\n%T Deep learning\n", .endNote),
    ("\n%A LeCun, Yann\n%T Deep learning\n", .endNote),
    ("% Encoding: UTF-8\n\n@article{k, title={T}}", .bibtex),
    ("%A note that is a comment\n@article{k, title={T}}", .bibtex),
  ])
  func sniffsContent(text: String, format: InputFormat) {
    #expect(InputFormat(sniffing: Array(text.utf8)) == format)
  }

  /// A `.txt` file is a publication list unless its content is an export of another format.
  @Test(arguments: [
    ("PT\tAU\tAF\tTI\tPY\nJ\tDoe, J\tDoe, Jane\tT\t2020\n", InputFormat.csv),
    ("PT\tAU\tAF\tTI\tPY\tUT\nJ\tDoe, J\tDoe, Jane\tT\t2020\tWOS:1\n", .csv),
    ("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Doe, J\nER\n", .wos),
    ("PT J\nAF Doe, Jane\nER\n", .wos), ("PMID- 1\nTI  - T.\n", .medline),
    ("FN: notes\nPT: a talk\n", .markdown),
    ("\nTY  - JOUR\nAU  - Doe, J.\n", .ris), ("@article{k, title={T}}", .bibtex),
    ("[{\"id\": \"a\"}]", .cslJSON), ("[\n  {\"id\": \"a\"}\n]", .cslJSON),
    ("[1] J. Doe, R. Roe, and A. Zed. A title. In Proc., 2020.", .markdown),
    ("Jane Doe, John Smith, Ann Lee. A title. In NeurIPS, 2021.", .markdown),
    ("Publications\n\n1. Jane Doe. Title. 2020.", .markdown), ("", .markdown),
  ])
  func plainTextFilesAreListsUnlessTheirContentSaysOtherwise(text: String, format: InputFormat) {
    #expect(InputFormat.isPlainTextFile("exports/savedrecs.txt.gz"))
    #expect(!InputFormat.isPlainTextFile("cv.md"))
    #expect(InputFormat(textFileContent: Array(text.utf8)) == format)
  }

  @Test func sniffingPlainProseGivesNil() {
    #expect(InputFormat(sniffing: Array("just some words".utf8)) == nil)
    #expect(InputFormat(sniffing: []) == nil)
  }

  @Test func everyFormatHasAReader() {
    let readable = InputFormat.allCases.filter { $0.reader != nil }
    #expect(readable == InputFormat.allCases)
  }
}
