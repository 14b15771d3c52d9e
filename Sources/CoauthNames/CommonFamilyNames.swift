import Foundation

/// Family names so common worldwide ("Li", "Kim", "Nguyen", "Singh", "Smith") that two people
/// who share one and a first given name may well be two people of one lab: "Xiang Li" and
/// "Xiang Lorraine Li". Corpora too small for name statistics (`NamesakeEstimator`) ask this
/// list instead before joining names on their agreement alone (see
/// `ResolutionOptions.joinsFittingNamesInSmallCorpora`).
public struct CommonFamilyNames: Sendable {
  /// Folded family keys (`NameKeys.family`: case and accents folded, spaces dropped).
  private var keys: Set<String> = []

  /// An empty list: no family counts as common.
  public init() {}

  /// A list from text with one family name a line; blank lines and lines starting with `#` are
  /// skipped. Names are folded as `NameKeys.family` folds them.
  public init(text: String) {
    for line in text.split(whereSeparator: \.isNewline) {
      let name = line.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty, !name.hasPrefix("#") else { continue }
      let key = NameNormalizer.key(name).removingSpaces()
      if !key.isEmpty { keys.insert(key) }
    }
  }

  /// The list shipped with coauth (`Resources/common-family-names.txt`); empty if the resource
  /// is missing.
  public static let standard: CommonFamilyNames = {
    guard
      let url = Bundle.module.url(forResource: "common-family-names", withExtension: "txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return CommonFamilyNames() }
    return CommonFamilyNames(text: text)
  }()

  /// Number of family names in the list.
  public var count: Int { keys.count }

  /// True when `familyKey` (folded, as `NameKeys.family`) is in the list.
  public func contains(familyKey: String) -> Bool { keys.contains(familyKey) }
}
