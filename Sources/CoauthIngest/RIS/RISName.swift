import CoauthModel

/// RIS author names: "Last, First" or "Last, First, Suffix" as the RIS specification writes
/// them (leading lowercase words of "Last" are the particle: "van der Berg, Anna"), or
/// initials after the family name without the comma ("Smith JA", as databases export them);
/// any other name without a comma is kept as printed for the name stage to parse, unless a
/// word of it says it is a group ("The 1000 Genomes Project Consortium": `.group`). Web of Science
/// (`AF`, `AU`) and MEDLINE (`FAU`, `AU`) print their names the same ways and are split here too.
enum RISName {
  /// The mention for the value of an `AU` or `A1` line.
  static func mention(_ text: String, location: SourceLocation) -> AuthorMention {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      .map { WhitespaceCollapsing.string(String($0)) }
    // A corporate author: no given name (no comma, or EndNote's closing comma "World Health
    // Organization,"), several words, one a group word ("Consortium", "Organization").
    if parts.count == 1 || (parts.count == 2 && parts[1].isEmpty), parts[0].contains(" "),
      NameShape.isGroupName(parts[0])
    {
      return AuthorMention(printed: parts[0], kind: .group, location: location)
    }
    guard parts.count >= 2, !parts[0].isEmpty else {
      return AuthorMention(
        printed: text, name: PersonName(initialsAfterFamilyName: text), location: location)
    }
    let name = LastFirstName.name(
      last: parts[0], first: parts[1], suffix: parts.count > 2 ? parts[2...].joined(separator: ", ") : "")
    return AuthorMention(printed: text, name: name, location: location)
  }
}
