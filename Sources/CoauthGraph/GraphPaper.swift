import CoauthModel

/// One publication as the graph builder sees it: its distinct author nodes, year and index.
public struct GraphPaper: Sendable, Hashable {
  /// Node ids of the authors. Repeated ids are counted once.
  public var authors: [Int32]
  /// Publication year, when known.
  public var year: Int?
  /// Index of the publication in the caller's publication list (kept for `edgePublications`).
  public var publication: Int32

  public init(authors: [Int32], year: Int?, publication: Int32) {
    self.authors = authors
    self.year = year
    self.publication = publication
  }

  /// Groups authorships by publication: one paper per publication index in
  /// `0..<publicationYears.count`, in index order, authors in the order the authorships give.
  ///
  /// Authorships whose publication index is outside that range are ignored.
  /// - Complexity: O(publications + authorships).
  public static func grouping(
    _ authorships: [Authorship], publicationYears: [Int?]
  ) -> [GraphPaper] {
    let publicationCount = publicationYears.count
    var counts = [Int](repeating: 0, count: publicationCount)
    for authorship in authorships where authorship.publication >= 0 {
      let index = Int(authorship.publication)
      if index < publicationCount { counts[index] += 1 }
    }
    var papers = [GraphPaper]()
    papers.reserveCapacity(publicationCount)
    for index in 0..<publicationCount {
      var authors = [Int32]()
      authors.reserveCapacity(counts[index])
      papers.append(
        GraphPaper(authors: authors, year: publicationYears[index], publication: Int32(index)))
    }
    for authorship in authorships where authorship.publication >= 0 {
      let index = Int(authorship.publication)
      if index < publicationCount { papers[index].authors.append(authorship.author) }
    }
    return papers
  }
}
