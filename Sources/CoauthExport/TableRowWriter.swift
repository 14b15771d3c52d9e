/// Writes a table row by row, field by field: ``CSVWriter`` as CSV text, ``GraphMLWriter`` as
/// the attributes of GraphML nodes and edges. A table written through this protocol gives the
/// same columns in every format.
public protocol TableRowWriter {
  /// Writes a text field.
  mutating func write(_ text: String)
  /// Writes a text field.
  mutating func write(_ text: Substring)
  /// Writes one field holding `count` texts separated by `separator` (`a|b|c`), `item(i)`
  /// giving the `i`-th.
  mutating func writeList(count: Int, separator: UInt8, item: (Int) -> String)
  /// Writes a number.
  mutating func write(_ value: Double)
  /// Writes an integer.
  mutating func write(_ value: Int)
  /// Writes an integer.
  mutating func write(_ value: Int32)
  /// Writes an integer.
  mutating func write(_ value: Int64)
  /// Writes a missing value.
  mutating func writeEmpty()
  /// Ends the current row, which must have one field per column.
  mutating func endRow() throws(ExportError)
}

extension TableRowWriter {
  /// Writes `count` texts separated by `|`, the list separator of every coauth table.
  public mutating func writeList(count: Int, item: (Int) -> String) {
    writeList(count: count, separator: UInt8(ascii: "|"), item: item)
  }
}
