import CoauthModel
import CoauthNames

/// What tells apart the authors that one typed name fits: their papers, years and the co-author
/// of most joint papers ("12 papers, 2015-2021, mostly with Jiawei Han").
struct NamesakeProfiles {
  let resolution: Resolution
  let corpus: Corpus

  /// The profile of each of `candidates`, by author index.
  /// - Complexity: O(authorships), one pass over the publications' author lists.
  func descriptions(of candidates: [Int]) -> [Int: String] {
    let wanted = Set(candidates)
    var papers: [Int: Int] = [:]
    var years: [Int: ClosedRange<Int>] = [:]
    var jointPapers: [Int: [Int: Int]] = [:]
    let authorships = resolution.authorships
    var start = 0
    while start < authorships.count {
      let publication = authorships[start].publication
      var end = start + 1
      while end < authorships.count, authorships[end].publication == publication { end += 1 }
      let authors = Set(authorships[start..<end].map { Int($0.author) })
      let year = corpus.publications[Int(publication)].year
      for author in authors where wanted.contains(author) {
        papers[author, default: 0] += 1
        if let year {
          years[author] =
            years[author].map { min($0.lowerBound, year)...max($0.upperBound, year) } ?? year...year
        }
        for coauthor in authors where coauthor != author {
          jointPapers[author, default: [:]][coauthor, default: 0] += 1
        }
      }
      start = end
    }
    var descriptions: [Int: String] = [:]
    for author in wanted {
      let count = papers[author] ?? 0
      var parts = ["\(count) paper\(count == 1 ? "" : "s")"]
      if let span = years[author] {
        parts.append(
          span.lowerBound == span.upperBound ? "\(span.lowerBound)" : "\(span.lowerBound)-\(span.upperBound)")
      }
      // Most joint papers, then the first seen.
      if let closest = jointPapers[author]?.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) {
        parts.append("mostly with \(resolution.authors.names[closest.key])")
      }
      descriptions[author] = parts.joined(separator: ", ")
    }
    return descriptions
  }
}
