/// The evidence on which two name variants were joined into one author.
public enum MergeRule: Sendable, Hashable, CustomStringConvertible {
  /// Equal normalised full names (accent, case, punctuation, hyphen or given/family split
  /// variants).
  case identicalName
  /// Equal once German umlauts (and ø, å) are written out ("Schütze", "Schuetze"; "Søren",
  /// "Soeren").
  case umlautTransliteration
  /// Equal once spaces are removed ("AiTi Aw", "Ai Ti Aw"), with shared co-authors.
  case compactName
  /// The same ORCID iD.
  case orcid
  /// The same dblp person id.
  case dblpPID
  /// The same name with the same dblp homonym number.
  case dblpHomonymNumber
  /// Both names are variants listed by one dblp person record (`<www>`).
  case dblpPersonRecord
  /// Both are highlighted owner mentions of one personal publication list.
  case highlightedOwner
  /// Fitting given names of the family that is on (nearly) every publication of one file: the
  /// owner of a personal list.
  case listOwner
  /// The user's overrides file says so.
  case override
  /// Names one letter apart ("Bhattacharya" / "Bhattacharyya") with several shared co-authors.
  case spellingVariant
  /// The same words in reversed order ("Zhang Wei" / "Wei Zhang", "Nguyen Van An" / "An Van
  /// Nguyen") with shared co-authors: a name printed family name first and given name first.
  case reversedOrder
  /// The same words in another order ("Nguyen Van An" / "Van An Nguyen"), with co-authors printed
  /// in another order too on the other's papers ("Tran Thi Binh" / "Thi Binh Tran"): a list
  /// printed family name first.
  case reorderedList
  /// Compatible given names in one family block, the only fitting person there or the one with
  /// shared co-authors.
  case compatibleGivenNames(GivenNameMatch)
  /// Compatible given names in one family block, a particle printed on one side only ("Jan van
  /// der Berg" / "Jan Berg"): a name of its own in some languages, so shared co-authors are
  /// needed whatever the given names.
  case particleOnOneSide(GivenNameMatch)
  /// Compatible given names in one family block, the only fitting person there, joined on the
  /// names alone though the options ask for shared co-authors: the corpus is too small for name
  /// statistics (see `ResolutionOptions.joinsFittingNamesInSmallCorpora`).
  case fittingNameInSmallCorpus(GivenNameMatch)
  /// Forms of one name in different family blocks ("Anand Kumar M" / "M. Anand Kumar"; see
  /// `NameFormVariant`), with shared co-authors.
  case nameForm(NameFormVariant)

  /// The given-name agreement of a rule of compatible given names; nil for other rules.
  public var givenNameMatch: GivenNameMatch? {
    switch self {
    case .compatibleGivenNames(let match), .particleOnOneSide(let match),
      .fittingNameInSmallCorpus(let match):
      match
    default: nil
    }
  }

  /// How sure the rule is by itself, before co-author evidence, in 0...1.
  public var baseConfidence: Double {
    switch self {
    case .override: 1
    case .orcid, .dblpPID: 0.99
    case .dblpHomonymNumber, .dblpPersonRecord: 0.97
    case .identicalName: 0.95
    case .umlautTransliteration: 0.9
    case .highlightedOwner: 0.9
    case .listOwner: 0.85
    case .compactName: 0.8
    case .spellingVariant: 0.7
    case .reversedOrder: 0.7
    case .reorderedList: 0.75
    case .compatibleGivenNames(let match):
      switch match {
      case .identical: 0.95
      case .initials: 0.85
      case .droppedMiddleInitial: 0.8
      case .nickname, .droppedLeadingInitial: 0.75
      case .droppedCompoundPart: 0.7
      case .droppedMiddleName: 0.65
      }
    case .particleOnOneSide(let match):
      MergeRule.compatibleGivenNames(match).baseConfidence - 0.1
    case .fittingNameInSmallCorpus(let match):
      MergeRule.compatibleGivenNames(match).baseConfidence - 0.05
    case .nameForm(let variant): variant.baseConfidence
    }
  }

  public var description: String {
    switch self {
    case .override: "overrides file"
    case .identicalName: "identical normalised name"
    case .umlautTransliteration: "umlaut transliteration"
    case .compactName: "same letters, different spacing"
    case .spellingVariant: "spelling variant, one letter apart"
    case .reversedOrder: "same words in reversed order"
    case .reorderedList: "same words in another order, as co-authors' names on its papers"
    case .orcid: "same ORCID"
    case .dblpPID: "same dblp pid"
    case .dblpHomonymNumber: "same dblp homonym number"
    case .dblpPersonRecord: "name variants of one dblp person record"
    case .highlightedOwner: "highlighted owner of one list"
    case .listOwner: "owner of a personal publication list"
    case .compatibleGivenNames(let match): "compatible given names (\(match))"
    case .particleOnOneSide(let match):
      "compatible given names (\(match)), particle on one side only"
    case .fittingNameInSmallCorpus(let match):
      "compatible given names (\(match)), the only fitting name of its family in a corpus too "
        + "small for name statistics"
    case .nameForm(let variant): "name form: \(variant)"
    }
  }
}
