extension AuthorIdentifiers {
  /// `text` as a canonical ORCID iD (`0000-0002-1825-0097`), or nil when it is not one: the
  /// `https://orcid.org/` form (as Crossref writes it) and the bare form are accepted, with or
  /// without hyphens; the last character may be `X`; the ISO 7064 11-2 check digit must hold.
  public static func canonicalORCID(_ text: String) -> String? {
    try? checkedORCID(text).get()
  }

  /// `text` as a canonical ORCID iD, as `canonicalORCID` reads it, or why it is not one.
  public static func checkedORCID(_ text: String) -> Result<String, ORCIDProblem> {
    var rest = Substring(text)
    while rest.first?.isWhitespace == true { rest = rest.dropFirst() }
    while rest.last?.isWhitespace == true { rest = rest.dropLast() }
    for prefix in ["https://orcid.org/", "http://orcid.org/", "orcid.org/"]
    where rest.lowercased().hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
      break
    }
    let characters = rest.filter { $0 != "-" }.uppercased()
    guard characters.count == 16,
      characters.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }),
      let last = characters.last, last == "X" || (last.isASCII && last.isNumber)
    else { return .failure(.notAnORCID) }
    // ISO 7064 MOD 11-2 over the first 15 digits.
    var total = 0
    for digit in characters.dropLast() { total = (total + Int(String(digit))!) * 2 }
    let check = (12 - total % 11) % 11
    let expected: Character = check == 10 ? "X" : Character(String(check))
    guard expected == last else { return .failure(.checkDigit(expected: expected, found: last)) }
    let digits = Array(characters)
    return .success(
      stride(from: 0, to: 16, by: 4).map { String(digits[$0..<($0 + 4)]) }.joined(separator: "-"))
  }
}
