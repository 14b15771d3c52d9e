/// The Arabic article of family names, printed apart, hyphenated or joined, and as "al" or
/// "el" ("El Hassan", "Al-Hassan", "Elhassan"): each written one way, "alhassan".
///
/// A joined form is read as the article only when the corpus prints the rest of it after a
/// separate article somewhere ("Hassan" in "Al-Hassan"), learnt like `CompoundFamilies`: so
/// "Elder" and "Alder" stay names of their own unless some name reads "El Der".
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
    guard !known.isEmpty else { return words }
    var result: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
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
}
