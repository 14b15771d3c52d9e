/// Settings of author resolution.
public struct ResolutionOptions: Sendable {
  /// Join different but compatible spellings in a family block ("H. S. Behl" with "Harkirat
  /// Singh Behl"). When false only identical normalised names and identifiers join mentions.
  public var mergesCompatibleNames: Bool
  /// The weakest given-name agreement accepted at all. The default leaves out compound given
  /// names printed as their first part ("Marie" ~ "Marie-Catherine") and dropped middle names
  /// ("Harkirat Behl" ~ "Harkirat Singh Behl") outside personal lists: on the ACL 2020-2022
  /// truth such joins cost precision even with shared co-authors (of the 4 compound pairs that
  /// share one, the truth keeps 2 apart, "Dumitru Cercel" / "Dumitru-Clementin Cercel"; joining
  /// them lowers eval-homonyms), though most of them join one real person that the truth's
  /// curation leaves split. Not joined, they are reported.
  public var weakestMatchAllowed: GivenNameMatch
  /// The weakest given-name agreement accepted without shared co-authors, when the block has
  /// exactly one fitting person. Weaker agreements need `minimumSharedCoauthors`. The default
  /// accepts initials alone ("H. S. Behl" ~ "Harkirat Singh Behl"); dropped initials and
  /// nicknames need a shared co-author.
  public var weakestMatchWithoutCoauthors: GivenNameMatch
  /// Co-authors two variants must share to count as co-author support.
  public var minimumSharedCoauthors: Int
  /// Co-authors a dropped middle name ("Harkirat Behl" ~ "Harkirat Singh Behl") must share. One
  /// shared co-author is not enough: on the ACL 2020-2022 truth such joins were wrong more often
  /// than right ("Xiang Li" ~ "Xiang Lorraine Li", different people of one lab).
  public var minimumSharedCoauthorsForDroppedMiddleName: Int
  /// Expected namesakes (see `HomonymCandidate.expectedNamesakes`) from which a name counts as
  /// common: a common name never joins a fuller name by a dropped middle name.
  public var commonNameNamesakes: Double
  /// Co-authors two names one letter apart ("Bhattacharya" / "Bhattacharyya", "Phillippe" /
  /// "Philippe") must share to join (see `ResolutionRun.mergeSpellingVariants()`); 0 never joins
  /// them. Three: on the ACL 2020-2022 set, two shared co-authors also joined different given
  /// names of one lab ("Daxin" / "Daxing" was a typo, but such pairs need not be).
  public var minimumSharedCoauthorsForSpellingVariant: Int
  /// Co-authors a name and the same words in reversed or another order ("Zhang Wei" / "Wei
  /// Zhang") must share to join, co-authors printed in another order on the other's papers
  /// counted, one of which is enough (see `ResolutionRun.mergeReversedNames()`); 0, the
  /// default, never joins them and reports those that share a co-author as kept apart, with the
  /// overrides row that joins them. On the ACL 2020-2022 set, two shared co-authors join 21
  /// such pairs ("Pierrette Bouillon" / "Bouillon Pierrette", "Hiroya Takamura" / "Takamura
  /// Hiroya"), each one person that the truth's curation leaves split, so scored as lost
  /// precision; reordered co-authors 66 more ("Jun Zhao" / "Zhao Jun").
  public var minimumSharedCoauthorsForReversedOrder: Int
  /// Join a name with the same name and a last word more: the second family name of a Spanish
  /// or Portuguese name ("Gabriel García" / "Gabriel García Márquez", "G. García-Márquez"), when
  /// they share a co-author (see `ResolutionRun.mergeNameForms()`). Off by default: the ACL
  /// 2020-2022 truth keeps 18 of the 20 such pairs that share a co-author as two persons ("Elena
  /// Montiel" / "Elena Montiel-Ponsoda", "Jaume Zaragoza" / "Jaume Zaragoza-Bernabeu"), each
  /// one person in fact. Not joined, they are reported. (Compound given names printed as their
  /// first part, "Marie" / "Marie-Catherine", are likewise left out of `weakestMatchAllowed` by
  /// default: `GivenNameMatch.droppedCompoundPart`.)
  public var joinsDroppedLastNames: Bool
  /// In a corpus too small to tell common names from rare ones (fewer than 1,000 authors: a few
  /// homepages, a CV, a lab's list), a name joins the one person of its family block whose name
  /// fits, without shared co-authors, for every agreement up to a dropped middle name ("Hany
  /// Awadalla" / "Hany Hassan Awadalla", "Steve Abney" / "Steven Abney"): such lists print few
  /// co-authors of anyone but their owners, and two people whose names fit each other seldom
  /// meet in one small collection. Not in blocks of the world's commonest families
  /// (`CommonFamilyNames`: "Xiang Li" and "Xiang Lorraine Li" may be two people of one lab),
  /// nor for a particle printed on one side, nor when the name fits several persons. Larger
  /// corpora follow the other options (see `weakestMatchAllowed` for the evidence behind them).
  public var joinsFittingNamesInSmallCorpora: Bool
  /// Join names that differ only in spacing ("AiTi Aw", "Ai Ti Aw") when they share co-authors.
  public var mergesCompactNames: Bool
  /// Nicknames that count as the same given name.
  public var nicknames: NicknameTable
  /// Splits authors whose mentions belong to several people with one name; nil keeps them.
  public var homonymSplitter: (any HomonymSplitter)?
  /// The user's corrections, applied last.
  public var overrides: ResolutionOverrides?

  public init(
    mergesCompatibleNames: Bool = true,
    weakestMatchAllowed: GivenNameMatch = .droppedLeadingInitial,
    weakestMatchWithoutCoauthors: GivenNameMatch = .initials,
    minimumSharedCoauthors: Int = 1,
    minimumSharedCoauthorsForDroppedMiddleName: Int = 2,
    commonNameNamesakes: Double = 0.5,
    minimumSharedCoauthorsForSpellingVariant: Int = 3,
    minimumSharedCoauthorsForReversedOrder: Int = 0,
    joinsDroppedLastNames: Bool = false,
    joinsFittingNamesInSmallCorpora: Bool = true,
    mergesCompactNames: Bool = true,
    nicknames: NicknameTable = .standard,
    homonymSplitter: (any HomonymSplitter)? = nil,
    overrides: ResolutionOverrides? = nil
  ) {
    self.mergesCompatibleNames = mergesCompatibleNames
    self.weakestMatchAllowed = weakestMatchAllowed
    self.weakestMatchWithoutCoauthors = weakestMatchWithoutCoauthors
    self.minimumSharedCoauthors = minimumSharedCoauthors
    self.minimumSharedCoauthorsForDroppedMiddleName = minimumSharedCoauthorsForDroppedMiddleName
    self.commonNameNamesakes = commonNameNamesakes
    self.minimumSharedCoauthorsForSpellingVariant = minimumSharedCoauthorsForSpellingVariant
    self.minimumSharedCoauthorsForReversedOrder = minimumSharedCoauthorsForReversedOrder
    self.joinsDroppedLastNames = joinsDroppedLastNames
    self.joinsFittingNamesInSmallCorpora = joinsFittingNamesInSmallCorpora
    self.mergesCompactNames = mergesCompactNames
    self.nicknames = nicknames
    self.homonymSplitter = homonymSplitter
    self.overrides = overrides
  }

  /// Shared co-authors a join on `rule` needs inside a family block.
  func sharedCoauthorsRequired(for rule: MergeRule) -> Int {
    switch rule {
    case .compactName: minimumSharedCoauthors
    case .compatibleGivenNames(let match)
    where match == .droppedMiddleName && match > weakestMatchWithoutCoauthors:
      max(minimumSharedCoauthors, minimumSharedCoauthorsForDroppedMiddleName)
    case .compatibleGivenNames(let match) where match > weakestMatchWithoutCoauthors:
      minimumSharedCoauthors
    case .particleOnOneSide(let match):
      max(minimumSharedCoauthors, sharedCoauthorsRequired(for: .compatibleGivenNames(match)))
    default: 0
    }
  }
}
