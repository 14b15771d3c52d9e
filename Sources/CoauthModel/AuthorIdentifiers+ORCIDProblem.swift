extension AuthorIdentifiers {
  /// Why a text is not an ORCID iD, for a warning that says so.
  public enum ORCIDProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not 16 digits (the last may be `X`), bare or after `https://orcid.org/`.
    case notAnORCID
    /// The last character is not the ISO 7064 11-2 check digit of the first 15 digits: a digit
    /// mistyped or two swapped.
    case checkDigit(expected: Character, found: Character)

    public var description: String {
      switch self {
      case .notAnORCID: "not an ORCID iD"
      case .checkDigit(let expected, let found):
        "its check digit does not match: expected \(expected), found \(found)"
      }
    }
  }
}
