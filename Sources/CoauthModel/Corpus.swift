/// Everything read from the inputs of one run: publications in input order, plus relations and
/// name variants that the sources declare.
public struct Corpus: Sendable {
  public var publications: [Publication]
  /// The DOI of each publication that gives one (`DOI.normalized(from:)`), by its index in
  /// `publications`. A table beside the publications rather than a field of `Publication`:
  /// DBLP XML gives no DOI, and any field more on every publication slows its load. Code that
  /// removes or reorders publications keeps it in step (`removePublications(where:)` and
  /// `append(contentsOf:)` do).
  public var doisByPublication: [Int: String]
  public var declaredRelations: [DeclaredRelation]
  /// Names declared to be one person (dblp `<www>` person records).
  public var nameVariantGroups: [NameVariantGroup]

  public init(
    publications: [Publication] = [], doisByPublication: [Int: String] = [:],
    declaredRelations: [DeclaredRelation] = [], nameVariantGroups: [NameVariantGroup] = []
  ) {
    self.publications = publications
    self.doisByPublication = doisByPublication
    self.declaredRelations = declaredRelations
    self.nameVariantGroups = nameVariantGroups
  }

  /// Appends another corpus, keeping order (its DOIs move with its publications).
  public mutating func append(contentsOf other: Corpus) {
    let offset = publications.count
    for (index, doi) in other.doisByPublication { doisByPublication[offset + index] = doi }
    publications.append(contentsOf: other.publications)
    declaredRelations.append(contentsOf: other.declaredRelations)
    nameVariantGroups.append(contentsOf: other.nameVariantGroups)
  }

  /// Appends `publication`, with its DOI when the record gives one.
  public mutating func append(_ publication: consuming Publication, doi: String?) {
    if let doi { doisByPublication[publications.count] = doi }
    publications.append(publication)
  }

  /// Removes the publications for which `shouldBeRemoved` is true, keeping the order of the
  /// others and the DOI of each.
  public mutating func removePublications(
    where shouldBeRemoved: (Publication) throws -> Bool
  ) rethrows {
    guard !doisByPublication.isEmpty else {
      try publications.removeAll(where: shouldBeRemoved)
      return
    }
    var kept: [Publication] = []
    kept.reserveCapacity(publications.count)
    var keptDOIs: [Int: String] = [:]
    for (index, publication) in publications.enumerated() where try !shouldBeRemoved(publication) {
      if let doi = doisByPublication[index] { keptDOIs[kept.count] = doi }
      kept.append(publication)
    }
    publications = kept
    doisByPublication = keptDOIs
  }

  /// The number of author mentions over all publications.
  public var mentionCount: Int { publications.reduce(0) { $0 + $1.authors.count } }
}
