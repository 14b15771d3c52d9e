import CoauthModel

/// A CSL-JSON name object: `family`, `given`, `non-dropping-particle` ("van" in "van Gogh"),
/// `dropping-particle` ("de" in "Alexander von Humboldt"), `suffix`, or `literal` for a name
/// given as one string (an institution, or a mononym); `ORCID` as Crossref writes it
/// (`https://orcid.org/0000-0002-1825-0097`).
enum CSLName {
  /// Why a name object gave no author.
  enum Problem: Error, Equatable {
    case notAnObject(found: String)
    case empty
  }

  /// The ORCID iD of a name object, canonical; `.failure` with the text when it is not a
  /// valid iD (the name is kept without it).
  static func orcid(of value: JSONValue) -> Result<String, BadORCID>? {
    guard let text = (value["ORCID"] ?? value["orcid"])?.scalarText, !text.isEmpty else { return nil }
    return AuthorIdentifiers.checkedORCID(text).mapError { BadORCID(text: text, problem: $0) }
  }

  /// An `ORCID` that is not a valid iD, and why.
  struct BadORCID: Error, Equatable {
    let text: String
    let problem: AuthorIdentifiers.ORCIDProblem
  }

  /// The mention a name object stands for.
  ///
  /// A `literal` of several words is a group author ("Microsoft GenAI Team"), one word a person
  /// with only a family name ("Mausam"), as for brace-protected BibTeX names.
  static func mention(_ value: JSONValue, location: SourceLocation) -> Result<AuthorMention, Problem> {
    guard case .object = value.kind else { return .failure(.notAnObject(found: value.kindDescription)) }
    func part(_ name: String) -> String {
      value[name]?.scalarText.map(WhitespaceCollapsing.string) ?? ""
    }
    let family = part("family")
    let given = part("given")
    let literal = part("literal")
    if family.isEmpty && given.isEmpty {
      guard !literal.isEmpty else { return .failure(.empty) }
      let isGroup = literal.contains(" ")
      return .success(
        AuthorMention(
          printed: literal, name: isGroup ? nil : PersonName(family: literal),
          kind: isGroup ? .group : .person, location: location))
    }
    let particle = [part("dropping-particle"), part("non-dropping-particle")]
      .filter { !$0.isEmpty }.joined(separator: " ")
    let name = PersonName(given: given, particle: particle, family: family, suffix: part("suffix"))
    var mention = AuthorMention(printed: name.displayForm, name: name, location: location)
    if case .success(let orcid)? = orcid(of: value) { mention.identifiers.orcid = orcid }
    return .success(mention)
  }
}
