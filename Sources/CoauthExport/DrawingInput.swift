/// The full graph and its per-node values as plain arrays, the input of ``DrawingFilter``.
///
/// Node `i` has `names[i]`, `scores[i]` and so on; edges are parallel arrays
/// (`edgeSources[k]`, `edgeTargets[k]`, `edgeWeights[k]`) of node indices, each undirected edge
/// listed once. Mentorship ties are mentor → mentee index pairs.
public struct DrawingInput: Sendable {
  /// Number of nodes; every per-node array has this length.
  public var nodeCount: Int
  /// First endpoint of each co-author edge.
  public var edgeSources: [Int32]
  /// Second endpoint of each co-author edge.
  public var edgeTargets: [Int32]
  /// Weight of each co-author edge.
  public var edgeWeights: [Double]
  /// The value used to rank and size nodes (the chosen centrality).
  public var scores: [Double]
  /// What the score is called in tooltips, such as `pagerank`.
  public var scoreName: String
  /// Display names.
  public var names: [String]
  /// Community of each node; negative means none. Nil when communities were not computed.
  public var communities: [Int32]?
  /// First-publication year of each node; 0 or negative means unknown.
  public var cohorts: [Int32]?
  /// Mentor of each mentorship tie.
  public var mentorSources: [Int32]
  /// Mentee of each mentorship tie.
  public var mentorTargets: [Int32]
  /// Confidence or weight of each mentorship tie.
  public var mentorWeights: [Double]

  /// The graph as parallel arrays; see the properties.
  public init(
    nodeCount: Int, edgeSources: [Int32], edgeTargets: [Int32], edgeWeights: [Double],
    scores: [Double], scoreName: String = "score", names: [String],
    communities: [Int32]? = nil, cohorts: [Int32]? = nil,
    mentorSources: [Int32] = [], mentorTargets: [Int32] = [], mentorWeights: [Double] = []
  ) {
    self.nodeCount = nodeCount
    self.edgeSources = edgeSources
    self.edgeTargets = edgeTargets
    self.edgeWeights = edgeWeights
    self.scores = scores
    self.scoreName = scoreName
    self.names = names
    self.communities = communities
    self.cohorts = cohorts
    self.mentorSources = mentorSources
    self.mentorTargets = mentorTargets
    self.mentorWeights = mentorWeights
  }

  /// Checks array lengths and that every index is a node.
  public func validate() throws(ExportError) {
    guard nodeCount >= 0, nodeCount <= Int(Int32.max) else {
      throw .invalidInput("node count \(nodeCount) is out of range")
    }
    let perNode: [(String, Int?)] = [
      ("scores", scores.count), ("names", names.count), ("communities", communities?.count),
      ("cohorts", cohorts?.count),
    ]
    for case (let name, let count?) in perNode where count != nodeCount {
      throw .invalidInput("\(name) has \(count) values for \(nodeCount) nodes")
    }
    guard edgeSources.count == edgeTargets.count, edgeSources.count == edgeWeights.count else {
      throw .invalidInput(
        "edge arrays differ in length: \(edgeSources.count) sources, \(edgeTargets.count) "
          + "targets, \(edgeWeights.count) weights")
    }
    guard mentorSources.count == mentorTargets.count, mentorSources.count == mentorWeights.count
    else {
      throw .invalidInput(
        "mentorship arrays differ in length: \(mentorSources.count) mentors, "
          + "\(mentorTargets.count) mentees, \(mentorWeights.count) weights")
    }
    let limit = Int32(nodeCount)
    for endpoints in [edgeSources, edgeTargets, mentorSources, mentorTargets] {
      if let bad = endpoints.first(where: { $0 < 0 || $0 >= limit }) {
        throw .invalidInput("node index \(bad) is outside 0..<\(nodeCount)")
      }
    }
  }
}
