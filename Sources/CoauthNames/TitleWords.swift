import Foundation

/// Content words of publication titles, interned, with their inverse document frequency over a
/// corpus: what a homonym splitter compares to tell research topics apart.
struct TitleWords {
  /// Interned word ids of each publication's title, sorted, without repeats.
  var wordsOfPublication: [[Int32]]
  /// `log(publications / publications with the word)` per word id.
  var inverseFrequency: [Double]

  /// Words shorter than this, and a few very common title words, carry no topic.
  static let minimumLength = 4
  static let stopWords: Set<String> = [
    "with", "from", "that", "this", "using", "based", "towards", "toward", "into", "over",
    "their", "what", "when", "which", "through", "via", "than", "does", "more", "less",
  ]

  init(titles: [String]) {
    var ids: [String: Int32] = [:]
    var documentFrequency: [Int] = []
    wordsOfPublication = titles.map { title in
      var words: [Int32] = []
      for word in Self.words(of: title) {
        let id: Int32
        if let found = ids[word] {
          id = found
        } else {
          id = Int32(ids.count)
          ids[word] = id
          documentFrequency.append(0)
        }
        words.append(id)
      }
      words.sort()
      let unique = uniqueSorted(words)
      for id in unique { documentFrequency[Int(id)] += 1 }
      return unique
    }
    let count = Double(max(titles.count, 1))
    inverseFrequency = documentFrequency.map { log(count / Double($0)) }
  }

  /// Lowercased letter runs of at least `minimumLength` letters that are not stop words.
  static func words(of title: String) -> [String] {
    var result: [String] = []
    var current = ""
    for scalar in title.unicodeScalars {
      if scalar.properties.isAlphabetic {
        current.unicodeScalars.append(scalar)
      } else {
        flush()
      }
    }
    flush()
    return result

    func flush() {
      if current.count >= minimumLength {
        let word = current.lowercased()
        if !stopWords.contains(word) { result.append(word) }
      }
      current = ""
    }
  }
}
