import CoauthModel

/// What a `HomonymCandidate` is made from, shared read-only by the threads that split authors:
/// the publications, where each mention stands, the co-author cluster of every mention, and the
/// title words with their weights.
struct HomonymContext: Sendable {
  let publications: [Publication]
  /// Publication of each mention.
  let publicationOf: [Int32]
  /// First mention of each publication, and one past the last at the end.
  let publicationStart: [Int32]
  /// Co-author cluster of each mention.
  let clusterOf: [Int32]
  /// Title words of each publication, as ids into `titleWeights`.
  let wordsOfPublication: [[Int32]]
  let coauthorIndex: CoauthorIndex
  let titleWeights: WordWeights

  /// The candidate of author `cluster` with `mentions`, in corpus order.
  func candidate(
    cluster: Int32, mentions: [Int32], name: String, expectedNamesakes: Double
  ) -> HomonymCandidate {
    HomonymCandidate(
      name: name,
      mentions: mentions.map { mention in
        let publication = Int(publicationOf[Int(mention)])
        let range = Int(publicationStart[publication])..<Int(publicationStart[publication + 1])
        return HomonymCandidate.Mention(
          publication: Int32(publication), year: publications[publication].year,
          venue: publications[publication].venue,
          coauthors: range.filter { $0 != Int(mention) }.map { clusterOf[$0] },
          titleWords: wordsOfPublication[publication])
      },
      cluster: cluster, coauthorsOfCluster: coauthorIndex, expectedNamesakes: expectedNamesakes,
      titleWordWeights: titleWeights)
  }
}
