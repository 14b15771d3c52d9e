import CoauthGraph

/// Fractional tie strength of every edge: the sum over the pair's joint papers of `1 / n_p`,
/// where `n_p` is the paper's number of distinct authors (fractional counting; full counting
/// is the edge's `papers`, Newman counting its `weights`, `1 / (n_p - 1)` per paper).
///
/// - Parameters:
///   - graph: built with `recordPublications: true`, so each edge knows its papers.
///   - authorCounts: distinct authors of each publication, indexed like `GraphPaper.publication`.
/// - Returns: one value per undirected edge; empty when the graph has no publication lists.
/// - Complexity: O(m + edge-publication links).
/// Perianes-Rodriguez, Waltman and van Eck 2016, doi:10.1016/j.joi.2016.10.006. Example: a
/// two-author and a four-author joint paper give `1/2 + 1/4`.
public func fractionalTieStrength(_ graph: CoauthorGraph, authorCounts: [Int32]) -> [Double] {
  guard graph.hasEdgePublications else { return [] }
  return (0..<graph.edgeCount).map { e in
    var sum = 0.0
    for publication in graph.publications(ofEdge: e) {
      sum += 1 / Double(authorCounts[Int(publication)])
    }
    return sum
  }
}

/// Distinct authors of each paper, indexed by `GraphPaper.publication` (`count` entries; 0 for
/// publications without a paper).
public func distinctAuthorCounts(_ papers: [GraphPaper], count: Int) -> [Int32] {
  var counts = [Int32](repeating: 0, count: count)
  for paper in papers where Int(paper.publication) < count {
    counts[Int(paper.publication)] = Int32(Set(paper.authors).count)
  }
  return counts
}
