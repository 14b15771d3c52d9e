import CoauthGraph
import CoauthTestSupport
import Foundation
import Testing

/// A graph with networkx reference values, written by `scripts/oracle/expected.py`.
struct OracleGraph: Decodable, CustomTestStringConvertible {
  var name: String
  var nodeCount: Int
  var edges: [[Double]]
  var papers: [[Int32]]?
  var degree: [Int]
  var strength: [Double]
  var betweenness: [Double]
  var betweennessUnnormalized: [Double]
  var betweennessWeighted: [Double]
  var betweennessSources: [Int32]
  var betweennessSampled: [Double]
  var betweennessSampledUnnormalized: [Double]
  var closeness: [Double]
  var closenessPlain: [Double]
  var harmonic: [Double]
  var closenessWeighted: [Double]
  var harmonicWeighted: [Double]
  var eigenvector: [Double]
  var eigenvectorWeighted: [Double]
  var pagerank: [Double]
  var pagerankUnweighted: [Double]
  var coreNumber: [Double]
  var clustering: [Double]
  var triangles: [Double]
  var components: [[Int32]]
  var louvainModularityMean: Double
  var louvainModularityMax: Double
  var louvainMembership: [Int32]
  var modularityOfMembership: Double
  var modularityOfMembershipUnweighted: Double
  var trussEdges: [Int32]
  var trussNodes: [Int32]
  var transitivity: Double
  var averageClustering: Double
  var assortativity: Double?
  var assortativityWeighted: Double?
  var giantNode: Int
  var giantDiameter: Int
  var giantAveragePathLength: Double
  var bridges: [[Int32]]
  var separatedComponents: [Int32]
  var constraint: [Double?]
  var constraintUnweighted: [Double?]
  var effectiveSize: [Double?]
  var effectiveSizeUnweighted: [Double?]
  var igraphLeidenModularityMean: Double
  var igraphLeidenModularityMax: Double
  var igraphLeidenModularityStableMean: Double
  var igraphLeidenModularityStableMax: Double

  var testDescription: String { name }

  static let names = [
    "karate", "lesmis", "florentine", "davis-women", "random-components", "random-papers",
  ]

  static func load(_ name: String, filePath: String = #filePath) throws -> OracleGraph {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Oracle").appendingPathComponent("\(name).json")
    return try JSONDecoder().decode(OracleGraph.self, from: Data(contentsOf: url))
  }

  /// The graph from the edge list with the given weights.
  func graph() throws -> CoauthorGraph {
    try CoauthorGraph.build(
      nodeCount: nodeCount,
      edges: edges.map { WeightedEdge(Int32($0[0]), Int32($0[1]), weight: $0[2]) })
  }
}

/// Expects `actual` to match `expected` where networkx gives a number, and NaN where it gives
/// none (`null` in the JSON).
func expectClose(
  _ actual: [Double], _ expected: [Double?], relative: Double = 1e-7, absolute: Double = 1e-9,
  _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let undefined = expected.indices.filter { expected[$0] == nil }
  for index in undefined where index < actual.count && !actual[index].isNaN {
    Issue.record("\(label)[\(index)] = \(actual[index]), expected NaN", sourceLocation: sourceLocation)
    return
  }
  expectClose(
    actual.enumerated().map { expected[$0.offset] == nil ? 0 : $0.element },
    expected.map { $0 ?? 0 }, relative: relative, absolute: absolute, label,
    sourceLocation: sourceLocation)
}

/// Expects `actual` to match `expected` element-wise to a relative and absolute tolerance.
func expectClose(
  _ actual: [Double], _ expected: [Double], relative: Double = 1e-7, absolute: Double = 1e-9,
  _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  guard actual.count == expected.count else {
    Issue.record(
      "\(label): \(actual.count) values, expected \(expected.count)",
      sourceLocation: sourceLocation)
    return
  }
  for index in actual.indices
  where !isApproximatelyEqual(
    actual[index], expected[index], relative: relative, absolute: absolute)
  {
    Issue.record(
      "\(label)[\(index)] = \(actual[index]), expected \(expected[index])",
      sourceLocation: sourceLocation)
    return
  }
}
