import CoauthModel

/// Names written "Last, First" (RIS, CSV tables): the part before the comma is the family name,
/// with its leading lowercase words as the particle, as BibTeX reads "van der Berg, Anna".
enum LastFirstName {
  /// The parts of a name whose family part (with any particle) is `last`.
  static func name(last: String, first: String, suffix: String = "") -> PersonName {
    var words = last.split(separator: " ").map(String.init)
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
