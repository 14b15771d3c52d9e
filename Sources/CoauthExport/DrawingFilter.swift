/// Chooses a readable part of a large graph and turns it into a ``GraphDrawing``.
///
/// Steps, in order (all deterministic):
/// 1. Self-loops are dropped and parallel edges merged, their weights summed; then merged edges
///    lighter than ``minimumEdgeWeight`` (and NaN weights) are dropped.
/// 2. With an ``ego`` network, only nodes within ``EgoNetwork/radius`` hops of the centre over
///    the remaining edges are candidates.
/// 3. With ``maximumNodes``, the candidates with the highest scores are kept; ties are broken by
///    name, then by index, and NaN scores rank last. The ego centre is always kept.
/// 4. Edges and mentorship ties between kept nodes are kept.
/// 5. With ``dropIsolated``, kept nodes without any kept edge or tie are removed (except the ego
///    centre).
///
/// Nodes appear in their original index order with ids `n<index>`, so drawings of the same
/// data line up; edges are sorted by their (smaller, larger) endpoint positions, ties by
/// (mentor, mentee). Node size is the score divided by the largest kept score; the group is the
/// community; the tooltip gives the name, the score and the community.
public struct DrawingFilter: Sendable, Hashable {
  /// A node and everything within `radius` hops of it.
  public struct EgoNetwork: Sendable, Hashable {
    /// Index of the centre node.
    public var center: Int32
    /// Maximum number of hops from the centre; 0 keeps the centre alone.
    public var radius: Int

    /// The neighbourhood of `center` up to `radius` hops.
    public init(center: Int32, radius: Int = 1) {
      self.center = center
      self.radius = radius
    }
  }

  /// Keep at most this many nodes, the highest-scoring ones. Nil keeps all.
  public var maximumNodes: Int?
  /// Drop co-author edges lighter than this.
  public var minimumEdgeWeight: Double
  /// Restrict the drawing to the neighbourhood of one node.
  public var ego: EgoNetwork?
  /// Remove nodes left without edges.
  public var dropIsolated: Bool

  /// A filter; the defaults keep everything.
  public init(
    maximumNodes: Int? = nil, minimumEdgeWeight: Double = 0, ego: EgoNetwork? = nil,
    dropIsolated: Bool = false
  ) {
    self.maximumNodes = maximumNodes
    self.minimumEdgeWeight = minimumEdgeWeight
    self.ego = ego
    self.dropIsolated = dropIsolated
  }

  /// The drawing of `input` selected by this filter, with `attributes`.
  public func drawing(
    from input: DrawingInput, attributes: DrawingAttributes = DrawingAttributes(),
    numberFormat: NumberFormat = NumberFormat(significantDigits: 3)
  ) throws(ExportError) -> GraphDrawing {
    try input.validate()
    if let maximumNodes, maximumNodes < 0 {
      throw .invalidInput("maximum node count \(maximumNodes) is negative")
    }
    if let ego {
      guard ego.center >= 0, Int(ego.center) < input.nodeCount else {
        throw .invalidInput("ego centre \(ego.center) is outside 0..<\(input.nodeCount)")
      }
      guard ego.radius >= 0 else { throw .invalidInput("ego radius \(ego.radius) is negative") }
    }

    let edges = mergedEdges(of: input)
    var kept = candidates(of: input, edges: edges)
    if let maximumNodes { keepBest(maximumNodes, of: input, in: &kept) }
    if dropIsolated { dropNodesWithoutTies(input: input, edges: edges, kept: &kept) }
    return assemble(
      input: input, edges: edges, kept: kept, attributes: attributes, numberFormat: numberFormat)
  }

  // MARK: - Helpers

  private struct MergedEdge {
    var low: Int32
    var high: Int32
    var weight: Double
  }

  /// Step 1: endpoint-ordered, sorted, merged and then weight-filtered co-author edges.
  private func mergedEdges(of input: DrawingInput) -> [MergedEdge] {
    var edges: [MergedEdge] = []
    edges.reserveCapacity(input.edgeSources.count)
    for index in input.edgeSources.indices {
      let source = input.edgeSources[index]
      let target = input.edgeTargets[index]
      let weight = input.edgeWeights[index]
      guard source != target else { continue }
      edges.append(MergedEdge(low: min(source, target), high: max(source, target), weight: weight))
    }
    edges.sort { ($0.low, $0.high) < ($1.low, $1.high) }
    var merged: [MergedEdge] = []
    merged.reserveCapacity(edges.count)
    for edge in edges {
      if let last = merged.last, last.low == edge.low, last.high == edge.high {
        merged[merged.count - 1].weight += edge.weight
      } else {
        merged.append(edge)
      }
    }
    return merged.filter { $0.weight >= minimumEdgeWeight }
  }

  /// Step 2: all nodes, or the ego neighbourhood found by breadth-first search.
  private func candidates(of input: DrawingInput, edges: [MergedEdge]) -> [Bool] {
    guard let ego else { return Array(repeating: true, count: input.nodeCount) }
    // Adjacency in compressed rows for the search.
    var offsets = [Int](repeating: 0, count: input.nodeCount + 1)
    for edge in edges {
      offsets[Int(edge.low) + 1] += 1
      offsets[Int(edge.high) + 1] += 1
    }
    for node in 0..<input.nodeCount { offsets[node + 1] += offsets[node] }
    var neighbours = [Int32](repeating: 0, count: offsets[input.nodeCount])
    var fill = offsets
    for edge in edges {
      neighbours[fill[Int(edge.low)]] = edge.high
      fill[Int(edge.low)] += 1
      neighbours[fill[Int(edge.high)]] = edge.low
      fill[Int(edge.high)] += 1
    }
    var inside = Array(repeating: false, count: input.nodeCount)
    inside[Int(ego.center)] = true
    var frontier: [Int32] = [ego.center]
    var hops = 0
    while hops < ego.radius, !frontier.isEmpty {
      var next: [Int32] = []
      for node in frontier {
        for neighbour in neighbours[offsets[Int(node)]..<offsets[Int(node) + 1]]
        where !inside[Int(neighbour)] {
          inside[Int(neighbour)] = true
          next.append(neighbour)
        }
      }
      frontier = next
      hops += 1
    }
    return inside
  }

  /// Step 3: keeps the `limit` best-scoring candidates (the ego centre first).
  private func keepBest(_ limit: Int, of input: DrawingInput, in kept: inout [Bool]) {
    var ranked = kept.indices.filter { kept[$0] && $0 != ego.map { Int($0.center) } }
    ranked.sort { left, right in
      let leftScore = input.scores[left]
      let rightScore = input.scores[right]
      if leftScore.isNaN != rightScore.isNaN { return rightScore.isNaN }
      if !leftScore.isNaN, leftScore != rightScore { return leftScore > rightScore }
      if input.names[left] != input.names[right] { return input.names[left] < input.names[right] }
      return left < right
    }
    kept = Array(repeating: false, count: input.nodeCount)
    var remaining = limit
    if let ego, remaining > 0 {
      kept[Int(ego.center)] = true
      remaining -= 1
    }
    for node in ranked.prefix(remaining) { kept[node] = true }
  }

  /// Step 5: removes kept nodes that have no kept edge or mentorship tie.
  private func dropNodesWithoutTies(input: DrawingInput, edges: [MergedEdge], kept: inout [Bool]) {
    var tied = Array(repeating: false, count: input.nodeCount)
    for edge in edges where kept[Int(edge.low)] && kept[Int(edge.high)] {
      tied[Int(edge.low)] = true
      tied[Int(edge.high)] = true
    }
    for index in input.mentorSources.indices {
      let mentor = Int(input.mentorSources[index])
      let mentee = Int(input.mentorTargets[index])
      if mentor != mentee, kept[mentor], kept[mentee] {
        tied[mentor] = true
        tied[mentee] = true
      }
    }
    for node in kept.indices where kept[node] && !tied[node] && node != ego.map({ Int($0.center) })
    {
      kept[node] = false
    }
  }

  /// Step 4 and the final drawing.
  private func assemble(
    input: DrawingInput, edges: [MergedEdge], kept: [Bool], attributes: DrawingAttributes,
    numberFormat: NumberFormat
  ) -> GraphDrawing {
    var position = [Int](repeating: -1, count: input.nodeCount)
    var keptNodes: [Int] = []
    for node in kept.indices where kept[node] {
      position[node] = keptNodes.count
      keptNodes.append(node)
    }
    let largestScore =
      keptNodes.lazy.map { input.scores[$0] }.filter { $0.isFinite && $0 > 0 }.max() ?? 0
    let nodes = keptNodes.map { node in
      let score = input.scores[node]
      let community = input.communities.map { Int($0[node]) }.flatMap { $0 >= 0 ? $0 : nil }
      let cohort = input.cohorts.map { Int($0[node]) }.flatMap { $0 > 0 ? $0 : nil }
      var tooltip = input.names[node] + "\n" + input.scoreName + ": " + numberFormat.string(score)
      if let community { tooltip += "\ncommunity: \(community)" }
      if let cohort { tooltip += "\nfirst publication: \(cohort)" }
      return DrawingNode(
        id: "n\(node)", label: input.names[node],
        size: largestScore > 0 && score.isFinite ? max(score, 0) / largestScore : 0,
        group: community, tooltip: tooltip, cohort: cohort)
    }
    let drawnEdges = edges.compactMap { edge -> DrawingEdge? in
      let low = position[Int(edge.low)]
      let high = position[Int(edge.high)]
      guard low >= 0, high >= 0 else { return nil }
      return DrawingEdge(source: low, target: high, weight: edge.weight)
    }
    var ties: [DrawingEdge] = []
    for index in input.mentorSources.indices {
      let mentor = position[Int(input.mentorSources[index])]
      let mentee = position[Int(input.mentorTargets[index])]
      guard mentor >= 0, mentee >= 0, mentor != mentee else { continue }
      ties.append(DrawingEdge(source: mentor, target: mentee, weight: input.mentorWeights[index]))
    }
    ties.sort { ($0.source, $0.target) < ($1.source, $1.target) }
    return GraphDrawing(
      nodes: nodes, edges: drawnEdges, directedEdges: ties, attributes: attributes)
  }
}
