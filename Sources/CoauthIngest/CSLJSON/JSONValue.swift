/// A parsed JSON value with the line where it starts, so that readers can name the line of a
/// bad record.
package struct JSONValue: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number as written, converted by the reader that needs it.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order; a repeated name keeps every occurrence.
    case object([(name: String, value: JSONValue)])

    package static func == (lhs: Kind, rhs: Kind) -> Bool {
      switch (lhs, rhs) {
      case (.null, .null): true
      case (.bool(let a), .bool(let b)): a == b
      case (.number(let a), .number(let b)): a == b
      case (.string(let a), .string(let b)): a == b
      case (.array(let a), .array(let b)): a == b
      case (.object(let a), .object(let b)):
        a.count == b.count && zip(a, b).allSatisfy { $0.name == $1.name && $0.value == $1.value }
      default: false
      }
    }

    package func hash(into hasher: inout Hasher) {
      switch self {
      case .null: hasher.combine(0)
      case .bool(let value): hasher.combine(value)
      case .number(let value), .string(let value): hasher.combine(value)
      case .array(let values): hasher.combine(values)
      case .object(let members):
        for member in members {
          hasher.combine(member.name)
          hasher.combine(member.value)
        }
      }
    }
  }

  package var kind: Kind
  /// The 1-based line of the value's first byte.
  package var line: Int

  /// The first member called `name` of an object, else nil.
  package subscript(name: String) -> JSONValue? {
    guard case .object(let members) = kind else { return nil }
    return members.first { $0.name == name }?.value
  }

  /// A short description of the value's kind for messages ("a string", "an array").
  package var kindDescription: String {
    switch kind {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The text of a string, or the digits of a number; nil for other kinds.
  package var scalarText: String? {
    switch kind {
    case .string(let text), .number(let text): text
    default: nil
    }
  }
}
