/// What bibliographic databases print where a record names no author: Web of Science's
/// "[Anonymous]", Scopus's "[No author name available]". A name wholly in square brackets is
/// such a note, not an author.
enum AuthorPlaceholder {
  /// True when `name`, white space aside, is wholly in square brackets.
  static func isPlaceholder(_ name: some StringProtocol) -> Bool {
    let trimmed = name.trimmingWhitespace()
    return trimmed.count >= 2 && trimmed.first == "[" && trimmed.last == "]"
  }
}
