/// Writes RFC 4180 CSV into a ``ByteSink``, field by field, without building a `String` per
/// row.
///
/// - Fields containing a comma, a double quote, CR or LF, or starting or ending with a space or
///   tab are quoted; quotes inside are doubled. Other fields are written as they are.
/// - Lines end with `\n`. The header row is written first. A row consisting of one empty field
///   is written as `""` so that readers do not skip it as a blank line.
/// - Numbers are printed by ``NumberFormat``; text is written as UTF-8 unchanged.
/// - Output collects in a byte buffer that is handed to the sink whenever it exceeds
///   ``chunkSize`` bytes, and at ``finish()``.
///
/// ```swift
/// var csv = CSVWriter(sink: ByteBuffer(), header: ["id", "name", "degree"])
/// csv.write(0); csv.write("Ada Lovelace"); csv.write(0.5); try csv.endRow()
/// let text = try csv.finish().text
/// ```
public struct CSVWriter<Sink: ByteSink>: TableRowWriter {
  /// Number of fields in every row, taken from the header.
  public let columnCount: Int
  /// How doubles and integers are printed.
  public let numberFormat: NumberFormat
  /// Buffered bytes are passed to the sink once they exceed this size.
  public let chunkSize: Int
  /// Data rows completed so far (the header is not counted).
  public private(set) var rowCount = 0

  private var sink: Sink
  private var buffer: [UInt8] = []
  private var fieldIndex = 0
  /// Buffer offset where the current field's bytes begin.
  private var fieldStart = 0

  /// A writer that starts with the `header` row. `header` must not be empty.
  public init(
    sink: Sink, header: [String], numberFormat: NumberFormat = NumberFormat(),
    chunkSize: Int = 1 << 16
  ) {
    precondition(!header.isEmpty, "a CSV table needs at least one column")
    self.sink = sink
    self.columnCount = header.count
    self.numberFormat = numberFormat
    self.chunkSize = max(chunkSize, 1)
    buffer.reserveCapacity(self.chunkSize + 4096)
    for name in header { write(name) }
    endRowWithoutFlush()
    rowCount = 0
  }

  /// Writes a text field, quoting it when needed.
  public mutating func write(_ text: String) {
    beginField()
    // Native strings lend their bytes without a copy (a `var` copy would retain the string).
    if text.utf8.withContiguousStorageIfAvailable({ appendText($0) }) != nil { return }
    var text = text
    text.withUTF8 { appendText($0) }
  }

  /// Writes a text field, quoting it when needed.
  public mutating func write(_ text: Substring) {
    beginField()
    var text = text
    text.withUTF8 { appendText($0) }
  }

  /// Writes one field holding `count` texts separated by `separator` (a list such as
  /// `a|b|c`), `item(i)` giving the `i`-th, quoting the field when needed. The texts go straight
  /// into the buffer: no joined string is made.
  public mutating func writeList(
    count: Int, separator: UInt8 = UInt8(ascii: "|"), item: (Int) -> String
  ) {
    beginField()
    for index in 0..<count {
      if index > 0 { buffer.append(separator) }
      var text = item(index)
      text.withUTF8 { buffer.append(contentsOf: $0) }
    }
    let needsQuotes = buffer.withUnsafeBufferPointer {
      Self.needsQuotes(UnsafeBufferPointer(rebasing: $0[fieldStart...]))
    }
    guard needsQuotes else { return }
    let field = Array(buffer[fieldStart...])
    buffer.removeSubrange(fieldStart...)
    field.withUnsafeBufferPointer { appendText($0) }
  }

  /// Writes a number with ``numberFormat``.
  public mutating func write(_ value: Double) {
    beginField()
    numberFormat.append(value, to: &buffer)
  }

  /// Writes an integer in plain decimal.
  public mutating func write(_ value: Int) {
    beginField()
    NumberFormat.appendInteger(Int64(value), to: &buffer)
  }

  /// Writes an integer in plain decimal.
  public mutating func write(_ value: Int32) {
    beginField()
    NumberFormat.appendInteger(Int64(value), to: &buffer)
  }

  /// Writes an integer in plain decimal.
  public mutating func write(_ value: Int64) {
    beginField()
    NumberFormat.appendInteger(value, to: &buffer)
  }

  /// Writes an integer in plain decimal.
  public mutating func write(_ value: some BinaryInteger) {
    beginField()
    NumberFormat.appendInteger(value, to: &buffer)
  }

  /// Writes an empty field (a missing value for pandas and R).
  public mutating func writeEmpty() {
    beginField()
  }

  /// Ends the current row; every row must have exactly ``columnCount`` fields.
  public mutating func endRow() throws(ExportError) {
    endRowWithoutFlush()
    if buffer.count >= chunkSize { try flush() }
  }

  /// Writes a whole row of text fields.
  public mutating func writeRow(_ fields: [String]) throws(ExportError) {
    for field in fields { write(field) }
    try endRow()
  }

  /// Hands all buffered bytes to the sink.
  public mutating func flush() throws(ExportError) {
    guard !buffer.isEmpty else { return }
    var chunk: [UInt8] = []
    swap(&chunk, &buffer)
    defer {
      chunk.removeAll(keepingCapacity: true)
      swap(&chunk, &buffer)
    }
    try sink.write(chunk)
  }

  /// Flushes the remaining bytes and returns the sink. The current row must be complete.
  public consuming func finish() throws(ExportError) -> Sink {
    precondition(fieldIndex == 0, "finish() in the middle of a row")
    try flush()
    return sink
  }

  // MARK: - Helpers

  private mutating func beginField() {
    precondition(fieldIndex < columnCount, "more fields than the \(columnCount) header columns")
    if fieldIndex > 0 { buffer.append(UInt8(ascii: ",")) }
    fieldIndex += 1
    fieldStart = buffer.count
  }

  private mutating func endRowWithoutFlush() {
    precondition(
      fieldIndex == columnCount, "row has \(fieldIndex) fields, header has \(columnCount)")
    if columnCount == 1, buffer.count == fieldStart {
      // A single empty field would make a blank line: write it as "".
      buffer.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
    }
    buffer.append(UInt8(ascii: "\n"))
    fieldIndex = 0
    rowCount += 1
  }

  private mutating func appendText(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard Self.needsQuotes(utf8) else {
      buffer.append(contentsOf: utf8)
      return
    }
    let quote = UInt8(ascii: "\"")
    buffer.append(quote)
    var runStart = 0
    for index in utf8.indices where utf8[index] == quote {
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
      buffer.append(quote)
      runStart = index + 1
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    buffer.append(quote)
  }

  static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || last == UInt8(ascii: " ")
      || last == UInt8(ascii: "\t")
    {
      return true
    }
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        return true
      default: continue
      }
    }
    return false
  }
}

extension CSVWriter where Sink == ByteBuffer {
  /// A writer that collects everything in memory.
  public init(header: [String], numberFormat: NumberFormat = NumberFormat()) {
    self.init(sink: ByteBuffer(), header: header, numberFormat: numberFormat)
  }
}
