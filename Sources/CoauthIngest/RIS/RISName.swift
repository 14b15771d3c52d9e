import CoauthModel

/// RIS author names: "Last, First" or "Last, First, Suffix" as the RIS specification writes
/// them; a name without a comma is kept as printed for the name stage to parse.
enum RISName {
  /// The mention for the value of an `AU` or `A1` line.
  static func mention(_ text: String, location: SourceLocation) -> AuthorMention {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      .map { WhitespaceCollapsing.string(String($0)) }
    guard parts.count >= 2, !parts[0].isEmpty else {
      return AuthorMention(printed: text, location: location)
    }
    let name = PersonName(
      given: parts[1], family: parts[0], suffix: parts.count > 2 ? parts[2...].joined(separator: ", ") : "")
    return AuthorMention(printed: text, name: name, location: location)
  }
}
