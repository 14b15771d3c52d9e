import CoauthGraph
import CoauthMetrics
import Foundation
import Testing

/// Timings on a synthetic co-authorship graph (about 25k authors, 100k edges). Runs only with
/// `COAUTH_PERF=1`, best in release: `COAUTH_PERF=1 swift test -c release --filter Performance`.
/// With `COAUTH_PERF_EDGES=<file>` it also writes the edge list (`u v weight` lines) for
/// comparisons with other libraries (`scripts/oracle/bench_reference.py`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["COAUTH_PERF"] == "1"))
struct PerformanceTests {
  /// Papers of 1 to 6 authors; half the authors of a paper are drawn in proportion to their
  /// previous papers (preferential attachment), half uniformly.
  static func syntheticPapers(authorCount: Int, paperCount: Int, seed: UInt64) -> [GraphPaper] {
    var generator = SplitMix64(seed: seed)
    var authorships = [Int32]()
    var papers = [GraphPaper]()
    let sizes = [1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6]
    for index in 0..<paperCount {
      let size = sizes[generator.nextInt(below: sizes.count)]
      var authors = [Int32]()
      for _ in 0..<size {
        if !authorships.isEmpty, generator.nextInt(below: 2) == 0 {
          authors.append(authorships[generator.nextInt(below: authorships.count)])
        } else {
          authors.append(Int32(generator.nextInt(below: authorCount)))
        }
      }
      authorships.append(contentsOf: authors)
      papers.append(
        GraphPaper(authors: authors, year: 1990 + index % 30, publication: Int32(index)))
    }
    return papers
  }

  @Test func timings() throws {
    let clock = ContinuousClock()
    func time<T>(_ label: String, _ body: () throws -> T) throws -> T {
      var result: T?
      let duration = try clock.measure { result = try body() }
      let seconds = Double(duration.components.seconds)
        + Double(duration.components.attoseconds) / 1e18
      print(String(format: "perf %-28@ %9.3f s", label as NSString, seconds))
      // `result` is always set once `body` returned.
      return try #require(result)
    }
    let papers = Self.syntheticPapers(authorCount: 25_000, paperCount: 32_000, seed: 1)
    let graph = try time("build") {
      try CoauthorGraph.build(nodeCount: 25_000, papers: papers, recordPublications: true)
    }
    let components = connectedComponents(graph)
    let leaves = (0..<graph.nodeCount).filter { graph.degree($0) == 1 }.count
    print(
      "perf graph n=\(graph.nodeCount) m=\(graph.edgeCount) giant=\(components.sizes.first ?? 0)"
        + " components=\(components.count) leaves=\(leaves)")
    if let path = ProcessInfo.processInfo.environment["COAUTH_PERF_EDGES"] {
      var text = ""
      for e in 0..<graph.edgeCount {
        let (u, v) = graph.edgeEndpoints(e)
        text += "\(u) \(v) \(graph.weights[Int(graph.edgeHalfEdges[e])])\n"
      }
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let exact = try time("betweenness exact") { try betweennessCentrality(graph) }
    _ = try time("betweenness weighted k=1000") {
      try betweennessCentrality(graph, options: .init(distance: .inverseWeight, sampleSize: 1000))
    }
    _ = try time("betweenness k=500") {
      try betweennessCentrality(graph, options: .init(sampleSize: 500))
    }
    _ = try time("closeness+harmonic") { distanceCentralities(graph) }
    _ = try time("pagerank") { try pageRank(graph) }
    _ = try time("eigenvector") { try eigenvectorCentrality(graph) }
    let louvain = try time("louvain") { try louvainCommunities(graph) }
    _ = try time("k-core") { coreNumbers(graph) }
    _ = try time("clustering") { clusteringCoefficients(graph) }
    _ = try time("components") { connectedComponents(graph) }
    print("perf louvain communities=\(louvain.count) modularity=\(louvain.modularity)")
    print("perf betweenness max=\(exact.max() ?? 0)")
  }
}
