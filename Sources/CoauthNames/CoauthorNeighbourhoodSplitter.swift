import CoauthModel

/// Separates people who share a printed name when their co-author neighbourhoods do not meet,
/// in the manner of author-disambiguation research: two mentions of the name are one person's
/// when they share a co-author, or when a co-author of one has co-authored with a co-author of
/// the other. The connected groups of mentions this gives are persons; the name is split only
/// when at least two groups carry enough papers for the name's commonness.
///
/// A rare name ("Harkirat Singh Behl") is rarely two people, so its groups must each hold
/// `rareNameGroupSize` papers; a common one ("Yang Liu" among NLP authors) splits into every
/// group of `commonNameGroupSize`. Mentions without co-authors, and groups below the size,
/// stay with the largest group: without evidence a mention keeps the name's main person.
public struct CoauthorNeighbourhoodSplitter: HomonymSplitter {
  /// Expected namesakes (see `HomonymCandidate.expectedNamesakes`) from which a name counts as
  /// common.
  public var commonNameThreshold: Double
  /// Papers each separated group of a common name needs.
  public var commonNameGroupSize: Int
  /// Papers each separated group of a rare name needs.
  public var rareNameGroupSize: Int
  /// Co-authors of a co-author beyond this count are not followed (a hub links everything).
  public var maximumHubDegree: Int

  public init(
    commonNameThreshold: Double = 0.5, commonNameGroupSize: Int = 2, rareNameGroupSize: Int = 1_000_000,
    maximumHubDegree: Int = 400
  ) {
    self.commonNameThreshold = commonNameThreshold
    self.commonNameGroupSize = commonNameGroupSize
    self.rareNameGroupSize = rareNameGroupSize
    self.maximumHubDegree = maximumHubDegree
  }

  public var minimumMentions: Int { 2 * min(commonNameGroupSize, rareNameGroupSize) }

  public func split(_ candidate: HomonymCandidate) -> [Int]? {
    let mentions = candidate.mentions
    let groupSize =
      candidate.expectedNamesakes >= commonNameThreshold ? commonNameGroupSize : rareNameGroupSize
    guard mentions.count >= 2 * groupSize else { return nil }
    var groups = UnionFind(count: mentions.count)
    // First step: mentions that share a co-author.
    var mentionOfCoauthor: [Int32: Int32] = [:]
    for (index, mention) in mentions.enumerated() {
      for coauthor in mention.coauthors {
        if let other = mentionOfCoauthor[coauthor] {
          groups.union(Int32(index), other)
        } else {
          mentionOfCoauthor[coauthor] = Int32(index)
        }
      }
    }
    // Second step: a co-author of one mention wrote with a co-author of another.
    for (index, mention) in mentions.enumerated() {
      for coauthor in mention.coauthors {
        let second = candidate.coauthorsOfCluster[coauthor]
        guard second.count <= maximumHubDegree else { continue }
        for neighbour in second where neighbour != candidate.cluster {
          if let other = mentionOfCoauthor[neighbour] { groups.union(Int32(index), other) }
        }
      }
    }
    var sizeOfRoot: [Int32: Int] = [:]
    for index in mentions.indices { sizeOfRoot[groups.find(Int32(index)), default: 0] += 1 }
    let large = sizeOfRoot.filter { $0.value >= groupSize }
    guard large.count > 1 else { return nil }
    // Labels: groups by decreasing size (ties by first mention), the rest with the largest.
    var firstMention: [Int32: Int] = [:]
    for index in mentions.indices.reversed() { firstMention[groups.find(Int32(index))] = index }
    let ordered = large.keys.sorted {
      (large[$0]!, -firstMention[$0]!) > (large[$1]!, -firstMention[$1]!)
    }
    var labelOfRoot: [Int32: Int] = [:]
    for (label, root) in ordered.enumerated() { labelOfRoot[root] = label }
    return mentions.indices.map { labelOfRoot[groups.find(Int32($0))] ?? 0 }
  }
}
