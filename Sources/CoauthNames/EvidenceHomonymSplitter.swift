/// Separates people who share a printed name by clustering the name's mentions on evidence, in
/// the manner of author-disambiguation systems (S2AND, and the co-author/topic/venue features of
/// the research before it):
///
/// 1. mentions that share a co-author are one person's;
/// 2. the groups this gives are joined, most similar pair first, while their similarity reaches
///    `joinThreshold`: co-authors of one group that wrote with co-authors of the other, shared
///    topic words of the titles (TF-IDF cosine) and shared venues;
/// 3. a name is split only when it is common enough to be several people's (see
///    `HomonymCandidate.expectedNamesakes`): a rare name stays one person whatever its papers.
///
/// Groups left without any evidence (a paper without co-authors, or whose co-authors and topic
/// meet no other group) join the largest group: without evidence a mention keeps the name's main
/// person.
public struct EvidenceHomonymSplitter: HomonymSplitter {
  /// Expected namesakes below which a name is never split.
  public var rareNameNamesakes: Double
  /// Similarity at which two groups of mentions are one person.
  public var joinThreshold: Double
  /// Weights of the evidence in the similarity.
  public var coauthorLinkWeight: Double
  public var titleWeight: Double
  public var venueWeight: Double
  /// Co-authors of a co-author beyond this count are not followed (a hub links everything).
  public var maximumHubDegree: Int
  public var minimumMentions: Int

  public init(
    rareNameNamesakes: Double = 0.05, joinThreshold: Double = 0.3, coauthorLinkWeight: Double = 0.5,
    titleWeight: Double = 1, venueWeight: Double = 0.1, maximumHubDegree: Int = 200,
    minimumMentions: Int = 2
  ) {
    self.rareNameNamesakes = rareNameNamesakes
    self.joinThreshold = joinThreshold
    self.coauthorLinkWeight = coauthorLinkWeight
    self.titleWeight = titleWeight
    self.venueWeight = venueWeight
    self.maximumHubDegree = maximumHubDegree
    self.minimumMentions = minimumMentions
  }

  /// One group of mentions being assembled, with the union of its evidence.
  private struct Group {
    var members: [Int]
    var coauthors: Set<Int32>
    var coauthorsOfCoauthors: Set<Int32>
    var topic: [Int32: Double]
    var topicNorm: Double
    var venues: Set<String>
  }

  public func split(_ candidate: HomonymCandidate) -> [Int]? {
    let mentions = candidate.mentions
    guard mentions.count >= max(2, minimumMentions),
      candidate.expectedNamesakes >= rareNameNamesakes
    else { return nil }
    // 1. Shared co-authors.
    var links = UnionFind(count: mentions.count)
    var mentionOfCoauthor: [Int32: Int32] = [:]
    for (index, mention) in mentions.enumerated() {
      for coauthor in mention.coauthors {
        if let other = mentionOfCoauthor[coauthor] {
          links.union(Int32(index), other)
        } else {
          mentionOfCoauthor[coauthor] = Int32(index)
        }
      }
    }
    var groupOfRoot: [Int32: Int] = [:]
    var groups: [Group] = []
    for (index, mention) in mentions.enumerated() {
      let root = links.find(Int32(index))
      let group: Int
      if let found = groupOfRoot[root] {
        group = found
      } else {
        group = groups.count
        groupOfRoot[root] = group
        groups.append(
          Group(members: [], coauthors: [], coauthorsOfCoauthors: [], topic: [:], topicNorm: 0, venues: []))
      }
      groups[group].members.append(index)
      for coauthor in mention.coauthors {
        groups[group].coauthors.insert(coauthor)
        let second = candidate.coauthorsOfCluster[coauthor]
        guard second.count <= maximumHubDegree else { continue }
        for neighbour in second where neighbour != candidate.cluster {
          groups[group].coauthorsOfCoauthors.insert(neighbour)
        }
      }
      for word in mention.titleWords {
        groups[group].topic[word, default: 0] += candidate.titleWordWeights[word]
      }
      if !mention.venue.isEmpty { groups[group].venues.insert(mention.venue) }
    }
    guard groups.count > 1 else { return nil }
    for index in groups.indices {
      groups[index].topicNorm = groups[index].topic.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
    // 2. Join the most similar groups while the evidence is strong enough.
    var alive = Array(groups.indices)
    while alive.count > 1 {
      var best: (score: Double, a: Int, b: Int) = (-1, -1, -1)
      for (i, a) in alive.enumerated() {
        for b in alive[(i + 1)...] {
          let score = similarity(groups[a], groups[b])
          if score > best.score { best = (score, a, b) }
        }
      }
      guard best.score >= joinThreshold else { break }
      groups[best.a] = joined(groups[best.a], groups[best.b])
      alive.removeAll { $0 == best.b }
    }
    // 3. Groups without evidence join the largest; the rest are persons.
    alive.sort { (groups[$0].members.count, -groups[$0].members[0]) > (groups[$1].members.count, -groups[$1].members[0]) }
    let persons = alive.filter { groups[$0].members.count > 1 || !groups[$0].coauthors.isEmpty }
    guard persons.count > 1 else { return nil }
    var labels = [Int](repeating: 0, count: mentions.count)
    for (label, group) in persons.enumerated() {
      for member in groups[group].members { labels[member] = label }
    }
    return labels
  }

  // MARK: - Helpers

  private func similarity(_ a: Group, _ b: Group) -> Double {
    let linked =
      a.coauthorsOfCoauthors.intersection(b.coauthors).count
      + b.coauthorsOfCoauthors.intersection(a.coauthors).count
    let linkScore = min(1, Double(linked) / 2)
    var dot = 0.0
    let (small, large) = a.topic.count <= b.topic.count ? (a.topic, b.topic) : (b.topic, a.topic)
    for (word, weight) in small { if let other = large[word] { dot += weight * other } }
    let cosine = a.topicNorm > 0 && b.topicNorm > 0 ? dot / (a.topicNorm * b.topicNorm) : 0
    let sharedVenues = a.venues.intersection(b.venues).count
    let venueScore =
      sharedVenues == 0 ? 0 : Double(sharedVenues) / Double(a.venues.union(b.venues).count)
    return coauthorLinkWeight * linkScore + titleWeight * cosine + venueWeight * venueScore
  }

  private func joined(_ a: Group, _ b: Group) -> Group {
    var result = a
    result.members += b.members
    result.coauthors.formUnion(b.coauthors)
    result.coauthorsOfCoauthors.formUnion(b.coauthorsOfCoauthors)
    for (word, weight) in b.topic { result.topic[word, default: 0] += weight }
    result.topicNorm = result.topic.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    result.venues.formUnion(b.venues)
    return result
  }
}
