import CoauthExport

/// A JSON document with objects in insertion order, so that `summary.json` reads in a fixed,
/// meaningful order (counts before timings) and diffs cleanly between runs.
public indirect enum JSONValue: Sendable, Hashable {
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  case integer(Int)
  case number(Double)
  case bool(Bool)
  case null

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }
  public func hash(into hasher: inout Hasher) { hasher.combine(text()) }

  /// The document as indented JSON text ending in a newline.
  public func text() -> String {
    var output = ""
    append(to: &output, indent: "")
    return output + "\n"
  }

  private func append(to output: inout String, indent: String) {
    switch self {
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{\n"
      for (index, member) in members.enumerated() {
        output += indent + "  "
        Self.appendString(member.key, to: &output)
        output += ": "
        member.value.append(to: &output, indent: indent + "  ")
        output += index + 1 < members.count ? ",\n" : "\n"
      }
      output += indent + "}"
    case .array(let items):
      guard !items.isEmpty else { return output += "[]" }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += indent + "  "
        item.append(to: &output, indent: indent + "  ")
        output += index + 1 < items.count ? ",\n" : "\n"
      }
      output += indent + "]"
    case .string(let text): Self.appendString(text, to: &output)
    case .integer(let value): output += String(value)
    case .number(let value):
      output += value.isFinite ? NumberFormat(significantDigits: 6).string(value) : "null"
    case .bool(let value): output += value ? "true" : "false"
    case .null: output += "null"
    }
  }

  private static func appendString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
