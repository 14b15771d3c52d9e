/// Generational suffixes ("Jr.", "Sr.", "III"), which author lists set off with a comma as if
/// they were names of their own ("Martin Luther King, Jr., Ralph Abernathy").
enum NameSuffix {
  /// True when `piece`, white space aside, is a suffix.
  static func isSuffix(_ piece: some StringProtocol) -> Bool {
    suffixes.contains(piece.trimmingWhitespace().lowercased())
  }

  private static let suffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
}
