/// The Arabic article of family names, printed apart, hyphenated or joined, and as "al" or
/// "el" ("El Hassan", "Al-Hassan", "Elhassan"): each written one way, "alhassan".
///
/// A joined form is read as the article only when the corpus prints the rest of it after a
/// separate article somewhere ("Hassan" in "Al-Hassan"), learnt like `CompoundFamilies`: so
/// "Elder" and "Alder" stay names of their own unless some name reads "El Der".
///
/// Names of the form "Abd al-X" (servant of X) carry the article whatever the corpus prints,
/// transliterated "Abd El", "Abdel", "Abdul" or "Abdal", apart, hyphenated or joined: "Abd
/// El-Hamid", "Abdel Hamid", "Abdelhamid" and "Abdulhamid" are each written "abdalhamid".
struct ArabicArticles {
  /// Folded words printed after a separate "al" or "el": "hassan".
  private var known: Set<String> = []

  /// Learns the words that follow a separate article in the folded words of `names`.
  init(names: some Sequence<[String]>) {
    for words in names {
      for index in words.indices.dropLast()
      where Self.isArticle(words[index]) && words[index + 1].utf8.count >= 3 {
        known.insert(words[index + 1])
      }
    }
  }

  var isEmpty: Bool { known.isEmpty }

  /// `words` (folded) with each article and the known word after it, or a joined article and
  /// known word, written as one word with "al": ["ahmed", "el", "hassan"] and ["ahmed",
  /// "elhassan"] both give ["ahmed", "alhassan"].
  func normalised(_ words: [String]) -> [String] {
    guard !known.isEmpty || words.contains(where: { $0.hasPrefix("abd") }) else { return words }
    var result: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      if let (servant, used) = Self.abdCompound(words, at: index) {
        result.append(servant)
        index += used
        continue
      }
      if Self.isArticle(word), index + 1 < words.count, known.contains(words[index + 1]) {
        result.append("al" + words[index + 1])
        index += 2
        continue
      }
      if word.utf8.count > 4, word.hasPrefix("al") || word.hasPrefix("el"),
        known.contains(String(word.dropFirst(2)))
      {
        result.append("al" + word.dropFirst(2))
      } else {
        result.append(word)
      }
      index += 1
    }
    return result
  }

  private static func isArticle(_ word: String) -> Bool { word == "al" || word == "el" }

  /// Transliterations of "abd al" written as one word ("Abdel Hamid", "Abdul Rahman").
  private static let abdWithArticle: Set<String> = ["abdel", "abdul", "abdal", "abdol"]

  /// An "Abd al-X" name starting at `index`, written "abdalx", and the number of words it takes:
  /// "abd" "el" "hamid" (3), "abdel" "hamid" (2), "abdelhamid" or "abdulhamid" (1). X has at
  /// least three letters; nil for other words.
  private static func abdCompound(_ words: [String], at index: Int) -> (String, Int)? {
    let word = words[index]
    guard word.hasPrefix("abd") else { return nil }
    if word == "abd", index + 2 < words.count,
      isArticle(words[index + 1]) || words[index + 1] == "ul", words[index + 2].utf8.count >= 3
    {
      return ("abdal" + words[index + 2], 3)
    }
    if abdWithArticle.contains(word), index + 1 < words.count, words[index + 1].utf8.count >= 3 {
      return ("abdal" + words[index + 1], 2)
    }
    if word.utf8.count >= 8, abdWithArticle.contains(String(word.prefix(5))) {
      return ("abdal" + word.dropFirst(5), 1)
    }
    return nil
  }
}
