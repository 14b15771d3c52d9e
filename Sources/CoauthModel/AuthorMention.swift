/// One author as printed on one publication: the unit that author resolution groups into persons.
public struct AuthorMention: Sendable, Hashable {
  /// What kind of author the mention names.
  public enum Kind: String, Sendable, Hashable {
    /// A natural person.
    case person
    /// A group or corporate author ("Microsoft GenAI Team", a brace-protected BibTeX name).
    case group
  }

  /// The name as printed, with format escapes decoded and markup removed ("Behl, Harkirat Singh").
  public var printed: String
  /// The name split into parts when the format itself says how (BibTeX name grammar, CSL-JSON
  /// family/given); nil when only free text is known and the name stage must parse it.
  public var name: PersonName?
  public var kind: Kind
  /// Identifiers that the source attaches to this mention (ORCID, dblp pid, homonym number).
  public var identifiers: AuthorIdentifiers
  /// Marks from homepage and CV lists.
  public var marks: MentionMarks
  /// Where the mention was read.
  public var location: SourceLocation?

  public init(
    printed: String, name: PersonName? = nil, kind: Kind = .person,
    identifiers: AuthorIdentifiers = AuthorIdentifiers(), marks: MentionMarks = MentionMarks(),
    location: SourceLocation? = nil
  ) {
    self.printed = printed
    self.name = name
    self.kind = kind
    self.identifiers = identifiers
    self.marks = marks
    self.location = location
  }
}

/// Identifiers a source may attach to an author mention. Identifiers are strong evidence in
/// resolution but are not trusted blindly.
public struct AuthorIdentifiers: Sendable, Hashable {
  /// ORCID iD in its canonical `0000-0000-0000-0000` form.
  public var orcid: String?
  /// dblp person id (`pid` attribute).
  public var dblpPID: String?
  /// dblp homonym number as in "Wei Wang 0001" ("0001"), removed from the printed name.
  public var homonymNumber: String?

  public init(orcid: String? = nil, dblpPID: String? = nil, homonymNumber: String? = nil) {
    self.orcid = orcid
    self.dblpPID = dblpPID
    self.homonymNumber = homonymNumber
  }

  /// True when no identifier is present.
  public var isEmpty: Bool { orcid == nil && dblpPID == nil && homonymNumber == nil }
}

/// Marks that homepage and CV publication lists put on names.
public struct MentionMarks: Sendable, Hashable {
  /// The name is highlighted (bold, linked, underlined): on a personal list, the list's owner.
  public var isHighlighted: Bool
  /// Marked `*`, `\*` or `†` for equal contribution (or corresponding author).
  public var equalContribution: Bool

  public init(isHighlighted: Bool = false, equalContribution: Bool = false) {
    self.isHighlighted = isHighlighted
    self.equalContribution = equalContribution
  }
}
