/// Splits delimited text (RFC 4180 CSV, TSV, semicolon-separated) into rows of fields with the
/// line where each row starts.
///
/// Fields in double quotes may hold the delimiter, doubled quotes and line ends. A quote that
/// is never closed, or a closing quote followed by text instead of a delimiter or line end,
/// means the quoting is broken (it would swallow the rows after it), so such a row is reported
/// as damaged and reading resumes on the line after the one where the row started. Quotes
/// inside an unquoted field are kept as written.
struct CSVTokenizer {
  /// One row of fields.
  struct Row: Sendable, Hashable {
    var fields: [String]
    /// The 1-based line where the row starts.
    var line: Int
  }

  /// A row whose quoting is broken.
  struct BrokenQuote: Sendable, Hashable {
    /// The line of the row.
    var rowLine: Int
    /// The line of the opening quote.
    var quoteLine: Int
    /// What follows the closing quote, or nil when the quote is never closed.
    var found: String?
  }

  /// The delimiter: comma, tab or semicolon.
  let delimiter: UInt8

  /// The delimiter that a first line `sep=;` declares, as spreadsheets (Excel) read and some
  /// tools write it for them; nil without that line. The line is no row of the table.
  static func declaredDelimiter(_ text: [UInt8]) -> UInt8? {
    let prefix = "sep=".utf8
    guard text.count >= 5, zip(text, prefix).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
    let delimiter = text[4]
    guard delimiter != UInt8(ascii: "\""), delimiter != 0x0A, delimiter != 0x20,
      text.count == 5 || text[5] == 0x0A
    else { return nil }
    return delimiter
  }

  /// The delimiter that occurs most often outside quotes on the first non-empty line (comma
  /// when none does).
  static func sniffDelimiter(_ text: [UInt8]) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: "\t"): 0, UInt8(ascii: ";"): 0]
    var inQuotes = false
    var sawContent = false
    for byte in text.prefix(64 * 1024) {
      if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
      if byte == 0x0A && !inQuotes {
        if sawContent { break }
        continue
      }
      if byte != 0x20 && byte != 0x0A { sawContent = true }
      if !inQuotes, counts[byte] != nil { counts[byte, default: 0] += 1 }
    }
    var best = UInt8(ascii: ",")
    for candidate in [UInt8(ascii: "\t"), UInt8(ascii: ";")]
    where counts[candidate, default: 0] > counts[best, default: 0] {
      best = candidate
    }
    return best
  }

  /// The rows of `text` (empty lines and rows of empty fields skipped) and the rows dropped for
  /// broken quoting.
  func rows(_ text: [UInt8]) -> (rows: [Row], broken: [BrokenQuote]) {
    var rows: [Row] = []
    var broken: [BrokenQuote] = []
    var position = 0
    var line = 1
    text.withUnsafeBufferPointer { bytes in
      while position < bytes.count {
        let rowStart = position
        let rowLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var ended = false
        while !ended {
          // One field.
          if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
            let quoteLine = line
            position += 1
            var closed = false
            while position < bytes.count {
              let byte = bytes[position]
              if byte == UInt8(ascii: "\"") {
                if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\"") {
                  field.append(byte)
                  position += 2
                  continue
                }
                position += 1
                closed = true
                break
              }
              if byte == 0x0A { line += 1 }
              field.append(byte)
              position += 1
            }
            var found: String?
            if closed, position < bytes.count, bytes[position] != delimiter,
              bytes[position] != 0x0A
            {
              let end = min(bytes.count, position + 12)
              found = String(decoding: bytes[position..<end], as: UTF8.self)
                .prefix { $0 != "\n" }.description
            }
            guard closed, found == nil else {
              broken.append(BrokenQuote(rowLine: rowLine, quoteLine: quoteLine, found: found))
              // Resume on the line after the row's first line.
              position = rowStart
              line = rowLine
              while position < bytes.count && bytes[position] != 0x0A { position += 1 }
              if position < bytes.count {
                position += 1
                line += 1
              }
              fields = []
              break
            }
          }
          // The unquoted field.
          while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || byte == 0x0A { break }
            field.append(byte)
            position += 1
          }
          fields.append(String(decoding: field, as: UTF8.self))
          field.removeAll(keepingCapacity: true)
          if position >= bytes.count {
            ended = true
          } else if bytes[position] == delimiter {
            position += 1
            if position >= bytes.count {
              fields.append("")
              ended = true
            }
          } else {
            position += 1
            line += 1
            ended = true
          }
        }
        if broken.last?.rowLine == rowLine && fields.isEmpty { continue }
        // An empty line, or a row of delimiters only (",,,", as spreadsheets save rows once
        // formatted and then cleared).
        if fields.allSatisfy({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) { continue }
        rows.append(Row(fields: fields, line: rowLine))
      }
    }
    return (rows, broken)
  }
}
