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
  /// A dblp homonym number of four digits ("0001" is 1) when it is the mention's only
  /// identifier, held here instead of in a box (0: none): on dblp data most identified
  /// mentions carry just that, and a box costs 80 bytes of heap per mention. Declared last, it
  /// takes bytes the mention's alignment leaves free (72 bytes either way).
  @usableFromInline var homonymCode: UInt16 = 0

  /// The name split into parts when the format itself says how (BibTeX name grammar, CSL-JSON
  /// family/given); nil when only free text is known and the name stage must parse it.
  @inlinable public var name: PersonName? {
    get { nameBox?.value }
    set { nameBox = newValue.map(Box.init) }
  }

  /// Identifiers that the source attaches to this mention (ORCID, dblp pid, homonym number).
  @inlinable public var identifiers: AuthorIdentifiers {
    get {
      if let identifiersBox { return identifiersBox.value }
      guard homonymCode != 0 else { return AuthorIdentifiers() }
      return AuthorIdentifiers(homonymNumber: Self.homonymNumber(homonymCode))
    }
    set { (identifiersBox, homonymCode) = Self.stored(newValue) }
  }

  public static func == (left: AuthorMention, right: AuthorMention) -> Bool {
    left.printed == right.printed && left.kind == right.kind && left.marks == right.marks
      && left.location == right.location
      && (left.nameBox === right.nameBox || left.name == right.name)
      && left.homonymCode == right.homonymCode
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

  /// How `identifiers` are held: nothing when empty, a four-digit homonym number alone in
  /// `homonymCode`, anything else in a box.
  @usableFromInline static func stored(_ identifiers: AuthorIdentifiers) -> (
    Box<AuthorIdentifiers>?, UInt16
  ) {
    guard !identifiers.isEmpty else { return (nil, 0) }
    if identifiers.orcid == nil, identifiers.dblpPID == nil,
      let number = identifiers.homonymNumber, let code = homonymCode(number)
    {
      return (nil, code)
    }
    return (Box(identifiers), 0)
  }

  /// "0001" ... "9999" as 1 ... 9999; nil for any other text (kept as written, in a box).
  @usableFromInline static func homonymCode(_ number: String) -> UInt16? {
    guard number.utf8.count == 4 else { return nil }
    var code: UInt16 = 0
    for byte in number.utf8 {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      code = code * 10 + UInt16(byte - UInt8(ascii: "0"))
    }
    return code == 0 ? nil : code
  }

  /// Sets a dblp homonym number, given as its bytes, as the mention's only identifier, held in
  /// `homonymCode` with no string made (readers of dblp XML call this for most mentions).
  /// False, and nothing set, when the bytes are not four digits of a code ("0000" is kept as
  /// written, through `identifiers`).
  package mutating func setHomonymNumber(digits: UnsafeBufferPointer<UInt8>) -> Bool {
    guard digits.count == 4 else { return false }
    var code: UInt16 = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      code = code * 10 + UInt16(byte - UInt8(ascii: "0"))
    }
    guard code != 0 else { return false }
    identifiersBox = nil
    homonymCode = code
    return true
  }

  /// The four digits of a homonym code.
  @usableFromInline static func homonymNumber(_ code: UInt16) -> String {
    // Four bytes make a small string: no heap.
    String(unsafeUninitializedCapacity: 4) { digits in
      var rest = code
      for index in (0..<4).reversed() {
        digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      return 4
    }
  }

  /// An immutable value on the heap, shared by the copies of a mention. Inlinable, with the
  /// initializer and accessors, so that readers in other modules make mentions without calls
  /// through generic value witnesses.
  @usableFromInline final class Box<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    @usableFromInline init(_ value: Value) { self.value = value }
  }
}

// The initializers are declared in an extension so that the struct keeps its memberwise
// initializer, through which both make the mention. An initializer that stores field by field
// left the optimizer two copies of the mention, of which it copied one (a retain per string) and
// destroyed the other, for every author a reader read (6 % of the instructions of reading
// acl.xml). They are not inlinable for that reason: the memberwise initializer is internal.
extension AuthorMention {
  /// A mention printed as `printed`, with the name's parts when the format gives them.
  public init(
    printed: String, name: PersonName? = nil, kind: Kind = .person,
    identifiers: AuthorIdentifiers = AuthorIdentifiers(), marks: MentionMarks = MentionMarks(),
    location: SourceLocation? = nil
  ) {
    let (identifiersBox, homonymCode) = Self.stored(identifiers)
    self.init(
      printed: printed, nameBox: name.map(Box.init), identifiersBox: identifiersBox,
      location: location, kind: kind, marks: marks, homonymCode: homonymCode)
  }

  /// A person's mention of nothing but its text and location, as a reader of many records makes
  /// them.
  package init(printed: String, at location: SourceLocation) {
    self.init(
      printed: printed, nameBox: nil, identifiersBox: nil, location: location, kind: .person,
      marks: MentionMarks(), homonymCode: 0)
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
