import CoauthIngest
import CoauthModel
import Testing

@Suite struct BibTeXParserTests {
  private func parse(_ text: String) -> (entries: [BibTeXEntry], codes: [String], text: [UInt8]) {
    let bytes = Array(text.utf8)
    let result = BibTeXParser.parse(bytes, label: "t.bib")
    return (result.entries, result.diagnostics.map(\.code), bytes)
  }

  private func value(_ entry: BibTeXEntry?, _ field: String, in text: [UInt8]) -> String? {
    entry?.field(field).map { String(decoding: $0.value.bytes(in: text), as: UTF8.self) }
  }

  @Test func macrosConcatenationAndMonths() {
    let (entries, codes, text) = parse(
      """
      @STRING{ acl = "Proc. of ACL" }
      @string(pre = {The })
      @Article{k1,
        Booktitle = pre # acl # ", " # jan,
        Year = 2020,
        note = "x" # {y} # 3,
      }
      """)
    #expect(codes.isEmpty)
    #expect(entries.map(\.type) == ["article"])
    #expect(value(entries.first, "booktitle", in: text) == "The Proc. of ACL, January")
    #expect(value(entries.first, "year", in: text) == "2020")
    #expect(value(entries.first, "note", in: text) == "xy3")
  }

  @Test func commentsPreamblesAndParentheses() {
    let (entries, codes, _) = parse(
      """
      Free text before, with an email a@b.org.
      @comment{ @article{hidden, title = {no}} }
      @preamble{ "\\newcommand" # "{x}" }
      @book(k2, title = "Quoted {with "inner" quotes}", author = {A})
      @misc{k3}
      """)
    #expect(codes.isEmpty)
    #expect(entries.map(\.key) == ["k2", "k3"])
    #expect(entries.first?.line == 4)
  }

  @Test func undefinedMacroKeepsEntryWithMacroName() {
    let (entries, codes, text) = parse("@misc{k, journal = nowhere # { 2}}")
    #expect(codes == ["bibtex.undefined-macro"])
    #expect(value(entries.first, "journal", in: text) == "nowhere 2")
  }

  @Test func recoversAtNextEntryAfterDamage() {
    let (entries, codes, _) = parse(
      """
      @article{a, title = {ok}}
      @article{b, title = {never closed
      @article{c, title = {ok}}
      @article{d title = {x}}
      @article{e, title = {ok} author = {x}}
      @article{, title = {x}}
      @article{f, title = {ok},}
      """)
    #expect(entries.map(\.key) == ["a", "c", "f"])
    #expect(codes == [
      "bibtex.unbalanced-braces", "bibtex.missing-comma", "bibtex.missing-comma",
      "bibtex.missing-key",
    ])
  }

  @Test func diagnosticsSayWhereAndWhat() throws {
    let result = BibTeXParser.parse(Array("@article{a, title = {x}}\n@article{b,\n  title = {x}\n  year = 1}".utf8), label: "t.bib")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(path: "t.bib", line: 4))
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.skippedRecords == 1)
    #expect(diagnostic.message.contains("expected ',' or '}' after the value of field 'title'"))
    #expect(diagnostic.message.contains("found 'year"))
  }

  @Test func duplicateFieldKeepsFirst() {
    let (entries, codes, text) = parse("@misc{k, title = {one}, TITLE = {two}}")
    #expect(codes == ["bibtex.duplicate-field"])
    #expect(value(entries.first, "title", in: text) == "one")
  }

  @Test func fieldFilterKeepsOnlyWantedFields() {
    let bytes = Array("@misc{k, title = {t}, url = {u}, Author = {a}}".utf8)
    let result = BibTeXParser.parse(bytes, label: "t.bib", fields: ["title", "author"])
    #expect(result.entries.first?.fields.map(\.name) == ["title", "author"])
  }

  @Test func deepNestingAndLongLinesAreLinear() {
    let depth = 10_000
    let deep = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
    let long = String(repeating: "word ", count: 1_000_000)
    let (entries, codes, _) = parse("@misc{deep, title = {\(deep)}}\n@misc{long, title = {\(long)}}")
    #expect(codes.isEmpty)
    #expect(entries.map(\.key) == ["deep", "long"])
  }

  @Test(arguments: ["", "@", "@{", "@article", "@article{", "@article{k,", "@article{k, t", "@article{k, t =", "}}}{{{", "@string{x = }", "\u{0}@a{b,c=\"", "@comment{"])
  func truncatedInputNeverCrashes(text: String) {
    let (entries, _, _) = parse(text)
    #expect(entries.isEmpty)
  }
}
