import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// A per-author value that can size the nodes of a drawing.
public enum DrawingScore: String, Sendable, CaseIterable {
  case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, core, papers

  /// The values of this score in `analysis`, or nil when it was not computed.
  public func values(in analysis: Analysis) -> [Double]? {
    let metrics = analysis.metrics
    let values: [Double] =
      switch self {
      case .degree: metrics.degree.map(Double.init)
      case .strength: metrics.strength
      case .betweenness: metrics.betweenness
      case .closeness: metrics.closeness
      case .harmonic: metrics.harmonic
      case .eigenvector: metrics.eigenvector
      case .pagerank: metrics.pageRank
      case .core: metrics.core.map(Double.init)
      case .papers: analysis.activity.papers.map(Double.init)
      }
    return values.count == analysis.resolution.authors.count ? values : nil
  }
}

extension DrawingInput {
  /// The graph of `analysis` ready for a ``DrawingFilter``: co-author edges weighted by Newman
  /// weight, nodes scored by `score`, coloured by community, with cohorts (first-publication
  /// year) and the inferred mentorship ties.
  public init(_ analysis: Analysis, score: DrawingScore) throws(ExportError) {
    guard let scores = score.values(in: analysis) else {
      throw .invalidInput("the \(score.rawValue) metric was not computed in this run")
    }
    let graph = analysis.graph
    let edgeTargets = graph.edgeHalfEdges.map { graph.targets[Int($0)] }
    let edgeWeights = graph.edgeHalfEdges.map { graph.weights[Int($0)] }
    let communities = analysis.metrics.communities.membership
    self.init(
      nodeCount: graph.nodeCount, edgeSources: graph.edgeSources, edgeTargets: edgeTargets,
      edgeWeights: edgeWeights, scores: scores, scoreName: score.rawValue,
      names: analysis.resolution.authors.names,
      communities: communities.count == graph.nodeCount ? communities : nil,
      cohorts: analysis.activity.firstYear.map { Int32($0 ?? 0) },
      mentorSources: analysis.mentorship.map(\.mentor),
      mentorTargets: analysis.mentorship.map(\.mentee),
      mentorWeights: analysis.mentorship.map(\.score))
  }
}
