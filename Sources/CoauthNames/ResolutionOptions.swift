/// Settings of author resolution.
public struct ResolutionOptions: Sendable {
  /// Join different but compatible spellings in a family block ("H. S. Behl" with "Harkirat
  /// Singh Behl"). When false only identical normalised names and identifiers join mentions.
  public var mergesCompatibleNames: Bool
  /// The weakest given-name agreement accepted at all. The default leaves out dropped middle
  /// names ("Harkirat Behl" ~ "Harkirat Singh Behl"): on the ACL 2020-2022 truth such joins,
  /// even with shared co-authors, were wrong more often than right by weight (common names such
  /// as "Xiang Li" ~ "Xiang Lorraine Li"). Highlighted owner mentions still join them.
  public var weakestMatchAllowed: GivenNameMatch
  /// The weakest given-name agreement accepted without shared co-authors, when the block has
  /// exactly one fitting person. Weaker agreements need `minimumSharedCoauthors`. The default
  /// accepts initials alone ("H. S. Behl" ~ "Harkirat Singh Behl"); dropped initials and
  /// nicknames need a shared co-author.
  public var weakestMatchWithoutCoauthors: GivenNameMatch
  /// Co-authors two variants must share to count as co-author support.
  public var minimumSharedCoauthors: Int
  /// Join names that differ only in spacing ("AiTi Aw", "Ai Ti Aw") when they share co-authors.
  public var mergesCompactNames: Bool
  /// Nicknames that count as the same given name.
  public var nicknames: NicknameTable
  /// Splits authors whose mentions belong to several people with one name; nil keeps them.
  public var homonymSplitter: (any HomonymSplitter)?

  public init(
    mergesCompatibleNames: Bool = true,
    weakestMatchAllowed: GivenNameMatch = .droppedLeadingInitial,
    weakestMatchWithoutCoauthors: GivenNameMatch = .initials,
    minimumSharedCoauthors: Int = 1,
    mergesCompactNames: Bool = true,
    nicknames: NicknameTable = .standard,
    homonymSplitter: (any HomonymSplitter)? = nil
  ) {
    self.mergesCompatibleNames = mergesCompatibleNames
    self.weakestMatchAllowed = weakestMatchAllowed
    self.weakestMatchWithoutCoauthors = weakestMatchWithoutCoauthors
    self.minimumSharedCoauthors = minimumSharedCoauthors
    self.mergesCompactNames = mergesCompactNames
    self.nicknames = nicknames
    self.homonymSplitter = homonymSplitter
  }
}
