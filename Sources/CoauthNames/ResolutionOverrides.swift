import CoauthModel

/// Corrections a user makes to author resolution, read from a version-controlled overrides file
/// (see `ResolutionOverrides(csv:path:diagnostics:)`) and applied after every automatic stage.
///
/// Authors are referred to by a printed name (any variant; compared as normalised names, so
/// accents, case and "Family, Given" order do not matter) or by the `author_id` a run without
/// overrides gives them; merges and pins also by an id that only the file's splits give (the
/// `wei-wang-2` that a run with the split shows for the half it takes off).
public struct ResolutionOverrides: Sendable, Hashable {
  /// Which mentions of an author a split takes away into an author of their own.
  public enum Selector: Sendable, Hashable, CustomStringConvertible {
    /// Mentions on these publications (`pub_id`s).
    case publications(Set<String>)
    /// Mentions on publications of these years.
    case years(ClosedRange<Int>)
    /// Mentions on publications with a co-author of this name.
    case coauthor(String)

    public var description: String {
      switch self {
      case .publications(let ids): "papers \(ids.sorted().joined(separator: "|"))"
      case .years(let range): "years \(range.lowerBound)-\(range.upperBound)"
      case .coauthor(let name): "co-author \(name)"
      }
    }
  }

  /// Join every author the names refer to into one.
  public struct Merge: Sendable, Hashable {
    public var authors: [String]
    public var location: SourceLocation?
  }

  /// Separate the selected mentions of an author into a new author.
  public struct Split: Sendable, Hashable {
    public var author: String
    public var selector: Selector
    public var location: SourceLocation?
  }

  /// Fix an author's display name or id.
  public struct Pin: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable { case name, id }
    public var author: String
    public var field: Field
    public var value: String
    public var location: SourceLocation?
  }

  public var merges: [Merge]
  public var splits: [Split]
  public var pins: [Pin]

  public init(merges: [Merge] = [], splits: [Split] = [], pins: [Pin] = []) {
    self.merges = merges
    self.splits = splits
    self.pins = pins
  }

  public var isEmpty: Bool { merges.isEmpty && splits.isEmpty && pins.isEmpty }
}
