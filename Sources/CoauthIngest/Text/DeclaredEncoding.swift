import CoauthModel

/// The encoding that a text declares at its start, as it decides how `TextDecoder` reads the
/// bytes: the XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), else, in a text
/// that opens as an HTML page, the charset of its `<meta>` tag (`HTMLMetaCharset`). A byte order
/// mark outranks both; so do UTF-16's zero bytes, which are found before them.
enum DeclaredEncoding: Equatable {
  /// Where the encoding is declared, as warnings name it.
  enum Source: Equatable {
    case xmlDeclaration
    case htmlMeta

    /// The place in words: "the xml declaration".
    var description: String {
      switch self {
      case .xmlDeclaration: "the xml declaration"
      case .htmlMeta: "the page's <meta> charset"
      }
    }
  }

  /// UTF-8: no declaration, or one naming UTF-8, US-ASCII (a subset; but a page's `<meta>`
  /// naming US-ASCII is Windows-1252, as browsers read it) or UTF-16 (which 8-bit bytes are
  /// not, whatever the declaration says).
  case utf8
  /// ISO-8859-1, Latin-1 or Windows-1252 under any of their names (`label` as declared): every
  /// byte is one character, read as Windows-1252 (a superset of the printable Latin-1, as web
  /// browsers read both).
  case windows1252(label: String, source: Source)
  /// An encoding coauth does not read, as declared; the text is read as UTF-8.
  case unsupported(String, source: Source)

  /// Declarations longer than this are not looked for.
  static let longestDeclaration = 512

  /// True when every byte is read as one Windows-1252 character.
  var isWindows1252: Bool {
    if case .windows1252 = self { return true }
    return false
  }

  /// The encoding declared at the start of `bytes`, or nil when `bytes` may end inside the
  /// declaration (fewer bytes than a declaration may take, and no end of it yet) and more may
  /// come (`isComplete` false).
  init?(declaredAtStartOf bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) {
    // An XML declaration that names an encoding outranks a `<meta>` (XHTML may have both).
    switch Self.xmlDeclared(atStartOf: bytes, isComplete: isComplete) {
    case .needsMore: return nil
    case .label(let label):
      self = Self.encoding(named: label, source: .xmlDeclaration)
      return
    case .none: break
    }
    switch HTMLMetaCharset.find(in: bytes, isComplete: isComplete) {
    case .needsMore: return nil
    case .none: self = .utf8
    case .label(let label): self = Self.encoding(named: label, source: .htmlMeta)
    }
  }

  /// The label of the encoding that the XML declaration at the start of `bytes` names.
  private static func xmlDeclared(atStartOf bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool)
    -> HTMLMetaCharset.Finding
  {
    let head = Array(bytes.prefix(Self.longestDeclaration))
    // `<?xml` and white space; `<?xml-stylesheet` is another processing instruction.
    let opening = Array("<?xml".utf8)
    let opens =
      head.count <= opening.count
      ? opening.starts(with: head) : head.starts(with: opening) && Self.isSpace(head[opening.count])
    guard opens else { return .none }
    guard let close = head.firstRange(of: "?>".utf8)?.lowerBound else {
      if isComplete || head.count >= Self.longestDeclaration { return .none }
      return .needsMore
    }
    guard let label = Self.encodingLabel(in: Array(head[..<close])) else { return .none }
    return .label(label)
  }

  /// The encoding a declaration's label names.
  static func encoding(named label: String, source: Source) -> DeclaredEncoding {
    let key = label.lowercased()
    // Browsers read a page declared US-ASCII as Windows-1252 (the HTML standard's labels).
    if source == .htmlMeta, asciiLabels.contains(key) {
      return .windows1252(label: label, source: source)
    }
    if utf8Labels.contains(key) { return .utf8 }
    if windows1252Labels.contains(key) { return .windows1252(label: label, source: source) }
    return .unsupported(label, source: source)
  }

  /// The warning for an encoding coauth does not read.
  func unsupportedWarning(at location: SourceLocation) -> Diagnostic? {
    guard case .unsupported(let label, let source) = self else { return nil }
    let found =
      source == .xmlDeclaration
      ? "encoding=\"\(label)\" in the xml declaration"
      : "charset=\"\(label)\" in the page's <meta> tag"
    return Diagnostic(
      .warning, "text.unsupported-encoding",
      "expected an encoding coauth reads (utf-8, utf-16, iso-8859-1, windows-1252), found "
        + found + "; reading the text as utf-8 (invalid bytes as windows-1252), so letters "
        + "outside ascii may come out wrong",
      at: location)
  }

  /// The warning for a text declared ISO-8859-1 or Windows-1252 whose first letter outside
  /// ASCII is written in UTF-8 (at `location`): the text is read as UTF-8.
  func mislabelledWarning(at location: SourceLocation) -> Diagnostic {
    let (label, source) =
      if case .windows1252(let label, let source) = self { (label.lowercased(), source) } else {
        ("iso-8859-1", Source.xmlDeclaration)
      }
    return Diagnostic(
      .warning, "text.mislabelled-encoding",
      "expected \(label) text as \(source.description) says, found utf-8; reading the text as "
        + "utf-8 (invalid bytes as windows-1252)",
      at: location)
  }

  // MARK: - Helpers

  /// The value of the `encoding` pseudo-attribute in `declaration` (`<?xml ... ` up to `?>`).
  private static func encodingLabel(in declaration: [UInt8]) -> String? {
    guard let name = declaration.firstRange(of: "encoding".utf8) else { return nil }
    var index = name.upperBound
    while index < declaration.count, isSpace(declaration[index]) { index += 1 }
    guard index < declaration.count, declaration[index] == UInt8(ascii: "=") else { return nil }
    index += 1
    while index < declaration.count, isSpace(declaration[index]) { index += 1 }
    guard index < declaration.count,
      declaration[index] == UInt8(ascii: "\"") || declaration[index] == UInt8(ascii: "'")
    else { return nil }
    let quote = declaration[index]
    let start = index + 1
    guard let end = declaration[start...].firstIndex(of: quote) else { return nil }
    return String(decoding: declaration[start..<end], as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static let utf8Labels = Set([
    "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "utf16",
  ]).union(asciiLabels)

  private static let asciiLabels: Set<String> = ["us-ascii", "ascii", "ansi_x3.4-1968"]

  private static let windows1252Labels: Set<String> = [
    "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "latin1",
    "latin-1", "l1", "csisolatin1", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252",
  ]
}
