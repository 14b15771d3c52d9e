import CoauthModel
import CoauthNames

/// Authors ranked by one column of `authors.csv`: `papers` or a metric (`pagerank`,
/// `betweenness`, `degree`, ...). The table of `coauth top`.
///
/// Highest values first (lowest with `ascending`, for `constraint`, where low means brokerage);
/// ties go to the author with more papers, then by display name. Authors without a value (a
/// metric left uncomputed, NaN) are not ranked.
public struct AuthorRanking: Sendable {
  /// One ranked author.
  public struct Entry: Sendable, Equatable {
    /// The author's index in the resolution's `AuthorTable`.
    public var author: Int
    public var value: Double
  }

  /// The column ranked by.
  public let measure: String
  /// True when the column holds whole numbers (`papers`, `degree`, `core`, ...).
  public let isInteger: Bool
  /// The authors with a value, best first.
  public let entries: [Entry]

  /// The columns an analysis can be ranked by: `papers`, then the metrics in `authors.csv` order.
  public static var measures: [String] { ["papers"] + AuthorMetrics().columns.map(\.name) }

  /// The metrics that need a search from every author (or a sample of them).
  public static let pathMeasures: Set<String> = ["betweenness", "closeness", "harmonic"]

  /// The authors of `analysis` ranked by `measure` (one of ``measures``); nil for another name.
  /// `limit` keeps the first entries only.
  public init?(_ analysis: Analysis, by measure: String, ascending: Bool = false, limit: Int? = nil) {
    let values: [Double]
    if measure == "papers" {
      values = analysis.activity.papers.map(Double.init)
      isInteger = true
    } else if let column = analysis.metrics.columns.first(where: { $0.name == measure }) {
      switch column.values {
      case .integers(let integers):
        values = integers.map(Double.init)
        isInteger = true
      case .reals(let reals):
        values = reals
        isInteger = false
      }
    } else {
      return nil
    }
    self.measure = measure
    let papers = analysis.activity.papers
    let names = analysis.resolution.authors.names
    var entries = values.enumerated().compactMap { author, value in
      value.isNaN ? nil : Entry(author: author, value: value)
    }
    entries.sort { a, b in
      if a.value != b.value { return ascending ? a.value < b.value : a.value > b.value }
      if papers[a.author] != papers[b.author] { return papers[a.author] > papers[b.author] }
      if names[a.author] != names[b.author] { return names[a.author] < names[b.author] }
      return a.author < b.author
    }
    if let limit, limit < entries.count { entries.removeSubrange(limit...) }
    self.entries = entries
  }
}
