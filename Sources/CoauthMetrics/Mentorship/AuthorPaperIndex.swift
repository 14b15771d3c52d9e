import CoauthModel
import Foundation

/// Papers of each author (CSR) in year order with their years, each author's first publication
/// year, and whether the author works where author lists are alphabetical.
struct AuthorPaperIndex {
  private var offsets: [Int32]
  private var paperIDs: [Int32]
  private var paperYears: [Int32]
  /// First publication year per author (`Int.max` when no paper has a year).
  private(set) var firstYear: [Int]
  /// The author's lists are in family-name order far more often than chance.
  private(set) var listsAlphabetically: [Bool]

  /// Indexes the papers with a year and at most `maximumTeamSize` authors (first years count
  /// every paper with a year).
  init(authorCount: Int, papers: [AuthoredPaper], maximumTeamSize: Int) {
    var counts = [Int32](repeating: 0, count: authorCount + 1)
    firstYear = [Int](repeating: Int.max, count: authorCount)
    for paper in papers {
      guard let year = paper.year else { continue }
      for a in paper.authors {
        firstYear[Int(a)] = min(firstYear[Int(a)], year)
        if paper.authors.count <= maximumTeamSize { counts[Int(a) + 1] += 1 }
      }
    }
    for i in 0..<authorCount { counts[i + 1] += counts[i] }
    offsets = counts
    var fill = Array(counts.dropLast())
    paperIDs = [Int32](repeating: 0, count: Int(counts[authorCount]))
    paperYears = paperIDs
    let order = papers.indices.filter { papers[$0].year != nil }
      .sorted { (papers[$0].year ?? 0, $0) < (papers[$1].year ?? 0, $1) }
    var evidence = [Double](repeating: 0, count: authorCount)
    for p in order where papers[p].authors.count <= maximumTeamSize {
      let paper = papers[p]
      let weight = Self.alphabeticalEvidence(paper)
      for a in paper.authors {
        paperIDs[Int(fill[Int(a)])] = Int32(p)
        paperYears[Int(fill[Int(a)])] = Int32(paper.year ?? 0)
        fill[Int(a)] += 1
        evidence[Int(a)] += weight
      }
    }
    listsAlphabetically = evidence.map { $0 > 0 }
  }

  /// Papers of `author`, in year order.
  func papers(of author: Int) -> ArraySlice<Int32> {
    paperIDs[Int(offsets[author])..<Int(offsets[author + 1])]
  }

  /// Number of papers of `author` from `start` through `end`.
  func paperCount(of author: Int, from start: Int, through end: Int) -> Int {
    let range = Int(offsets[author])..<Int(offsets[author + 1])
    return lowerBound(Int32(clamping: end + 1), in: range) - lowerBound(Int32(clamping: start), in: range)
  }

  private func lowerBound(_ year: Int32, in range: Range<Int>) -> Int {
    var low = range.lowerBound, high = range.upperBound
    while low < high {
      let mid = (low + high) / 2
      if paperYears[mid] < year { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Log-likelihood ratio that `paper` comes from a field that lists authors alphabetically
  /// (lists in family-name order 95% of the time) rather than by contribution (in that order by
  /// chance, 1/n! for n authors). Summed over an author's papers, positive means alphabetical.
  private static func alphabeticalEvidence(_ paper: AuthoredPaper) -> Double {
    let n = paper.authors.count
    guard n >= 2, !paper.isAlphabetical else { return 0 }
    var chance = 1.0
    for k in 2...min(n, 10) { chance /= Double(k) }
    return paper.isInFamilyNameOrder ? log(0.95 / chance) : log(0.05 / (1 - chance))
  }
}
