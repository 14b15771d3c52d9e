import CoauthModel
import Testing

@testable import CoauthIngest

@Suite struct TextDecoderTests {
  private func decode(_ bytes: [UInt8]) -> (String, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let text = TextDecoder.decode(InputSource(label: "in.bib", bytes: bytes)) {
      diagnostics.append($0)
    }
    return (String(decoding: text, as: UTF8.self), diagnostics)
  }

  @Test func cleanUTF8IsUnchanged() {
    let (text, diagnostics) = decode(Array("Müller\nX".utf8))
    #expect(text == "Müller\nX")
    #expect(diagnostics.isEmpty)
  }

  @Test func byteOrderMarkIsDropped() {
    #expect(decode([0xEF, 0xBB, 0xBF] + Array("a".utf8)).0 == "a")
  }

  @Test func lineEndsBecomeLineFeeds() {
    #expect(decode(Array("a\r\nb\rc\n".utf8)).0 == "a\nb\nc\n")
  }

  @Test func utf16WithByteOrderMarksIsConverted() {
    let little: [UInt8] =
      [0xFF, 0xFE] + "Jé\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + "Jé\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(decode(little).0 == "Jé\n")
    #expect(decode(big).0 == "Jé\n")
  }

  @Test func invalidBytesAreReadAsWindows1252WithOneWarning() {
    // "Café" in Latin-1, a Windows-1252 curly quote, then valid UTF-8 that must survive.
    let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x0A, 0x93] + Array("ü".utf8) + [0xFC]
    let (text, diagnostics) = decode(bytes)
    #expect(text == "Café\n“üü")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == "text.invalid-utf8")
    #expect(diagnostics.first?.location == SourceLocation(path: "in.bib", line: 1))
  }

  /// An XML declaration naming Latin-1 or Windows-1252 (any case, either quote) is honoured
  /// without a warning: every byte is one character, even where the bytes would be UTF-8.
  @Test(arguments: [
    #"<?xml version="1.0" encoding="ISO-8859-1"?>"#, #"<?xml version='1.0' encoding='latin1'?>"#,
    #"<?xml version="1.0" encoding = "Windows-1252" standalone="yes"?>"#,
    "<?xml\tversion=\"1.0\"\r\n encoding=\"iso-8859-1\"?>",
  ])
  func declaredLatin1IsReadWithoutWarning(declaration: String) {
    let bytes =
      Array(declaration.utf8) + Array("\r\n<a>J".utf8) + [0xFC] + Array("rgen ".utf8)
      + [0x93, 0xC3, 0xA9, 0x94]
    let (text, diagnostics) = decode(bytes)
    #expect(diagnostics.isEmpty)
    #expect(text.hasSuffix("\n<a>Jürgen “Ã©”"))
    #expect(!text.contains("\r"))
  }

  /// A declaration copied onto UTF-8 text (dblp's header over UTF-8 names): the first letter
  /// outside ASCII is UTF-8, so the text is read as UTF-8, with a warning at that letter.
  @Test func declaredLatin1WrittenAsUTF8IsReadAsUTF8() {
    let bytes =
      Array(#"<?xml version="1.0" encoding="ISO-8859-1"?>"#.utf8) + Array("\n<a>J".utf8)
      + [0xC3, 0xBC] + Array("rgen\n".utf8) + [0xFC]
    let (text, diagnostics) = decode(bytes)
    #expect(text.hasSuffix("\n<a>Jürgen\nü"))
    #expect(diagnostics.map(\.code) == ["text.mislabelled-encoding", "text.invalid-utf8"])
    #expect(diagnostics.map(\.location?.line) == [2, 3])
  }

  @Test func declaredUTF8IsReadAsBefore() {
    let (clean, none) = decode(Array(#"<?xml version="1.0" encoding="utf-8"?><a>Jürgen</a>"#.utf8))
    #expect(clean.hasSuffix("<a>Jürgen</a>"))
    #expect(none.isEmpty)
    let (_, repaired) = decode(
      Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8) + [0x0A, 0xFC])
    #expect(repaired.map(\.code) == ["text.invalid-utf8"])
    #expect(repaired.first?.location?.line == 2)
  }

  /// A declared encoding that is not read is reported at line 1; the text is read as UTF-8.
  @Test func unsupportedDeclaredEncodingIsReported() {
    let (text, diagnostics) = decode(
      Array(#"<?xml version="1.0" encoding="Shift_JIS"?>"#.utf8) + [0x0A] + Array("Müller".utf8))
    #expect(text.hasSuffix("\nMüller"))
    #expect(diagnostics.map(\.code) == ["text.unsupported-encoding"])
    #expect(diagnostics.first?.location == SourceLocation(path: "in.bib", line: 1))
    #expect(diagnostics.first?.message.contains("Shift_JIS") == true)
  }

  /// A saved homepage in Windows-1252 or Latin-1 names its charset in a `<meta>` tag (HTML5,
  /// HTML 4 with quoted or unquoted values as Word writes them, after comments, a doctype and
  /// other tags): honoured without a warning, as browsers read the page.
  @Test(arguments: [
    #"<!DOCTYPE html><html><head><meta charset="windows-1252"><title>"#,
    #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">"#,
    "<!-- saved from url=(0029)https://example.org/ -->\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\r\n"
      + "<HTML><HEAD><TITLE>A > B</TITLE><META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-1'>",
    #"<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=ProgId content=Word.Document>"#
      + #"<meta http-equiv=Content-Type content="text/html; charset=windows-1252">"#,
    #"<html lang="de"><head><link rel="icon" title="a>b" href="x.ico"><meta charset='latin1'/>"#,
    #"<html><head><meta charset=us-ascii>"#, #"<meta charset="iso-8859-1">"#,
    #"<?xml version="1.0"?>"# + "\n"
      + #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">"#
      + #"<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />"#,
  ])
  func htmlMetaCharsetIsHonoured(head: String) {
    let bytes =
      Array(head.utf8) + Array("\n<li>Jos".utf8) + [0xE9] + Array(" M".utf8) + [0xFC]
      + Array("ller, ".utf8) + [0x93, 0xC3, 0xA9, 0x94]
    let (text, diagnostics) = decode(bytes)
    #expect(diagnostics.isEmpty)
    #expect(text.hasSuffix("\n<li>José Müller, “Ã©”"))
  }

  /// Letters outside ASCII before `charset=` in a `<meta>` content (whose lower case may be
  /// longer than they are) do not hide the charset.
  @Test func metaContentWithOtherLettersKeepsItsCharset() {
    let (_, diagnostics) = decode(
      Array(
        #"<html><head><meta http-equiv="Content-Type" content="text/html; İİ charset=Shift_JIS">"#
          .utf8))
    #expect(diagnostics.map(\.code) == ["text.unsupported-encoding"])
  }

  /// A page whose `<meta>` names UTF-8 is read as UTF-8: Latin-1 bytes in it are still a warning.
  @Test func htmlMetaNamingUTF8IsReadAsBefore() {
    let (text, diagnostics) = decode(
      Array(#"<html><head><meta charset="utf-8"></head>"#.utf8) + [0x0A, 0xFC, 0x0A]
        + Array("Jürgen".utf8))
    #expect(text.hasSuffix("\nü\nJürgen"))
    #expect(diagnostics.map(\.code) == ["text.invalid-utf8"])
    #expect(diagnostics.first?.location?.line == 2)
  }

  /// Central European and Cyrillic text declared in its single-byte encoding, in an XML
  /// declaration or a page's `<meta>`, under any of the Encoding Standard's labels (any case,
  /// white space around it), reads as declared without a warning.
  @Test(arguments: [
    (#"<?xml version="1.0" encoding="ISO-8859-2"?>"#, Self.latin2Names),
    (#"<?xml version='1.0' encoding=' Latin2 '?>"#, Self.latin2Names),
    (#"<html><head><meta charset="csISOLatin2">"#, Self.latin2Names),
    (#"<html><head><meta charset=iso_8859-2:1987>"#, Self.latin2Names),
    (#"<!DOCTYPE html><html><head><meta charset="windows-1250">"#, Self.windows1250Names),
    (
      #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=CP1250">"#,
      Self.windows1250Names
    ),
    (#"<?xml version="1.0" encoding="x-cp1250"?>"#, Self.windows1250Names),
  ])
  func centralEuropeanTextIsReadAsDeclared(declaration: String, names: [UInt8]) {
    let (text, diagnostics) = decode(Array(declaration.utf8) + Array("\r\n<li>".utf8) + names)
    #expect(diagnostics.isEmpty)
    #expect(text.hasSuffix("\n<li>Dvořák, Škoda, šimon, Paweł Świątek, Łukasz Žážek"))
  }

  /// "Dvořák, Škoda, šimon, Paweł Świątek, Łukasz Žážek" in ISO-8859-2.
  static let latin2Names: [UInt8] =
    Array("Dvo".utf8) + [0xF8, 0xE1] + Array("k, ".utf8) + [0xA9] + Array("koda, ".utf8) + [0xB9]
    + Array("imon, Pawe".utf8) + [0xB3, 0x20, 0xA6] + Array("wi".utf8) + [0xB1]
    + Array("tek, ".utf8) + [0xA3] + Array("ukasz ".utf8) + [0xAE, 0xE1, 0xBE] + Array("ek".utf8)

  /// The same names in Windows-1250, where Š, š, Ś, ą and Ž have other bytes.
  static let windows1250Names: [UInt8] =
    Array("Dvo".utf8) + [0xF8, 0xE1] + Array("k, ".utf8) + [0x8A] + Array("koda, ".utf8) + [0x9A]
    + Array("imon, Pawe".utf8) + [0xB3, 0x20, 0x8C] + Array("wi".utf8) + [0xB9]
    + Array("tek, ".utf8) + [0xA3] + Array("ukasz ".utf8) + [0x8E, 0xE1, 0x9E] + Array("ek".utf8)

  /// Cyrillic names in Windows-1251 and Western ones in ISO-8859-15 read as declared. The first
  /// Cyrillic bytes, "Мі" (CC B3), happen to spell a valid UTF-8 sequence; the bytes after them
  /// do not, so the text is not taken for UTF-8.
  @Test func cyrillicAndLatin9TextIsReadAsDeclared() {
    let cyrillic =
      Array(#"<html><head><meta charset="windows-1251">"#.utf8) + [0x0A]
      + [0xCC, 0xB3, 0xF0, 0xEE, 0xF8, 0xED, 0xE8, 0xF7, 0xE5, 0xED, 0xEA, 0xEE]
      + Array(", ".utf8) + [0xC8, 0xE2, 0xE0, 0xED, 0x20, 0xCF, 0xE5, 0xF2, 0xF0, 0xEE, 0xE2]
    let (cyrillicText, cyrillicDiagnostics) = decode(cyrillic)
    #expect(cyrillicDiagnostics.isEmpty)
    #expect(cyrillicText.hasSuffix("\nМірошниченко, Иван Петров"))
    let latin9 =
      Array(#"<?xml version="1.0" encoding="ISO-8859-15"?>"#.utf8) + [0x0A]
      + Array("Ale".utf8) + [0xA8, 0x20, 0xB4] + Array("ak, ".utf8) + [0xBC]
      + Array("uvre ".utf8) + [0xA4]
    let (latin9Text, latin9Diagnostics) = decode(latin9)
    #expect(latin9Diagnostics.isEmpty)
    #expect(latin9Text.hasSuffix("\nAleš Žak, Œuvre €"))
  }

  /// Bytes that Windows-1250 leaves undefined (0x81, 0x83, 0x88, 0x90, 0x98) read as the C1
  /// controls of the same value, as the Encoding Standard maps them and as Windows-1252's
  /// undefined bytes read: nothing is lost and nothing is reported.
  @Test func undefinedWindows1250BytesReadAsControls() {
    let (text, diagnostics) = decode(
      Array(#"<?xml version="1.0" encoding="windows-1250"?>"#.utf8) + [0x0A, 0x61]
        + [0x81, 0x83, 0x88, 0x90, 0x98] + [0x62])
    #expect(diagnostics.isEmpty)
    #expect(text.hasSuffix("\na\u{81}\u{83}\u{88}\u{90}\u{98}b"))
  }

  /// A page declared Windows-1250 but written in UTF-8 is read as UTF-8, with the warning of a
  /// mislabelled Windows-1252 page.
  @Test func windows1250CopiedOntoUTF8IsReadAsUTF8() {
    let (text, diagnostics) = decode(
      Array("<html><head><meta charset=\"windows-1250\"></head>\n<li>Dvořák".utf8))
    #expect(text.hasSuffix("\n<li>Dvořák"))
    #expect(diagnostics.map(\.code) == ["text.mislabelled-encoding"])
    #expect(diagnostics.first?.message.contains("windows-1250") == true)
  }

  /// A page's charset that is not read is reported at line 1, naming the `<meta>`; the page is
  /// read as UTF-8 as before.
  @Test func unsupportedHTMLMetaCharsetIsReported() {
    let (text, diagnostics) = decode(
      Array("<!DOCTYPE html>\n<html><head><meta charset=\"Shift_JIS\">".utf8) + [0x0A]
        + Array("Müller".utf8))
    #expect(text.hasSuffix("\nMüller"))
    #expect(diagnostics.map(\.code) == ["text.unsupported-encoding"])
    #expect(diagnostics.first?.location == SourceLocation(path: "in.bib", line: 1))
    #expect(
      diagnostics.first?.message.contains(#"charset="Shift_JIS" in the page's <meta> tag"#) == true)
  }

  /// A page declared Windows-1252 but written in UTF-8 is read as UTF-8, with a warning naming
  /// the `<meta>`.
  @Test func htmlMetaCopiedOntoUTF8IsReadAsUTF8() {
    let (text, diagnostics) = decode(
      Array("<html><head><meta charset=\"windows-1252\"></head>\n<li>Jürgen".utf8))
    #expect(text.hasSuffix("\n<li>Jürgen"))
    #expect(diagnostics.map(\.code) == ["text.mislabelled-encoding"])
    #expect(diagnostics.first?.location?.line == 2)
    #expect(diagnostics.first?.message.contains("the page's <meta> charset") == true)
  }

  /// A `<meta>` counts only in a text that opens as an HTML page, before its first 4 KiB end,
  /// not inside a comment, and not against an XML declaration that names an encoding.
  @Test(arguments: [
    #"<?xml version="1.0" encoding="utf-8"?><html><head><meta charset="latin1">"# + "\n",
    "# Publications\n<meta charset=\"latin1\">\n",
    "@misc{k, note = {<html><meta charset=\"latin1\">}}\n",
    "<dblp><meta charset=\"latin1\">\n",
    "<html><!-- <meta charset=\"latin1\"> -->\n",
    "<html>" + String(repeating: " ", count: 4096) + "<meta charset=\"latin1\">\n",
  ])
  func otherMetaTagsAreNoDeclaration(text: String) {
    let (decoded, diagnostics) = decode(Array(text.utf8) + [0xFC])
    #expect(decoded.hasSuffix("ü"))
    #expect(diagnostics.map(\.code) == ["text.invalid-utf8"])
  }

  /// Only a declaration at the very start counts, and a byte order mark outranks it.
  @Test(arguments: [
    Array(#"<?xml-stylesheet encoding="latin1"?>"#.utf8) + [0xFC],
    Array(#" <?xml version="1.0" encoding="latin1"?>"#.utf8) + [0xFC],
    [0xEF, 0xBB, 0xBF] + Array(#"<?xml version="1.0" encoding="latin1"?>"#.utf8) + [0xFC],
  ])
  func otherTextIsNotADeclaration(bytes: [UInt8]) {
    let (text, diagnostics) = decode(bytes)
    #expect(text.hasSuffix("ü"))
    #expect(diagnostics.map(\.code) == ["text.invalid-utf8"])
  }

  @Test(arguments: [
    [0xC0, 0x80] as [UInt8],  // overlong
    [0xED, 0xA0, 0x80],  // surrogate
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
    [0xE2, 0x82],  // truncated
  ])
  func malformedSequencesAreRepaired(bytes: [UInt8]) {
    let (text, diagnostics) = decode(Array("x".utf8) + bytes)
    #expect(diagnostics.count == 1)
    #expect(text.hasPrefix("x"))
    #expect(text.unicodeScalars.count == 1 + bytes.count)
  }
}

/// The one-pass check for text that decodes to itself agrees with the two checks it replaces
/// (valid UTF-8, no CR), wherever the odd byte falls relative to its sixteen-byte steps.
@Suite struct PlainUTF8Tests {
  private func twoPasses(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8($0, from: 0) == nil }
      && !bytes.contains(0x0D)
  }

  private func onePass(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { TextDecoder.isPlainUTF8($0) }
  }

  @Test func agreesOnOddBytesAtEveryOffset() {
    let odd: [[UInt8]] = [
      [0x0D], [0xC3, 0xBC], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0xFF], [0xC3],
      [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0x80],
    ]
    for insert in odd {
      for offset in 0...40 {
        let bytes =
          Array(repeating: UInt8(ascii: "a"), count: offset) + insert
          + Array(repeating: UInt8(ascii: "b"), count: 40 - offset)
        #expect(onePass(bytes) == twoPasses(bytes), "\(insert) at \(offset)")
        let cut = Array(repeating: UInt8(ascii: "a"), count: offset) + insert
        #expect(onePass(cut) == twoPasses(cut), "\(insert) ending at \(offset)")
      }
    }
  }

  @Test func agreesOnSeededRandomText() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<500 {
      var bytes: [UInt8] = []
      for _ in 0..<64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let draw = UInt8(truncatingIfNeeded: state >> 56)
        // Mostly ASCII, sometimes a high byte or a CR.
        bytes.append(draw < 230 ? 0x61 + draw % 26 : draw < 250 ? draw : 0x0D)
      }
      #expect(onePass(bytes) == twoPasses(bytes))
    }
    #expect(onePass(Array("Müller — 😀 plain\n".utf8)))
    #expect(onePass([]))
  }
}
