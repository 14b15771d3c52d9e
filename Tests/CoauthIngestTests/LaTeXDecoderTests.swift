import CoauthIngest
import Testing

@Suite struct LaTeXDecoderTests {
  private func decode(_ latex: String) -> String {
    var decoder = LaTeXDecoder()
    return decoder.decode(Array(latex.utf8))
  }

  @Test(arguments: [
    (#"{\"u}"#, "ü"), (#"\"{u}"#, "ü"), (#"\"u"#, "ü"), (#"{\'e}"#, "é"), (#"\'{e}"#, "é"),
    (#"\`a"#, "à"), (#"\^o"#, "ô"), (#"\~n"#, "ñ"), (#"\=a"#, "ā"), (#"\.z"#, "ż"),
    (#"{\ss}"#, "ß"), (#"{\o}"#, "ø"), (#"{\O}"#, "Ø"), (#"{\l}"#, "ł"), (#"{\L}"#, "Ł"),
    (#"{\aa}"#, "å"), (#"{\AA}"#, "Å"), (#"{\ae}"#, "æ"), (#"{\oe}"#, "œ"), (#"{\i}"#, "ı"),
    (#"{\'\i}"#, "í"), (#"\'{\i}"#, "í"), (#"\c{c}"#, "ç"), (#"\c c"#, "ç"), (#"\v{Z}"#, "Ž"),
    (#"{\v{Z}}"#, "Ž"), (#"\u{g}"#, "ğ"), (#"\H{o}"#, "ő"), (#"\k{a}"#, "ą"), (#"\r{u}"#, "ů"),
    (#"\d{s}"#, "ṣ"), (#"\textcommabelow{s}"#, "ș"), (#"{\th}"#, "þ"), (#"{\TH}"#, "Þ"),
    (#"{\dh}"#, "ð"), (#"\v{\i}"#, "ǐ"),
  ])
  func accentsAndSpecialLetters(latex: String, expected: String) {
    #expect(decode(latex) == expected)
    #expect(decode(latex).unicodeScalars.elementsEqual(expected.unicodeScalars))
  }

  @Test(arguments: [
    ("pages 1--11", "pages 1–11"), ("a---b", "a—b"), ("well-known", "well-known"),
    (#"Smith \& Sons"#, "Smith & Sons"), ("Donald~E.~Knuth", "Donald E. Knuth"),
    ("{T}witter {B}i{LSTM}", "Twitter BiLSTM"), ("  many\n   spaces\t", "many spaces"),
    (#"\emph{Deep} \textbf{Learning}"#, "Deep Learning"), ("$\\alpha$-beta", "α-beta"),
    (##"50\% off \$5 \#1 a\_b"##, "50% off $5 #1 a_b"), ("O'Donnell", "O’Donnell"),
    ("``quoted''", "“quoted”"), (#"\'{}x"#, "x"), (#"M\"uller-L{\"u}denscheid"#, "Müller-Lüdenscheid"),
  ])
  func textConventions(latex: String, expected: String) {
    #expect(decode(latex) == expected)
  }

  /// Zotero escapes the ASCII symbols that TeX would read otherwise.
  @Test(arguments: [
    (#"p {\textless} 0.05 and {\textgreater} 1"#, "p < 0.05 and > 1"),
    (#"A {\textbar} B {\textdollar}5 a{\textunderscore}b"#, "A | B $5 a_b"),
    (#"{\textquotesingle}x{\textquotesingle} {\textbraceleft}y{\textbraceright}"#, "'x' {y}"),
  ])
  func textModeSymbols(latex: String, expected: String) {
    #expect(decode(latex) == expected)
  }

  /// Math operators are typeset as their names, with a space before a spaced argument.
  @Test(arguments: [
    (#"Sorting in $O(n \log n)$ time"#, "Sorting in O(n log n) time"),
    (#"$\max_{x} \sin(x)$"#, "max_x sin(x)"), (#"$\Pr[\exp{X}]$"#, "Pr[expX]"),
  ])
  func mathOperatorsAreTheirNames(latex: String, expected: String) {
    #expect(decode(latex) == expected)
  }

  /// Numeric sub- and superscripts in math are written on the line, as PubMed and Web of
  /// Science print formulas; other scripts and underscores outside math keep their mark.
  @Test(arguments: [
    (#"CO$_2$ reduction"#, "CO2 reduction"), (#"H$_{2}$O"#, "H2O"), (#"Ca$^{2+}$ channels"#, "Ca2+ channels"),
    (#"$x^2$"#, "x2"), (#"$\max_{x}$"#, "max_x"), (#"snake_case"#, "snake_case"), (#"$a_{n}$"#, "a_n"),
  ])
  func numericScriptsAreWrittenOnTheLine(latex: String, expected: String) {
    #expect(decode(latex) == expected)
  }

  /// An accent on an accented letter keeps both, composed: the letter takes the innermost
  /// first, and NFC puts marks of different classes (dot below, circumflex) in order.
  @Test(arguments: [
    (#"Nguy{\~{\^{e}}}n"#, "Nguyễn"), (#"{\'{\^{e}}}"#, "ế"), (#"\~{\^{a}}"#, "ẫ"),
    (#"{\d{\^{o}}}"#, "ộ"), (#"\^{\d{o}}"#, "ộ"), (#"\'{\u{a}}"#, "ắ"), (#"\~\^e"#, "ễ"),
    (#"{\`{\^{E}}}"#, "Ề"), (#"\'{\"{u}}"#, "ǘ"), (#"\~{ê}"#, "ễ"), (#"\'{\"{\i}}"#, "ḯ"),
    (#"\~{\^{}e}"#, "ẽ"), (#"\~{\^{}}e"#, "e"),
  ])
  func nestedAccentsCompose(latex: String, expected: String) {
    #expect(decode(latex).unicodeScalars.elementsEqual(expected.unicodeScalars))
  }

  @Test func resultIsNFC() {
    // A decomposed input sequence is composed: e + U+0301.
    #expect(decode("Cafe\u{301}").unicodeScalars.count == 4)
    #expect(decode(#"Caf\'e"#).unicodeScalars.count == 4)
  }

  @Test func deepNestingNeedsNoRecursion() {
    let depth = 100_000
    let latex = String(repeating: "{", count: depth) + #"\"o"# + String(repeating: "}", count: depth)
    #expect(decode(latex) == "ö")
  }
}
