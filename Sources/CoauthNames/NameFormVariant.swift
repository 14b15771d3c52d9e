/// A way of writing one person's name that changes its family name or its number of words, so
/// that the two forms never meet in one family block (see `ResolutionRun.mergeNameForms()`).
public enum NameFormVariant: Sendable, Hashable, CustomStringConvertible {
  /// The same letters spaced differently, particles written together or apart ("Jan
  /// Vanderberg" / "Jan van der Berg").
  case spacing
  /// Long vowels of a Japanese name romanised differently ("Yuuki Satou" / "Yuki Sato", "Ohno"
  /// / "Ono" / "Oono", "Kouji" / "Koji"; see `JapaneseRomanisation`).
  case japaneseLongVowels
  /// The Arabic article printed apart, hyphenated or joined, as "al" or "el" ("El Hassan" /
  /// "Al-Hassan" / "Elhassan"; see `ArabicArticles`).
  case arabicArticle
  /// The last name left out: the second family name of a Spanish or Portuguese name ("Gabriel
  /// García" / "Gabriel García Márquez"), or the father's name of a South Indian one ("Anand
  /// Kumar" / "Anand Kumar Madasamy").
  case droppedLastName
  /// A name printed as its initial, before or after the others ("M. Anand Kumar" / "Anand
  /// Kumar M" / "Anand Kumar Madasamy"), as South Indian names print a father's or a place name.
  case initialForAName

  /// How sure the variant is by itself, before co-author evidence, in 0...1.
  public var baseConfidence: Double {
    switch self {
    case .spacing: 0.8
    case .japaneseLongVowels: 0.75
    case .arabicArticle: 0.75
    case .droppedLastName: 0.65
    case .initialForAName: 0.7
    }
  }

  public var description: String {
    switch self {
    case .spacing: "same letters, particles or words spaced differently"
    case .japaneseLongVowels: "Japanese long vowels romanised differently"
    case .arabicArticle: "Arabic article written differently"
    case .droppedLastName: "last name left out"
    case .initialForAName: "a name printed as its initial, first or last"
    }
  }
}
