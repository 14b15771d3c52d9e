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
    var members: [[Int]] = []
    for index in mentions.indices {
      let root = links.find(Int32(index))
      if let group = groupOfRoot[root] {
        members[group].append(index)
      } else {
        groupOfRoot[root] = members.count
        members.append([index])
      }
    }
    guard members.count > 1 else { return nil }
    var venueIDs: [String: Int32] = [:]
    var groups = members.map { members in
      HomonymGroupEvidence(
        members: members, coauthors: members.flatMap { mentions[$0].coauthors },
        coauthorsOfCoauthor: { coauthor in
          let second = candidate.coauthorsOfCluster[coauthor]
          guard second.count <= maximumHubDegree else { return nil }
          return second.filter { $0 != candidate.cluster }
        },
        titleWords: members.flatMap { member in
          mentions[member].titleWords.map { ($0, candidate.titleWordWeights[$0]) }
        },
        venues: members.compactMap { member in
          let venue = mentions[member].venue
          guard !venue.isEmpty else { return nil }
          if let id = venueIDs[venue] { return id }
          venueIDs[venue] = Int32(venueIDs.count)
          return Int32(venueIDs.count - 1)
        })
    }
    // 2. Join the most similar groups while the evidence is strong enough.
    let joining = MostSimilarPairJoining<HomonymGroupEvidence>(
      similarity: { a, b in
        HomonymGroupEvidence.similarity(
          a, b, linkWeight: coauthorLinkWeight, titleWeight: titleWeight, venueWeight: venueWeight)
      },
      join: HomonymGroupEvidence.joined)
    var alive = joining.run(&groups, threshold: joinThreshold)
    // 3. Groups without evidence join the largest; the rest are persons.
    alive.sort {
      (groups[$0].members.count, -groups[$0].members[0]) > (
        groups[$1].members.count, -groups[$1].members[0]
      )
    }
    let persons = alive.filter { groups[$0].members.count > 1 || !groups[$0].coauthors.isEmpty }
    guard persons.count > 1 else { return nil }
    var labels = [Int](repeating: 0, count: mentions.count)
    for (label, group) in persons.enumerated() {
      for member in groups[group].members { labels[member] = label }
    }
    return labels
  }
}
