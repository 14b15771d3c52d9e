import CoauthModel

/// Names written "Last, First" (RIS, CSV tables): the part before the comma is the family name,
/// with its leading lowercase words as the particle, as BibTeX reads "van der Berg, Anna". A
/// generational suffix without a comma of its own, after the given names ("Stone, Carl Jr", as
/// Google Scholar's CSV and some RIS exports print it) or after the family name ("Stone Jr,
/// Carl"), is the suffix, as in "Stone, Carl, Jr.".
enum LastFirstName {
  /// The parts of a name whose family part (with any particle) is `last`.
  static func name(last: String, first: String, suffix: String = "") -> PersonName {
    var words = last.split(separator: " ").map(String.init)
    var first = first
    var suffix = suffix
    if suffix.isEmpty {
      var givenWords = first.split(separator: " ")
      // Only after a word of its own: "Petrov, IV" is two initials.
      if givenWords.count >= 2, let last = givenWords.last, NameSuffix.isSuffix(last) {
        suffix = String(givenWords.removeLast())
        first = givenWords.joined(separator: " ")
      } else if words.count >= 2, let last = words.last, NameSuffix.isSuffix(last) {
        suffix = words.removeLast()
      }
    }
    var particle: [String] = []
    while words.count > 1, let word = words.first, let initial = word.unicodeScalars.first,
      initial.properties.isLowercase
    {
      particle.append(word)
      words.removeFirst()
    }
    return PersonName(
      given: first, particle: particle.joined(separator: " "),
      family: words.joined(separator: " "), suffix: suffix)
  }
}
