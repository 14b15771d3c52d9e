import CoauthIngest
import Testing

@Suite struct InputFormatTests {
  @Test(arguments: [
    ("refs.bib", InputFormat.bibtex), ("refs.BibTeX", .bibtex), ("a/b/refs.bib.gz", .bibtex),
    ("cv.md", .markdown), ("cv.markdown", .markdown), ("cv.txt.gz", .markdown),
    ("dblp.xml", .dblp), ("items.json", .cslJSON), ("export.ris", .ris), ("table.csv", .csv),
    ("table.tsv", .csv),
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
  ])
  func sniffsContent(text: String, format: InputFormat) {
    #expect(InputFormat(sniffing: Array(text.utf8)) == format)
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
