/// The evidence of one group of a name's mentions that `EvidenceHomonymSplitter` compares with
/// other groups: who the group wrote with, who those co-authors wrote with, the topic of its
/// titles and its venues. Every set is a sorted array of ids, so that comparing two groups
/// neither hashes nor allocates.
struct HomonymGroupEvidence {
  /// Positions of the group's mentions in the candidate's mention list, in order.
  var members: [Int]
  /// Co-author clusters of the group's papers.
  var coauthors: [Int32]
  /// Co-authors of those co-authors (hubs left out), the name's own cluster excepted.
  var coauthorsOfCoauthors: [Int32]
  /// Title words, sorted, with their summed TF-IDF weights.
  var topicWords: [Int32]
  var topicWeights: [Double]
  /// Euclidean norm of the topic weights.
  var topicNorm: Double
  /// Venues, as ids given by the splitter.
  var venues: [Int32]

  /// The evidence of the mentions at `members`: each mention's co-authors, title words with
  /// their weights, and venue id (nil without a venue), and the co-authors of a co-author
  /// cluster (nil for a hub not followed).
  init(
    members: [Int], coauthors: [Int32], coauthorsOfCoauthor: (Int32) -> [Int32]?,
    titleWords: [(word: Int32, weight: Double)], venues: [Int32]
  ) {
    self.members = members
    self.coauthors = uniqueSorted(coauthors.sorted())
    var second: [Int32] = []
    for coauthor in self.coauthors {
      if let neighbours = coauthorsOfCoauthor(coauthor) { second += neighbours }
    }
    coauthorsOfCoauthors = uniqueSorted(second.sorted())
    var words: [Int32] = []
    var weights: [Double] = []
    for (word, weight) in titleWords.sorted(by: { $0.word < $1.word }) {
      if words.last == word {
        weights[weights.count - 1] += weight
      } else {
        words.append(word)
        weights.append(weight)
      }
    }
    topicWords = words
    topicWeights = weights
    topicNorm = Self.norm(weights)
    self.venues = uniqueSorted(venues.sorted())
  }

  /// How alike two groups are: co-author links (a co-author of one wrote with a co-author of the
  /// other; two links count fully), the cosine of the topics and the share of venues in common,
  /// weighted.
  static func similarity(
    _ a: Self, _ b: Self, linkWeight: Double, titleWeight: Double, venueWeight: Double
  ) -> Double {
    let linked =
      intersectionCount(a.coauthorsOfCoauthors, b.coauthors)
      + intersectionCount(b.coauthorsOfCoauthors, a.coauthors)
    let linkScore = min(1, Double(linked) / 2)
    let cosine = a.topicNorm > 0 && b.topicNorm > 0 ? dot(a, b) / (a.topicNorm * b.topicNorm) : 0
    let sharedVenues = intersectionCount(a.venues, b.venues)
    let venueScore =
      sharedVenues == 0
      ? 0 : Double(sharedVenues) / Double(a.venues.count + b.venues.count - sharedVenues)
    return linkWeight * linkScore + titleWeight * cosine + venueWeight * venueScore
  }

  /// The group of both groups' mentions, `a`'s first.
  static func joined(_ a: Self, _ b: Self) -> Self {
    var result = a
    result.members += b.members
    result.coauthors = mergedSorted(a.coauthors, b.coauthors)
    result.coauthorsOfCoauthors = mergedSorted(a.coauthorsOfCoauthors, b.coauthorsOfCoauthors)
    var words: [Int32] = []
    var weights: [Double] = []
    words.reserveCapacity(a.topicWords.count + b.topicWords.count)
    weights.reserveCapacity(words.capacity)
    var i = 0
    var j = 0
    while i < a.topicWords.count || j < b.topicWords.count {
      if j == b.topicWords.count || (i < a.topicWords.count && a.topicWords[i] < b.topicWords[j]) {
        words.append(a.topicWords[i])
        weights.append(a.topicWeights[i])
        i += 1
      } else if i == a.topicWords.count || b.topicWords[j] < a.topicWords[i] {
        words.append(b.topicWords[j])
        weights.append(b.topicWeights[j])
        j += 1
      } else {
        words.append(a.topicWords[i])
        weights.append(a.topicWeights[i] + b.topicWeights[j])
        i += 1
        j += 1
      }
    }
    result.topicWords = words
    result.topicWeights = weights
    result.topicNorm = norm(weights)
    result.venues = mergedSorted(a.venues, b.venues)
    return result
  }

  /// The dot product of two groups' topic weights.
  private static func dot(_ a: Self, _ b: Self) -> Double {
    var sum = 0.0
    var i = 0
    var j = 0
    while i < a.topicWords.count, j < b.topicWords.count {
      if a.topicWords[i] == b.topicWords[j] {
        sum += a.topicWeights[i] * b.topicWeights[j]
        i += 1
        j += 1
      } else if a.topicWords[i] < b.topicWords[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return sum
  }

  private static func norm(_ weights: [Double]) -> Double {
    weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
  }
}
