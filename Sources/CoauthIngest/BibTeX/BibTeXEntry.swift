/// One BibTeX entry as the parser read it, before any LaTeX is decoded.
package struct BibTeXEntry: Sendable, Hashable {
  /// The entry type, lowercased (`inproceedings`).
  package var type: String
  /// The citation key as written.
  package var key: String
  /// The line of the `@`.
  package var line: Int
  /// The fields in the order written (the first of a repeated field only).
  package var fields: [BibTeXField]

  package init(type: String, key: String, line: Int, fields: [BibTeXField] = []) {
    self.type = type
    self.key = key
    self.line = line
    self.fields = fields
  }

  /// The field called `name` (lowercase), if present.
  package func field(_ name: String) -> BibTeXField? {
    fields.first { $0.name == name }
  }
}

/// One `name = value` pair of an entry.
package struct BibTeXField: Sendable, Hashable {
  /// The field name, lowercased.
  package var name: String
  /// The raw value: the pieces joined by `#` concatenation with their delimiters removed and
  /// `@string` macros expanded, still in LaTeX.
  package var value: BibTeXValue
  /// The line where the value starts.
  package var line: Int

  package init(name: String, value: BibTeXValue, line: Int) {
    self.name = name
    self.value = value
    self.line = line
  }
}

/// The raw text of a field value: most values are one braced or quoted piece and stay a span of
/// the parsed text; values joined with `#` or made from macros are copied.
package enum BibTeXValue: Sendable, Hashable {
  /// A range of the text that was parsed.
  case span(Range<Int>)
  /// Bytes assembled from several pieces or macros.
  case bytes([UInt8])

  /// The raw bytes, given the text that was parsed.
  package func bytes(in text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    switch self {
    case .span(let range): Array(UnsafeBufferPointer(rebasing: text[range]))
    case .bytes(let bytes): bytes
    }
  }

  /// The raw bytes, given the text that was parsed.
  package func bytes(in text: [UInt8]) -> [UInt8] {
    text.withUnsafeBufferPointer { bytes(in: $0) }
  }

  /// Calls `body` with the raw bytes, without copying a span.
  package func withBytes<Result>(
    in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    switch self {
    case .span(let range): body(UnsafeBufferPointer(rebasing: text[range]))
    case .bytes(let bytes): bytes.withUnsafeBufferPointer(body)
    }
  }
}
