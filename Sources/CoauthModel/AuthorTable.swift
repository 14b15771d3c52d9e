/// The resolved authors of a run, as parallel columns indexed by `AuthorIndex`.
public struct AuthorTable: Sendable, Hashable {
  /// Stable textual ids (`harkirat-singh-behl`, `wei-wang-2`): the same data gives the same ids.
  public var ids: [String]
  /// Display names: the fullest well-formed printed variant, unless pinned by an override.
  public var names: [String]
  public var kinds: [AuthorMention.Kind]
  /// Every printed form of each author (display order), deduplicated, in first-seen order.
  public var variants: [[String]]

  public init(
    ids: [String] = [], names: [String] = [], kinds: [AuthorMention.Kind] = [],
    variants: [[String]] = []
  ) {
    precondition(ids.count == names.count && names.count == kinds.count)
    precondition(kinds.count == variants.count)
    self.ids = ids
    self.names = names
    self.kinds = kinds
    self.variants = variants
  }

  /// Number of authors.
  public var count: Int { ids.count }
}
