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
  /// The name's parts and the identifiers, which most mentions lack, each held apart (nil when
  /// absent or empty): inline they would make a mention 184 bytes instead of 72, and every
  /// reader writes, moves and frees mentions by the million.
  @usableFromInline var nameBox: Box<PersonName>?
  @usableFromInline var identifiersBox: Box<AuthorIdentifiers>?
  /// Where the mention was read.
  public var location: SourceLocation?
  public var kind: Kind
  /// Marks from homepage and CV lists.
  public var marks: MentionMarks

  /// The name split into parts when the format itself says how (BibTeX name grammar, CSL-JSON
  /// family/given); nil when only free text is known and the name stage must parse it.
  @inlinable public var name: PersonName? {
    get { nameBox?.value }
    set { nameBox = newValue.map(Box.init) }
  }

  /// Identifiers that the source attaches to this mention (ORCID, dblp pid, homonym number).
  @inlinable public var identifiers: AuthorIdentifiers {
    get { identifiersBox?.value ?? AuthorIdentifiers() }
    set { identifiersBox = newValue.isEmpty ? nil : Box(newValue) }
  }

  @inlinable public init(
    printed: String, name: PersonName? = nil, kind: Kind = .person,
    identifiers: AuthorIdentifiers = AuthorIdentifiers(), marks: MentionMarks = MentionMarks(),
    location: SourceLocation? = nil
  ) {
    self.printed = printed
    self.nameBox = name.map(Box.init)
    self.identifiersBox = identifiers.isEmpty ? nil : Box(identifiers)
    self.kind = kind
    self.marks = marks
    self.location = location
  }

  public static func == (left: AuthorMention, right: AuthorMention) -> Bool {
    left.printed == right.printed && left.kind == right.kind && left.marks == right.marks
      && left.location == right.location
      && (left.nameBox === right.nameBox || left.name == right.name)
      && (left.identifiersBox === right.identifiersBox || left.identifiers == right.identifiers)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(printed)
    hasher.combine(name)
    hasher.combine(kind)
    hasher.combine(identifiers)
    hasher.combine(marks)
    hasher.combine(location)
  }

  /// An immutable value on the heap, shared by the copies of a mention. Inlinable, with the
  /// initializer and accessors, so that readers in other modules make mentions without calls
  /// through generic value witnesses.
  @usableFromInline final class Box<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    @usableFromInline init(_ value: Value) { self.value = value }
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

  @inlinable
  public init(orcid: String? = nil, dblpPID: String? = nil, homonymNumber: String? = nil) {
    self.orcid = orcid
    self.dblpPID = dblpPID
    self.homonymNumber = homonymNumber
  }

  /// True when no identifier is present.
  @inlinable public var isEmpty: Bool { orcid == nil && dblpPID == nil && homonymNumber == nil }
}

/// Marks that homepage and CV publication lists put on names.
public struct MentionMarks: Sendable, Hashable {
  /// The name is highlighted (bold, linked, underlined): on a personal list, the list's owner.
  public var isHighlighted: Bool
  /// Marked `*`, `\*` or `†` for equal contribution (or corresponding author).
  public var equalContribution: Bool

  @inlinable public init(isHighlighted: Bool = false, equalContribution: Bool = false) {
    self.isHighlighted = isHighlighted
    self.equalContribution = equalContribution
  }
}
