/// Everything read from the inputs of one run: publications in input order, plus relations that
/// the sources declare.
public struct Corpus: Sendable {
  public var publications: [Publication]
  public var declaredRelations: [DeclaredRelation]

  public init(publications: [Publication] = [], declaredRelations: [DeclaredRelation] = []) {
    self.publications = publications
    self.declaredRelations = declaredRelations
  }

  /// Appends another corpus, keeping order.
  public mutating func append(contentsOf other: Corpus) {
    publications.append(contentsOf: other.publications)
    declaredRelations.append(contentsOf: other.declaredRelations)
  }

  /// The number of author mentions over all publications.
  public var mentionCount: Int { publications.reduce(0) { $0 + $1.authors.count } }
}
