import CoauthModel

/// A CSL-JSON name object: `family`, `given`, `non-dropping-particle` ("van" in "van Gogh"),
/// `dropping-particle` ("de" in "Alexander von Humboldt"), `suffix`, or `literal` for a name
/// given as one string (an institution, or a mononym; `name` in Crossref's REST API); `ORCID`
/// as Crossref writes it
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

  /// The mention a name object stands for, and whether a part of it ended with "et al.",
  /// "others" or an ellipsis ("given": "Ann et al."): the marker is no part of the name, and
  /// the author list was cut short.
  ///
  /// A `literal` of several words is a group author ("Microsoft GenAI Team"), one word a person
  /// with only a family name ("Mausam"), as for brace-protected BibTeX names; a name in Chinese,
  /// Japanese or Korean script of two or three words is a person, family name first ("王 伟").
  /// A `family` of several words with a group word ("Association", "Consortium") and no given
  /// name is a group too.
  static func mention(_ value: JSONValue, location: SourceLocation)
    -> Result<(mention: AuthorMention, cutsList: Bool), Problem>
  {
    guard case .object = value.kind else { return .failure(.notAnObject(found: value.kindDescription)) }
    let parts = Parts(value)
    if parts.family.isEmpty && parts.given.isEmpty {
      guard !parts.literal.isEmpty else { return .failure(.empty) }
      let words = parts.literal.split(separator: " ")
      if words.count <= 3, let name = PersonName(writtenFamilyFirst: words) {
        return .success(
          (AuthorMention(printed: parts.literal, name: name, location: location), parts.cutsList))
      }
      let isGroup = parts.literal.contains(" ")
      let mention = AuthorMention(
        printed: parts.literal, name: isGroup ? nil : PersonName(family: parts.literal),
        kind: isGroup ? .group : .person, location: location)
      return .success((mention, parts.cutsList))
    }
    let particle = [parts.droppingParticle, parts.nonDroppingParticle]
      .filter { !$0.isEmpty }.joined(separator: " ")
    let name = PersonName(
      given: parts.given, particle: particle, family: parts.family, suffix: parts.suffix)
    // An institution entered as a family name without a given name ("American Bar
    // Association"), as Zotero exports a two-field creator whose first name is empty.
    if parts.given.isEmpty, parts.family.contains(" "), NameShape.isGroupName(parts.family) {
      let mention = AuthorMention(printed: parts.family, kind: .group, location: location)
      return .success((mention, parts.cutsList))
    }
    var mention = AuthorMention(printed: name.displayForm, name: name, location: location)
    if case .success(let orcid)? = orcid(of: value) { mention.identifiers.orcid = orcid }
    return .success((mention, parts.cutsList))
  }

  /// The name parts of an object, whitespace collapsed, with a marker at the end of a part
  /// taken off (`TruncationMarkers`) unless no name would be left: a name that is only "et
  /// al." stays whole, for `InputLoader` to take out.
  private struct Parts {
    let family: String
    let given: String
    let literal: String
    let droppingParticle: String
    let nonDroppingParticle: String
    let suffix: String
    let cutsList: Bool

    init(_ value: JSONValue) {
      var parts = ["family", "given", "literal", "dropping-particle", "non-dropping-particle", "suffix"]
        .map { value[$0]?.scalarText.map(WhitespaceCollapsing.string) ?? "" }
      // Crossref's REST API names an organisation with `name`, where CSL has `literal`.
      if parts[2].isEmpty, let name = value["name"]?.scalarText {
        parts[2] = WhitespaceCollapsing.string(name)
      }
      let cut = parts.map(TruncationMarkers.withoutTrailingMarker)
      cutsList = cut.contains { $0 != nil }
      let trimmed = zip(parts, cut).map { part, kept in kept ?? part }
      if cutsList, !trimmed[0..<3].allSatisfy(\.isEmpty) { parts = trimmed }
      (family, given, literal) = (parts[0], parts[1], parts[2])
      (droppingParticle, nonDroppingParticle, suffix) = (parts[3], parts[4], parts[5])
    }
  }
}
