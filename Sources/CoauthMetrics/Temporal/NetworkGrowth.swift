public import CoauthGraph

/// How the co-authorship network grew, year by year: what `coauth analyze --by-year` writes.
///
/// Each row counts the papers of that year and the network accumulated up to and including it:
/// an author joins in the year of their first paper, a collaboration in the year of the pair's
/// first joint paper. Papers without a year are left out.
public struct YearGrowth: Sendable, Hashable {
  public var year: Int
  /// Papers published this year.
  public var papers: Int
  /// Mean number of distinct authors per paper this year.
  public var meanTeamSize: Double
  /// Authors with a paper this year.
  public var activeAuthors: Int
  /// Authors whose first paper is from this year.
  public var newAuthors: Int
  /// Authors with a paper in this year or before.
  public var authors: Int
  /// Co-author pairs whose first joint paper is from this year.
  public var newCollaborations: Int
  /// Co-author pairs with a joint paper in this year or before.
  public var collaborations: Int
  /// Authors in the largest connected component of the network up to this year.
  public var giantComponent: Int

  /// Share of the authors so far in the largest component (0 when there are none).
  public var giantComponentShare: Double {
    authors == 0 ? 0 : Double(giantComponent) / Double(authors)
  }

  public init(
    year: Int, papers: Int, meanTeamSize: Double, activeAuthors: Int, newAuthors: Int,
    authors: Int, newCollaborations: Int, collaborations: Int, giantComponent: Int
  ) {
    self.year = year
    self.papers = papers
    self.meanTeamSize = meanTeamSize
    self.activeAuthors = activeAuthors
    self.newAuthors = newAuthors
    self.authors = authors
    self.newCollaborations = newCollaborations
    self.collaborations = collaborations
    self.giantComponent = giantComponent
  }
}

extension YearGrowth {
  /// One row per year from the first to the last year with a paper (years without papers
  /// included, so the series has no gaps), from `graph` and the `papers` it was built from.
  ///
  /// - Complexity: O(papers' authorships + edges · α(n) + years); one pass in year order with a
  ///   union-find over the collaborations.
  public static func series(graph: CoauthorGraph, papers: [GraphPaper]) -> [YearGrowth] {
    let dated = papers.filter { $0.year != nil }
    guard let first = dated.lazy.compactMap(\.year).min(),
      let last = dated.lazy.compactMap(\.year).max()
    else { return [] }
    let yearCount = last - first + 1
    var paperCount = [Int](repeating: 0, count: yearCount)
    var teamSizeSum = [Int](repeating: 0, count: yearCount)
    var activeCount = [Int](repeating: 0, count: yearCount)
    var newAuthorCount = [Int](repeating: 0, count: yearCount)
    var lastActiveYear = [Int32](repeating: Int32.min, count: graph.nodeCount)
    var hasAppeared = [Bool](repeating: false, count: graph.nodeCount)

    // Papers in year order, so "active this year" is counted once per author and year.
    var seenInPaper = [Int32](repeating: -1, count: graph.nodeCount)
    for (index, paper) in dated.sorted(by: { ($0.year ?? 0) < ($1.year ?? 0) }).enumerated() {
      guard let year = paper.year else { continue }
      let slot = year - first
      paperCount[slot] += 1
      for author in paper.authors where author >= 0 && Int(author) < graph.nodeCount {
        let node = Int(author)
        guard seenInPaper[node] != Int32(index) else { continue }
        seenInPaper[node] = Int32(index)
        teamSizeSum[slot] += 1
        guard lastActiveYear[node] != Int32(year) else { continue }
        lastActiveYear[node] = Int32(year)
        activeCount[slot] += 1
        if !hasAppeared[node] {
          hasAppeared[node] = true
          newAuthorCount[slot] += 1
        }
      }
    }

    // Collaborations in order of their first joint year, joined into components.
    let datedEdges = (0..<graph.edgeCount).filter {
      graph.firstYear[Int(graph.edgeHalfEdges[$0])] != 0
    }.sorted {
      graph.firstYear[Int(graph.edgeHalfEdges[$0])] < graph.firstYear[Int(graph.edgeHalfEdges[$1])]
    }
    var parent = [Int32](0..<Int32(graph.nodeCount))
    var size = [Int32](repeating: 1, count: graph.nodeCount)
    var giant = 0
    var edgeCursor = 0
    var rows: [YearGrowth] = []
    rows.reserveCapacity(yearCount)
    var authorsSoFar = 0
    var collaborationsSoFar = 0
    for slot in 0..<yearCount {
      let year = first + slot
      authorsSoFar += newAuthorCount[slot]
      if newAuthorCount[slot] > 0 { giant = max(giant, 1) }
      var newCollaborations = 0
      while edgeCursor < datedEdges.count {
        let edge = datedEdges[edgeCursor]
        let half = Int(graph.edgeHalfEdges[edge])
        guard Int(graph.firstYear[half]) <= year else { break }
        newCollaborations += 1
        let joined = union(
          Int(graph.edgeSources[edge]), Int(graph.targets[half]), parent: &parent, size: &size)
        giant = max(giant, joined)
        edgeCursor += 1
      }
      collaborationsSoFar += newCollaborations
      let papers = paperCount[slot]
      rows.append(
        YearGrowth(
          year: year, papers: papers,
          meanTeamSize: papers == 0 ? 0 : Double(teamSizeSum[slot]) / Double(papers),
          activeAuthors: activeCount[slot], newAuthors: newAuthorCount[slot],
          authors: authorsSoFar, newCollaborations: newCollaborations,
          collaborations: collaborationsSoFar, giantComponent: giant))
    }
    return rows
  }

  /// Joins the sets of `a` and `b` (union by size, path halving); returns the joined size.
  private static func union(_ a: Int, _ b: Int, parent: inout [Int32], size: inout [Int32]) -> Int {
    func root(_ node: Int) -> Int {
      var node = node
      while Int(parent[node]) != node {
        parent[node] = parent[Int(parent[node])]
        node = Int(parent[node])
      }
      return node
    }
    var rootA = root(a)
    var rootB = root(b)
    guard rootA != rootB else { return Int(size[rootA]) }
    if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
    parent[rootB] = Int32(rootA)
    size[rootA] += size[rootB]
    return Int(size[rootA])
  }
}
