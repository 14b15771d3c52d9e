import CoauthModel

/// A byte-level BibTeX parser: entries delimited by `{}` or `()`, values in braces, quotes,
/// numbers or `@string` macros joined with `#`, `@comment` and `@preamble`.
///
/// A damaged entry (unbalanced braces, a missing comma or key, stray text) is reported with the
/// line where the damage was found and what was expected there, and the parser resumes at the
/// next `@` that starts a line, so every good entry around it is kept. A braced or quoted value
/// never runs past a line that starts a new entry (`@type{`): that is how an unclosed brace is
/// caught without losing the rest of the file. The parser runs in linear time and never
/// recurses, so brace nesting depth and line length are unbounded.
package struct BibTeXParser {
  /// The entries and the problems of one input, in file order.
  package struct Result: Sendable {
    package var entries: [BibTeXEntry]
    package var diagnostics: [Diagnostic]
  }

  /// Parses `bytes` (UTF-8).
  ///
  /// - Parameters:
  ///   - label: the path used in diagnostics.
  ///   - fields: the lowercase names of the fields to keep, or nil for all; other fields are
  ///     checked for syntax but not copied.
  package static func parse(_ bytes: [UInt8], label: String, fields: Set<String>? = nil)
    -> Result
  {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = BibTeXParser(text: buffer, label: label, fieldFilter: fields)
      parser.run()
      return Result(entries: parser.entries, diagnostics: parser.diagnostics)
    }
  }

  /// The values of the standard month macros, predefined as in BibTeX's styles.
  package static let monthMacros: [String: [UInt8]] = [
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
  ].mapValues { Array($0.utf8) }

  private let text: UnsafeBufferPointer<UInt8>
  private let label: String
  /// The lowercase names of the fields to keep with their bytes, or nil for all.
  private let wantedFields: [(name: String, bytes: [UInt8])]?
  private var position = 0
  private var lineCounter = LineCounter()
  private var macros = monthMacros
  private var entries: [BibTeXEntry] = []
  private var diagnostics: [Diagnostic] = []

  private init(text: UnsafeBufferPointer<UInt8>, label: String, fieldFilter: Set<String>?) {
    self.text = text
    self.label = label
    self.wantedFields = fieldFilter?.sorted().map { ($0, Array($0.utf8)) }
  }

  // MARK: - Items

  private mutating func run() {
    while let at = nextAt(from: position) {
      position = at
      do {
        try parseItem()
      } catch {
        report(
          .warning, error.code, error.message + "; skipping to the next entry",
          at: error.position, skippedRecords: 1)
        position = resynchronisationPoint(from: max(error.position, at + 1))
      }
    }
  }

  /// Parses the item whose `@` is at `position`.
  private mutating func parseItem() throws(SyntaxError) {
    let at = position
    let atLineStart = isAtLineStart(at)
    position += 1
    skipWhitespace()
    let typeRange = identifier()
    skipWhitespace()
    guard !typeRange.isEmpty, position < text.count,
      text[position] == UInt8(ascii: "{") || text[position] == UInt8(ascii: "(")
    else {
      // An `@` inside free text between entries is a comment; at the start of a line it is
      // a damaged entry.
      guard atLineStart else { return }
      let expected = typeRange.isEmpty ? "an entry type after '@'" : "'{' or '(' after '@\(string(typeRange))'"
      throw SyntaxError("bibtex.syntax", "expected \(expected), found \(found())", at: position)
    }
    let closer = text[position] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
    position += 1
    let type = lowercased(typeRange)
    switch type {
    case "comment":
      skipComment(closer: closer)
    case "preamble":
      _ = try parseValue(field: .label("preamble"), entry: "@preamble", keep: false)
      skipWhitespace()
      try expectCloser(closer, entry: "@preamble", entryStart: at)
    case "string":
      try parseMacroDefinitions(closer: closer, entryStart: at)
    default:
      try parseEntry(type: type, at: at, closer: closer)
    }
  }

  private mutating func parseEntry(type: String, at: Int, closer: UInt8) throws(SyntaxError) {
    skipWhitespace()
    let keyStart = position
    while position < text.count {
      let byte = text[position]
      if Self.isWhitespace(byte) || byte == closer || Self.isKeyTerminator(byte) { break }
      position += 1
    }
    let key = string(keyStart..<position)
    skipWhitespace()
    if position < text.count && text[position] == UInt8(ascii: "=") {
      throw SyntaxError(
        "bibtex.missing-key",
        "expected a citation key after '@\(type){', found field '\(key)'", at: keyStart)
    }
    if key.isEmpty {
      throw SyntaxError(
        "bibtex.missing-key", "expected a citation key after '@\(type){', found \(found())",
        at: position)
    }
    var entry = BibTeXEntry(type: type, key: key, line: line(at: at))
    entry.fields.reserveCapacity(8)
    if position < text.count && text[position] == closer {
      position += 1
      entries.append(entry)
      return
    }
    guard position < text.count, text[position] == UInt8(ascii: ",") else {
      throw endOrMissingComma(after: "the citation key '\(key)'", closer: closer, entryStart: at)
    }
    position += 1
    while true {
      skipWhitespace()
      guard position < text.count else { throw unterminated(key, closer: closer, entryStart: at) }
      if text[position] == closer {
        position += 1
        break
      }
      let nameRange = identifier()
      guard !nameRange.isEmpty else {
        throw SyntaxError(
          "bibtex.syntax",
          "expected a field name or '\(Character(Unicode.Scalar(closer)))' in entry '\(key)', "
            + "found \(found())", at: position)
      }
      skipWhitespace()
      guard position < text.count, text[position] == UInt8(ascii: "=") else {
        throw SyntaxError(
          "bibtex.syntax",
          "expected '=' after field name '\(lowercased(nameRange))' in entry '\(key)', found "
            + "\(found())", at: position)
      }
      position += 1
      skipWhitespace()
      if let name = keptFieldName(nameRange) {
        let valueLine = line(at: position)
        let value = try parseValue(field: .range(nameRange), entry: key, keep: true)
        if entry.fields.contains(where: { $0.name == name }) {
          report(
            .warning, "bibtex.duplicate-field",
            "field '\(name)' repeated in entry '\(key)'; keeping the first value",
            at: nameRange.lowerBound)
        } else if let value {
          entry.fields.append(BibTeXField(name: name, value: value, line: valueLine))
        }
      } else {
        _ = try parseValue(field: .range(nameRange), entry: key, keep: false)
      }
      skipWhitespace()
      guard position < text.count else { throw unterminated(key, closer: closer, entryStart: at) }
      if text[position] == UInt8(ascii: ",") {
        position += 1
      } else if text[position] != closer {
        throw endOrMissingComma(
          after: "the value of field '\(lowercased(nameRange))' in entry '\(key)'",
          closer: closer, entryStart: at)
      }
    }
    entries.append(entry)
  }

  /// The lowercase name of the field at `range` when the field is kept, else nil. Compares
  /// bytes so that skipped fields cost no string.
  private func keptFieldName(_ range: Range<Int>) -> String? {
    guard let wantedFields else { return lowercased(range) }
    for wanted in wantedFields where wanted.bytes.count == range.count {
      var index = 0
      while index < range.count
        && ASCIIByte.lowercased(text[range.lowerBound + index]) == wanted.bytes[index]
      {
        index += 1
      }
      if index == range.count { return wanted.name }
    }
    return nil
  }

  /// What a value belongs to, for messages: a field name in the text or a fixed label.
  private enum ValueOwner {
    case range(Range<Int>)
    case label(String)
  }

  private func ownerName(_ owner: ValueOwner) -> String {
    switch owner {
    case .range(let range): lowercased(range)
    case .label(let label): label
    }
  }

  /// `@string{name = value}`, also several definitions separated by commas.
  private mutating func parseMacroDefinitions(closer: UInt8, entryStart: Int) throws(SyntaxError) {
    while true {
      skipWhitespace()
      guard position < text.count else {
        throw unterminated("@string", closer: closer, entryStart: entryStart)
      }
      if text[position] == closer {
        position += 1
        return
      }
      let nameRange = identifier()
      guard !nameRange.isEmpty else {
        throw SyntaxError(
          "bibtex.syntax", "expected a macro name in @string, found \(found())", at: position)
      }
      let name = lowercased(nameRange)
      skipWhitespace()
      guard position < text.count, text[position] == UInt8(ascii: "=") else {
        throw SyntaxError(
          "bibtex.syntax", "expected '=' after macro name '\(name)', found \(found())",
          at: position)
      }
      position += 1
      let value = try parseValue(field: .label(name), entry: "@string", keep: true)
      macros[name] = value.map { $0.bytes(in: text) } ?? []
      skipWhitespace()
      if position < text.count && text[position] == UInt8(ascii: ",") {
        position += 1
      } else if position >= text.count || text[position] != closer {
        throw endOrMissingComma(
          after: "the value of macro '\(name)'", closer: closer, entryStart: entryStart)
      }
    }
  }

  /// Skips the body of `@comment{...}`, which may hold anything with balanced delimiters.
  private mutating func skipComment(closer: UInt8) {
    let opener = closer == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "(")
    var depth = 1
    while position < text.count {
      let byte = text[position]
      position += 1
      if byte == opener {
        depth += 1
      } else if byte == closer {
        depth -= 1
        if depth == 0 { return }
      } else if byte == UInt8(ascii: "\n") && startsEntry(afterNewlineAt: position - 1) {
        return
      }
    }
  }

  // MARK: - Values

  /// Parses `piece (# piece)*` and returns the raw text when `keep` is set: a span of the input
  /// for a single braced, quoted or numeric piece (no copy), else the joined bytes.
  private mutating func parseValue(field owner: ValueOwner, entry: String, keep: Bool)
    throws(SyntaxError)
    -> BibTeXValue?
  {
    var single: Range<Int>?
    var joined: [UInt8] = []
    var isJoined = false
    var pieces = 0
    while true {
      skipWhitespace()
      guard position < text.count else {
        throw SyntaxError(
          "bibtex.unterminated-entry",
          "expected a value for field '\(ownerName(owner))' in entry '\(entry)', found end of file",
          at: position)
      }
      let byte = text[position]
      let piece: Range<Int>
      var expansion: [UInt8]?
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "\"") {
        piece = try delimitedContent(field: owner, entry: entry)
      } else if Self.isDigit(byte) {
        let start = position
        while position < text.count && Self.isDigit(text[position]) { position += 1 }
        piece = start..<position
      } else if Self.isIdentifierByte(byte) {
        piece = identifier()
        expansion = macros[lowercased(piece)]
        if expansion == nil {
          report(
            .warning, "bibtex.undefined-macro",
            "undefined macro '\(string(piece))' in field '\(ownerName(owner))' of entry '\(entry)'; "
              + "keeping its name as text", at: piece.lowerBound)
        }
      } else {
        throw SyntaxError(
          "bibtex.syntax",
          "expected a value for field '\(ownerName(owner))' in entry '\(entry)', found \(found())",
          at: position)
      }
      pieces += 1
      if keep {
        if pieces == 1 && expansion == nil {
          single = piece
        } else {
          if !isJoined, let single {
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: text[single]))
          }
          isJoined = true
          if let expansion {
            joined.append(contentsOf: expansion)
          } else {
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: text[piece]))
          }
        }
      }
      skipWhitespace()
      guard position < text.count, text[position] == UInt8(ascii: "#") else { break }
      position += 1
    }
    guard keep else { return nil }
    return isJoined ? .bytes(joined) : .span(single ?? position..<position)
  }

  /// The content of the braced or quoted value at `position`, without its delimiters.
  private mutating func delimitedContent(field owner: ValueOwner, entry: String)
    throws(SyntaxError)
    -> Range<Int>
  {
    let quoted = text[position] == UInt8(ascii: "\"")
    let start = position + 1
    var index = start
    var depth = quoted ? 0 : 1
    let base = UnsafeRawPointer(text.baseAddress)
    while index < text.count {
      // Skip eight bytes at a time while none of them is a brace, a quote or a line end.
      if let base, index + 8 <= text.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let special =
          ByteScanning.matches(word, UInt8(ascii: "{")) | ByteScanning.matches(word, UInt8(ascii: "}"))
          | ByteScanning.matches(word, UInt8(ascii: "\"")) | ByteScanning.matches(word, 0x0A)
        if special == 0 {
          index += 8
          continue
        }
      }
      switch text[index] {
      case UInt8(ascii: "{"):
        depth += 1
      case UInt8(ascii: "}"):
        depth -= 1
        if depth == 0 && !quoted {
          position = index + 1
          return start..<index
        }
        if depth < 0 {
          throw SyntaxError(
            "bibtex.unbalanced-braces",
            "unbalanced braces in field '\(ownerName(owner))' of entry '\(entry)': expected '\"' to end the "
              + "quoted value, found an unmatched '}'", at: index)
        }
      case UInt8(ascii: "\"") where quoted && depth == 0:
        position = index + 1
        return start..<index
      case UInt8(ascii: "\n") where startsEntry(afterNewlineAt: index):
        throw SyntaxError(
          "bibtex.unbalanced-braces",
          "unbalanced braces in field '\(ownerName(owner))' of entry '\(entry)' (value starts at line "
            + "\(line(at: start))): expected \(closingNeed(quoted: quoted, depth: depth)) "
            + "before the next entry", at: index + 1)
      default:
        break
      }
      index += 1
    }
    throw SyntaxError(
      "bibtex.unbalanced-braces",
      "unbalanced braces in field '\(ownerName(owner))' of entry '\(entry)' (value starts at line "
        + "\(line(at: start))): expected \(closingNeed(quoted: quoted, depth: depth)), found "
        + "end of file", at: text.count)
  }

  private func closingNeed(quoted: Bool, depth: Int) -> String {
    if quoted { return depth > 0 ? "\(depth) more '}' and a closing '\"'" : "a closing '\"'" }
    return depth == 1 ? "'}'" : "\(depth) more '}'"
  }

  // MARK: - Errors

  private struct SyntaxError: Error {
    var code: String
    var message: String
    var position: Int

    init(_ code: String, _ message: String, at position: Int) {
      self.code = code
      self.message = message
      self.position = position
    }
  }

  private mutating func expectCloser(_ closer: UInt8, entry: String, entryStart: Int)
    throws(SyntaxError)
  {
    guard position < text.count, text[position] == closer else {
      throw endOrMissingComma(after: entry, closer: closer, entryStart: entryStart)
    }
    position += 1
  }

  private mutating func unterminated(_ entry: String, closer: UInt8, entryStart: Int) -> SyntaxError
  {
    SyntaxError(
      "bibtex.unterminated-entry",
      "expected '\(Character(Unicode.Scalar(closer)))' to close entry '\(entry)' started at line "
        + "\(line(at: entryStart)), found end of file", at: position)
  }

  private mutating func endOrMissingComma(after what: String, closer: UInt8, entryStart: Int)
    -> SyntaxError
  {
    if position >= text.count { return unterminated(what, closer: closer, entryStart: entryStart) }
    return SyntaxError(
      "bibtex.missing-comma",
      "expected ',' or '\(Character(Unicode.Scalar(closer)))' after \(what), found \(found())",
      at: position)
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ code: String, _ message: String, at offset: Int,
    skippedRecords: Int = 0
  ) {
    let location = SourceLocation(path: label, line: line(at: offset))
    diagnostics.append(
      Diagnostic(severity, code, message, at: location, skippedRecords: skippedRecords))
  }

  /// A short quote of the text at `position` for messages.
  private func found() -> String {
    guard position < text.count else { return "end of file" }
    var end = position
    while end < text.count && end - position < 24 && text[end] != UInt8(ascii: "\n") {
      end += 1
    }
    if end == position { return "end of line" }
    return "'\(string(position..<end))'"
  }

  // MARK: - Scanning

  private func nextAt(from start: Int) -> Int? {
    var index = start
    while index < text.count {
      if text[index] == UInt8(ascii: "@") { return index }
      index += 1
    }
    return nil
  }

  /// The first `@` at the start of a line at or after `start`.
  private func resynchronisationPoint(from start: Int) -> Int {
    var index = start
    while let at = nextAt(from: index) {
      if isAtLineStart(at) { return at }
      index = at + 1
    }
    return text.count
  }

  /// True when only spaces or tabs stand between the previous line end and `index`.
  private func isAtLineStart(_ index: Int) -> Bool {
    var back = index - 1
    while back >= 0 && (text[back] == UInt8(ascii: " ") || text[back] == UInt8(ascii: "\t")) {
      back -= 1
    }
    return back < 0 || text[back] == UInt8(ascii: "\n")
  }

  /// True when the line after the newline at `newline` starts a new entry: `@type{` or
  /// `@type(`, the signal that a value has run away.
  private func startsEntry(afterNewlineAt newline: Int) -> Bool {
    var index = newline + 1
    while index < text.count && (text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t")) {
      index += 1
    }
    guard index < text.count, text[index] == UInt8(ascii: "@") else { return false }
    index += 1
    let typeStart = index
    while index < text.count && Self.isLetter(text[index]) { index += 1 }
    guard index > typeStart else { return false }
    while index < text.count && Self.isWhitespace(text[index]) { index += 1 }
    return index < text.count
      && (text[index] == UInt8(ascii: "{") || text[index] == UInt8(ascii: "("))
  }

  private mutating func skipWhitespace() {
    while position < text.count && Self.isWhitespace(text[position]) { position += 1 }
  }

  private mutating func identifier() -> Range<Int> {
    let start = position
    while position < text.count && Self.isIdentifierByte(text[position]) { position += 1 }
    return start..<position
  }

  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
  }

  private func lowercased(_ range: Range<Int>) -> String {
    let slice = UnsafeBufferPointer(rebasing: text[range])
    if !slice.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
      return String(decoding: slice, as: UTF8.self)
    }
    var bytes = [UInt8](UnsafeBufferPointer(rebasing: text[range]))
    for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A {
      bytes[index] |= 0x20
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private mutating func line(at offset: Int) -> Int {
    lineCounter.line(at: min(offset, text.count), in: text)
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Bytes allowed in entry types, field names and macro names: printable ASCII except
  /// `"#%'(),={}` (BibTeX's rule), and any non-ASCII byte.
  private static func isIdentifierByte(_ byte: UInt8) -> Bool {
    if byte >= 0x80 { return true }
    guard byte > 0x20 && byte < 0x7F else { return false }
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "'"),
      UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "="),
      UInt8(ascii: "{"), UInt8(ascii: "}"):
      return false
    default:
      return true
    }
  }

  /// Bytes that end a citation key besides white space and the entry's closing delimiter.
  private static func isKeyTerminator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "{")
      || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\"")
  }
}
