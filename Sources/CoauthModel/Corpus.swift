/// Everything read from the inputs of one run: publications in input order, plus relations and
/// name variants that the sources declare.
public struct Corpus: Sendable {
  public var publications: [Publication]
  public var declaredRelations: [DeclaredRelation]
  /// Names declared to be one person (dblp `<www>` person records).
  public var nameVariantGroups: [NameVariantGroup]

  public init(
    publications: [Publication] = [], declaredRelations: [DeclaredRelation] = [],
    nameVariantGroups: [NameVariantGroup] = []
  ) {
    self.publications = publications
    self.declaredRelations = declaredRelations
    self.nameVariantGroups = nameVariantGroups
  }

  /// Appends another corpus, keeping order.
  public mutating func append(contentsOf other: Corpus) {
    publications.append(contentsOf: other.publications)
    declaredRelations.append(contentsOf: other.declaredRelations)
    nameVariantGroups.append(contentsOf: other.nameVariantGroups)
  }

  /// The number of author mentions over all publications.
  public var mentionCount: Int { publications.reduce(0) { $0 + $1.authors.count } }
}
