import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

extension TableRowWriter {
  /// Writes `value`, or an empty field when it is nil.
  mutating func write(optional value: Int?) {
    if let value { write(value) } else { writeEmpty() }
  }

  /// Writes a year column where 0 means unknown.
  mutating func write(year: Int32) {
    if year != 0 { write(year) } else { writeEmpty() }
  }

  /// Writes `items` joined by `|`, the list separator of every coauth table.
  mutating func write(list items: [String]) {
    writeList(count: items.count) { items[$0] }
  }
}
