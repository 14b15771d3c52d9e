import CoauthModel

/// A strategy that separates people who print the same name: one author after name resolution
/// whose co-author neighbourhoods, venues and years do not meet. The resolver calls it once per
/// person author with at least `minimumMentions` mentions, after all merges.
public protocol HomonymSplitter: Sendable {
  /// Authors with fewer mentions are never offered for splitting.
  var minimumMentions: Int { get }

  /// One label per mention of `candidate` (same order); mentions with equal labels stay one
  /// person. Nil (or a single label) keeps the author whole.
  func split(_ candidate: HomonymCandidate) -> [Int]?
}

/// One resolved author offered to a `HomonymSplitter`.
public struct HomonymCandidate: Sendable {
  /// One mention of the author with the context a splitter compares.
  public struct Mention: Sendable, Hashable {
    /// Index into `Corpus.publications`.
    public var publication: Int32
    public var year: Int?
    public var venue: String
    /// Other authors of the publication, as resolver-internal cluster numbers: equal numbers
    /// are the same co-author.
    public var coauthors: [Int32]
    /// Content words of the title, as ids into `HomonymCandidate.titleWordWeights`.
    public var titleWords: [Int32]
  }

  /// The author's display name.
  public var name: String
  /// The mentions, in corpus order.
  public var mentions: [Mention]
  /// The author's own cluster number (it appears among its co-authors' co-authors).
  public var cluster: Int32
  /// Co-authors of every cluster over the whole corpus, sorted: the second step of a
  /// neighbourhood.
  public var coauthorsOfCluster: CoauthorIndex
  /// How many different persons of this name a corpus of this size is expected to hold when
  /// family and given names combine at random: (authors of the family name) x (authors of the
  /// first given name) / (all authors). Common names ("Yang Liu" among NLP authors) score
  /// above 1, rare ones near 0.
  public var expectedNamesakes: Double
  /// Inverse document frequency of each title word over the corpus.
  public var titleWordWeights: WordWeights
}

/// A weight per interned word, shared without copying.
public struct WordWeights: Sendable {
  let weights: [Double]

  init(_ weights: [Double]) { self.weights = weights }

  /// The weight of `word`; 0 for an unknown word.
  public subscript(word: Int32) -> Double {
    weights.indices.contains(Int(word)) ? weights[Int(word)] : 0
  }
}

/// Sorted co-author cluster numbers of every cluster, shared without copying.
public struct CoauthorIndex: Sendable {
  let lists: [[Int32]]

  init(_ lists: [[Int32]]) { self.lists = lists }

  /// Co-authors of `cluster`, sorted; empty for an unknown cluster.
  public subscript(cluster: Int32) -> [Int32] {
    lists.indices.contains(Int(cluster)) ? lists[Int(cluster)] : []
  }
}
