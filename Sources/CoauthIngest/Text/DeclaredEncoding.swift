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
  /// A single-byte encoding coauth reads (`SingleByteEncoding`: Windows-1252, which ISO-8859-1
  /// and Latin-1 name too, as web browsers read them; ISO-8859-2, Windows-1250, ISO-8859-15,
  /// Windows-1251) under any of its labels (`label` as declared): every byte is one character.
  case singleByte(SingleByteEncoding, label: String, source: Source)
  /// An encoding coauth does not read, as declared; the text is read as UTF-8.
  case unsupported(String, source: Source)

  /// Declarations longer than this are not looked for.
  static let longestDeclaration = 512

  /// The single-byte encoding that every byte is read in, if any.
  var singleByteEncoding: SingleByteEncoding? {
    if case .singleByte(let encoding, _, _) = self { return encoding }
    return nil
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

  /// The encoding a declaration's label names, matched as the Encoding Standard matches labels
  /// (any case, ASCII white space around it trimmed).
  static func encoding(named label: String, source: Source) -> DeclaredEncoding {
    let key = SingleByteEncoding.normalizedLabel(label)
    // Browsers read a page declared US-ASCII as Windows-1252 (the Encoding Standard's labels);
    // a text that an XML declaration calls US-ASCII is read as UTF-8, its superset.
    if source == .htmlMeta, asciiLabels.contains(key) {
      return .singleByte(.windows1252, label: label, source: source)
    }
    if utf8Labels.contains(key) { return .utf8 }
    if let encoding = SingleByteEncoding.named(key) {
      return .singleByte(encoding, label: label, source: source)
    }
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
      "expected an encoding coauth reads (utf-8, utf-16, iso-8859-1, iso-8859-2, iso-8859-15, "
        + "windows-1250, windows-1251, windows-1252), found "
        + found + "; reading the text as utf-8 (invalid bytes as windows-1252), so letters "
        + "outside ascii may come out wrong",
      at: location)
  }

  /// The warning for a text declared in a single-byte encoding whose first letters outside
  /// ASCII are written in UTF-8 (at `location`): the text is read as UTF-8.
  func mislabelledWarning(at location: SourceLocation) -> Diagnostic {
    let (label, source) =
      if case .singleByte(_, let label, let source) = self {
        (SingleByteEncoding.normalizedLabel(label), source)
      } else {
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
}
