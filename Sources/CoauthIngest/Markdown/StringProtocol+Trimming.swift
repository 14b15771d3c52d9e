extension StringProtocol {
  /// The text without leading and trailing white space.
  func trimmingWhitespace() -> String {
    trimmingCharacters(in: \.isWhitespace)
  }

  /// The text without leading and trailing characters that match `predicate`.
  func trimmingCharacters(in predicate: (Character) -> Bool) -> String {
    guard let start = firstIndex(where: { !predicate($0) }),
      let end = lastIndex(where: { !predicate($0) })
    else { return "" }
    return String(self[start...end])
  }
}
