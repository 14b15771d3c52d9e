import CoauthModel

/// The encoding that an XML declaration at the very start of a text names (`<?xml
/// version="1.0" encoding="ISO-8859-1"?>`), as it decides how `TextDecoder` reads the bytes.
/// A byte order mark outranks it; so do UTF-16's zero bytes, which are found before it.
enum DeclaredEncoding: Equatable {
  /// UTF-8: no declaration, or one naming UTF-8, US-ASCII (a subset) or UTF-16 (which 8-bit
  /// bytes are not, whatever the declaration says).
  case utf8
  /// ISO-8859-1, Latin-1 or Windows-1252 under any of their names: every byte is one character,
  /// read as Windows-1252 (a superset of the printable Latin-1, as web browsers read both).
  case windows1252
  /// An encoding coauth does not read, as declared; the text is read as UTF-8.
  case unsupported(String)

  /// Declarations longer than this are not looked for.
  static let longestDeclaration = 512

  /// The encoding declared at the start of `bytes`, or nil when `bytes` may end inside the
  /// declaration (fewer than `longestDeclaration` bytes and no `?>` yet) and more may come
  /// (`isComplete` false).
  init?(declaredAtStartOf bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) {
    let head = Array(bytes.prefix(Self.longestDeclaration))
    // `<?xml` and white space; `<?xml-stylesheet` is another processing instruction.
    let opening = Array("<?xml".utf8)
    let opens =
      head.count <= opening.count
      ? opening.starts(with: head) : head.starts(with: opening) && Self.isSpace(head[opening.count])
    guard opens else {
      self = .utf8
      return
    }
    guard let close = head.firstRange(of: "?>".utf8)?.lowerBound else {
      if isComplete || head.count >= Self.longestDeclaration {
        self = .utf8
        return
      }
      return nil
    }
    guard let label = Self.encodingLabel(in: Array(head[..<close])) else {
      self = .utf8
      return
    }
    self = Self.encoding(named: label)
  }

  /// The encoding a declaration's label names.
  static func encoding(named label: String) -> DeclaredEncoding {
    let key = label.lowercased()
    if utf8Labels.contains(key) { return .utf8 }
    if windows1252Labels.contains(key) { return .windows1252 }
    return .unsupported(label)
  }

  /// The warning for an encoding coauth does not read.
  func unsupportedWarning(at location: SourceLocation) -> Diagnostic? {
    guard case .unsupported(let label) = self else { return nil }
    return Diagnostic(
      .warning, "text.unsupported-encoding",
      "expected an encoding coauth reads (utf-8, utf-16, iso-8859-1, windows-1252), found "
        + "encoding=\"\(label)\" in the xml declaration; reading the text as utf-8 (invalid "
        + "bytes as windows-1252), so letters outside ascii may come out wrong",
      at: location)
  }

  /// The warning for a text declared ISO-8859-1 or Windows-1252 whose first letter outside
  /// ASCII is written in UTF-8 (at `location`): the text is read as UTF-8.
  static func mislabelledWarning(at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .warning, "text.mislabelled-encoding",
      "expected iso-8859-1 text as the xml declaration says, found utf-8; reading the text as "
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

  private static let utf8Labels: Set<String> = [
    "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "utf-16", "utf-16le", "utf-16be",
    "utf16",
  ]

  private static let windows1252Labels: Set<String> = [
    "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "latin1",
    "latin-1", "l1", "csisolatin1", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252",
  ]
}
