import Foundation
import CoauthModel

/// Why the resolver joined and separated names: the evidence behind `coauth names`.
public struct ResolutionDecisions: Sendable, Hashable {
  /// Per resolved author, indexed by `AuthorIndex`.
  public var authors: [AuthorDecisions]
  /// Names left as their own author because they fit several persons, for review.
  public var ambiguities: [AmbiguousName]
  /// Initial keys ("X. Li") that several persons with written-out given names share, those
  /// with initial-only authors first, then the most crowded: a mention printed with initials only under such a key cannot be told
  /// apart by its name.
  public var crowdedInitialKeys: [CrowdedInitialKey]

  public init(
    authors: [AuthorDecisions] = [], ambiguities: [AmbiguousName] = [],
    crowdedInitialKeys: [CrowdedInitialKey] = []
  ) {
    self.authors = authors
    self.ambiguities = ambiguities
    self.crowdedInitialKeys = crowdedInitialKeys
  }
}

/// The evidence for one resolved author.
public struct AuthorDecisions: Sendable, Hashable {
  /// Every display form with its number of mentions, in first-seen order.
  public var variants: [NameVariantCount]
  /// The joins that made this author, in the order they were made.
  public var merges: [MergeDecision]
  /// Authors with a matching name that were kept apart from this one, and why.
  public var splits: [SplitDecision]

  public init(
    variants: [NameVariantCount] = [], merges: [MergeDecision] = [], splits: [SplitDecision] = []
  ) {
    self.variants = variants
    self.merges = merges
    self.splits = splits
  }
}

/// A display form of an author and how many mentions print it.
public struct NameVariantCount: Sendable, Hashable {
  public var name: String
  public var mentions: Int

  public init(name: String, mentions: Int) {
    self.name = name
    self.mentions = mentions
  }
}

/// One join of two name variants (which may be equal when identifiers joined them).
public struct MergeDecision: Sendable, Hashable {
  public var rule: MergeRule
  /// The variant that was joined.
  public var variant: String
  /// The variant it was joined to.
  public var target: String
  /// How sure the join is, in 0...1: the rule's base confidence raised by shared co-authors.
  public var confidence: Double
  /// Co-authors the two sides had in common when joined (0 when not considered).
  public var sharedCoauthors: Int
  /// How many joins by this rule of this variant to this target were made (a name joined by
  /// its identifier is joined at each of its mentions); `confidence` and `sharedCoauthors` are
  /// those of the best supported one.
  public var times: Int

  public init(
    rule: MergeRule, variant: String, target: String, confidence: Double, sharedCoauthors: Int,
    times: Int = 1
  ) {
    self.rule = rule
    self.variant = variant
    self.target = target
    self.confidence = confidence
    self.sharedCoauthors = sharedCoauthors
    self.times = times
  }

  /// Counts `other`, a join of the same names, into this one: its times added, the strongest
  /// evidence of the two kept.
  public mutating func absorb(_ other: MergeDecision) {
    times += other.times
    confidence = max(confidence, other.confidence)
    sharedCoauthors = max(sharedCoauthors, other.sharedCoauthors)
  }
}

/// Why two authors with matching names were kept apart.
public enum SplitReason: Sendable, Hashable, CustomStringConvertible {
  /// Different ORCID iDs, dblp pids or homonym numbers.
  case differentIdentifiers
  /// Different suffixes ("Jr." and "Sr.").
  case differentSuffixes
  /// Both names appear on one publication.
  case samePublication
  /// A homonym splitter separated people who share a name.
  case homonym(String)
  /// The user's overrides file separated these mentions.
  case override(String)
  /// The names fit (by `rule`), but the two shared fewer co-authors than the rule asks for.
  case tooFewSharedCoauthors(MergeRule, shared: Int, required: Int)
  /// A common short name ("Xiang Li") never takes a middle name: many people print it.
  case commonShortName
  /// The given names agree only in a way that is not joined (`weakestMatchAllowed`: by default a
  /// dropped middle name, "John McCrae" / "John Philip McCrae"), whatever co-authors the two
  /// share (counted for the reviewer); an overrides file can merge them.
  case agreementNotJoined(GivenNameMatch, sharedCoauthors: Int)
  /// The same words in reversed order ("Zhang Wei" / "Wei Zhang"), not joined by default
  /// (`minimumSharedCoauthorsForReversedOrder`) or with too few shared co-authors (counted for
  /// the reviewer); an overrides file can merge them.
  case reversedOrderNotJoined(sharedCoauthors: Int)
  /// Forms of one name that are not joined by default (`ResolutionOptions.joinsDroppedLastNames`:
  /// "Gabriel García" / "Gabriel García Márquez"), whatever co-authors the two share (counted for
  /// the reviewer); an overrides file can merge them.
  case nameFormNotJoined(NameFormVariant, sharedCoauthors: Int)

  public var description: String {
    switch self {
    case .differentIdentifiers: "different identifiers"
    case .differentSuffixes: "different suffixes"
    case .samePublication: "both on one publication"
    case .homonym(let reason): "homonym: \(reason)"
    case .override(let selector): "overrides file: \(selector)"
    case .tooFewSharedCoauthors(let rule, let shared, let required):
      "\(rule) needs \(required) shared co-author\(required == 1 ? "" : "s"), found \(shared)"
    case .commonShortName: "a common short name does not take a middle name"
    case .agreementNotJoined(let match, let shared):
      "\(match) is not joined without an override (\(shared) shared co-author\(shared == 1 ? "" : "s"))"
    case .reversedOrderNotJoined(let shared):
      "same words in reversed order, not joined without an override "
        + "(\(shared) shared co-author\(shared == 1 ? "" : "s"))"
    case .nameFormNotJoined(let variant, let shared):
      "\(variant), not joined without an override "
        + "(\(shared) shared co-author\(shared == 1 ? "" : "s"))"
    }
  }
}

/// One author kept apart from another.
public struct SplitDecision: Sendable, Hashable {
  public var reason: SplitReason
  /// The other author.
  public var other: AuthorIndex
  /// This author's variant that matched.
  public var variant: String
  /// The other author's variant that matched.
  public var otherVariant: String

  public init(reason: SplitReason, other: AuthorIndex, variant: String, otherVariant: String) {
    self.reason = reason
    self.other = other
    self.variant = variant
    self.otherVariant = otherVariant
  }
}

/// A name left unmerged because it fits several authors ("H. Behl" beside "Harkirat Behl" and
/// "Hanna Behl").
public struct AmbiguousName: Sendable, Hashable {
  /// The name as displayed.
  public var name: String
  /// Mentions printing it.
  public var mentions: Int
  /// The author the name was left as.
  public var author: AuthorIndex
  /// The authors it could also be, in index order.
  public var candidates: [AuthorIndex]
  /// How likely the name is each candidate, in 0...1, parallel to `candidates` (they sum to 1):
  /// see `AmbiguousName.confidences(sharedCoauthors:mentions:)`.
  public var confidences: [Double]
  /// What made it ambiguous.
  public var reason: String

  public init(
    name: String, mentions: Int, author: AuthorIndex, candidates: [AuthorIndex],
    confidences: [Double] = [], reason: String
  ) {
    self.name = name
    self.mentions = mentions
    self.author = author
    self.candidates = candidates
    self.confidences = confidences
    self.reason = reason
  }

  /// The share of each candidate: weight (1 + 3 x co-authors shared with the ambiguous name)
  /// x (1 + ln(1 + the candidate's mentions)), normalised. Shared co-authors are the strong
  /// evidence; among candidates without any, the more frequent name is the likelier.
  public static func confidences(sharedCoauthors: [Int], mentions: [Int]) -> [Double] {
    let weights = zip(sharedCoauthors, mentions).map { shared, count in
      (1 + 3 * Double(shared)) * (1 + log1p(Double(count)))
    }
    let total = weights.reduce(0, +)
    return total > 0 ? weights.map { $0 / total } : weights
  }
}

/// An initial key ("X. Li": family name and first initial) behind which several persons with
/// written-out given names stand ("Xiang Li", "Xin Li", "Xiaoyu Li").
public struct CrowdedInitialKey: Sendable, Hashable {
  /// The key as shown: first initial and family name ("X. Li").
  public var key: String
  /// The persons with written-out given names, most mentions first.
  public var persons: [AuthorIndex]
  /// Mentions of each person, parallel to `persons`.
  public var mentions: [Int]
  /// Authors printed with initials only under the key ("X. Li"), each of which could be any
  /// of `persons`.
  public var initialOnly: [AuthorIndex]

  public init(key: String, persons: [AuthorIndex], mentions: [Int], initialOnly: [AuthorIndex]) {
    self.key = key
    self.persons = persons
    self.mentions = mentions
    self.initialOnly = initialOnly
  }
}
