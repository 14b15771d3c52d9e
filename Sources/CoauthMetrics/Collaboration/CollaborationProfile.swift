import CoauthGraph

/// How each author collaborates, from the papers behind a co-authorship graph.
public struct CollaborationProfile: Sendable, Hashable {
  /// Share of the author's co-authors with at least two joint papers; NaN without co-authors.
  public var repeatRate: [Double]
  /// Mean number of distinct authors of the author's papers (solo papers count as 1); NaN
  /// without papers.
  public var meanTeamSize: [Double]
  /// Papers the author wrote alone.
  public var soloPapers: [Int32]
  /// Years from the first to the last paper with a known year, both included; 0 when no paper
  /// has a year.
  public var careerSpan: [Int32]
  /// Distinct co-authors per year of career span; NaN when the span is 0.
  public var coauthorsPerYear: [Double]

  public init(
    repeatRate: [Double], meanTeamSize: [Double], soloPapers: [Int32], careerSpan: [Int32],
    coauthorsPerYear: [Double]
  ) {
    self.repeatRate = repeatRate
    self.meanTeamSize = meanTeamSize
    self.soloPapers = soloPapers
    self.careerSpan = careerSpan
    self.coauthorsPerYear = coauthorsPerYear
  }
}

/// Collaboration statistics of every node of `graph` built from `papers`.
///
/// - repeat rate: `|{u in N(v) : papers(u, v) >= 2}| / d(v)`, the share of repeated
///   collaborators (distinct co-authors are the degree `d(v)`);
/// - mean team size: `sum_p n_p / P(v)` over the `P(v)` papers of `v` with `n_p` distinct authors;
/// - solo papers: papers with `v` as the only author;
/// - career span: `last - first + 1` over the years of `v`'s papers;
/// - co-authors per year: `d(v) / span`, collaborators gained per active year.
///
/// - Parameter papers: the papers the graph was built from (repeated author ids count once).
/// - Complexity: O(n + m + authorships).
/// Example: an author of papers {A, B} (2019) and {A, B, C} (2021) has repeat rate 1/2 (B yes,
/// C no), mean team size 2.5, span 3 years and 2/3 co-authors per year.
public func collaborationProfile(_ graph: CoauthorGraph, papers: [GraphPaper])
  -> CollaborationProfile
{
  let nodeCount = graph.nodeCount
  var teamSum = [Double](repeating: 0, count: nodeCount)
  var paperCount = [Int32](repeating: 0, count: nodeCount)
  var solo = [Int32](repeating: 0, count: nodeCount)
  var firstYear = [Int](repeating: .max, count: nodeCount)
  var lastYear = [Int](repeating: .min, count: nodeCount)
  var lastPaper = [Int](repeating: -1, count: nodeCount)
  var distinct = [Int32]()
  for (index, paper) in papers.enumerated() {
    distinct.removeAll(keepingCapacity: true)
    for author in paper.authors where lastPaper[Int(author)] != index {
      lastPaper[Int(author)] = index
      distinct.append(author)
    }
    let size = Double(distinct.count)
    for author in distinct {
      let v = Int(author)
      teamSum[v] += size
      paperCount[v] += 1
      if distinct.count == 1 { solo[v] += 1 }
      if let year = paper.year {
        firstYear[v] = min(firstYear[v], year)
        lastYear[v] = max(lastYear[v], year)
      }
    }
  }
  var repeatRate = [Double](repeating: .nan, count: nodeCount)
  var meanTeamSize = [Double](repeating: .nan, count: nodeCount)
  var span = [Int32](repeating: 0, count: nodeCount)
  var perYear = [Double](repeating: .nan, count: nodeCount)
  for v in 0..<nodeCount {
    let degree = graph.degree(v)
    if degree > 0 {
      var repeated = 0
      for h in graph.neighborRange(v) where graph.papers[h] >= 2 { repeated += 1 }
      repeatRate[v] = Double(repeated) / Double(degree)
    }
    if paperCount[v] > 0 { meanTeamSize[v] = teamSum[v] / Double(paperCount[v]) }
    if firstYear[v] <= lastYear[v] {
      span[v] = Int32(clamping: lastYear[v] - firstYear[v] + 1)
      perYear[v] = Double(degree) / Double(span[v])
    }
  }
  return CollaborationProfile(
    repeatRate: repeatRate, meanTeamSize: meanTeamSize, soloPapers: solo, careerSpan: span,
    coauthorsPerYear: perYear)
}
