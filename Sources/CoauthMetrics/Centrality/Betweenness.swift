import CoauthGraph

/// Options of ``betweennessCentrality(_:options:)``.
public struct BetweennessOptions: Sendable, Hashable {
  /// How path lengths are measured.
  public enum Distance: Sendable, Hashable {
    /// Every edge has length 1 (breadth-first search).
    case hops
    /// An edge of weight `w` has length `1 / w`: strong collaborations are short (Dijkstra).
    case inverseWeight
  }

  /// Divide by the number of ordered node pairs not involving the node, `(n - 1)(n - 2)`
  /// (networkx `normalized=True`); otherwise count each unordered pair once.
  public var normalized: Bool
  public var distance: Distance
  /// Estimate from this many seeded random sources instead of all nodes (networkx `k`); nil or
  /// a value `>= nodeCount` means exact.
  public var sampleSize: Int?
  /// Seed of the source sample.
  public var seed: UInt64

  public init(
    normalized: Bool = true, distance: Distance = .hops, sampleSize: Int? = nil, seed: UInt64 = 0
  ) {
    self.normalized = normalized
    self.distance = distance
    self.sampleSize = sampleSize
    self.seed = seed
  }
}

/// Betweenness centrality: `c(v) = sum over s != v != t of sigma(s, t | v) / sigma(s, t)`, the
/// share of shortest `s`-`t` paths that pass through `v`.
///
/// Normalisation follows networkx's `_rescale` for undirected graphs without endpoints: with
/// `normalized` the sum over ordered pairs is divided by `(n - 1)(n - 2)`; without it each
/// unordered pair counts once. Sampled runs (`sampleSize = k < n`) scale the sum over the `k`
/// sources as networkx 3.5+ does: by `1 / ((k - 1)(n - 2))` for sampled nodes and
/// `1 / (k (n - 2))` for the others when normalised, by `(n - 1) / (2 (k - 1))` and
/// `(n - 1) / (2 k)` when not.
///
/// Exact runs fold the trees hanging off the graph into their roots first (see `LeafPruning`),
/// collapse twins of the remaining kernel (see `TwinCompression`, hop distances only), then run
/// Brandes' algorithm on what is left on all cores; partial sums are combined in
/// a fixed order, so results are bit-identical across runs and core counts.
///
/// - Parameters:
///   - graph: the co-authorship graph.
///   - options: normalisation, distance, sampling.
/// - Returns: one value per node; all zeros when `nodeCount < 3`.
/// - Throws: `MetricsError.invalidParameter` for a `sampleSize` below 1 or a bad source.
/// - Complexity: O(n m) time for hop distances, O(n m log n) with weights; O(n) memory per chunk.
///
/// Brandes 2001, doi:10.1080/0022250X.2001.9990249. Example: the path 0-1-2 gives `[0, 1, 0]`.
public func betweennessCentrality(
  _ graph: CoauthorGraph, options: BetweennessOptions = BetweennessOptions()
) throws(MetricsError) -> [Double] {
  let nodeCount = graph.nodeCount
  if let sampleSize = options.sampleSize {
    guard sampleSize > 0 else {
      throw .invalidParameter(name: "sampleSize", value: Double(sampleSize))
    }
    if sampleSize < nodeCount {
      let sources = betweennessSampleSources(
        nodeCount: nodeCount, sampleSize: sampleSize, seed: options.seed)
      return try betweennessCentrality(graph, sources: sources, options: options)
    }
  }
  let pruning = LeafPruning(graph, inverseWeightLengths: options.distance == .inverseWeight)
  // Hop distances also collapse twins; with lengths, twins would need equal edge lengths too.
  let twins = options.distance == .hops ? TwinCompression(pruning.kernel) : nil
  let (quotient, quotientOldIDs) = (twins?.quotient ?? pruning.kernel).breadthFirstRenumbered()
  let quotientSums = BrandesAccumulation.dependencies(
    on: quotient, sources: (0..<Int32(quotient.nodeCount)).map { $0 },
    sourceWeights: zip(quotient.multiplicity, quotient.classSize).map { $0 * $1 })
  var sumOfClass = [Double](repeating: 0, count: quotient.nodeCount)
  for (index, old) in quotientOldIDs.enumerated() { sumOfClass[Int(old)] = quotientSums[index] }
  var raw = pruning.separatedPairs
  for (kernelNode, original) in pruning.kernelNodes.enumerated() {
    raw[Int(original)] += sumOfClass[Int(twins?.classOf[kernelNode] ?? Int32(kernelNode))]
  }
  return rescaleBetweenness(raw, nodeCount: nodeCount, normalized: options.normalized, sources: nil)
}

/// Betweenness from the given sources only (distinct node ids; repeats count once), scaled like
/// a sample of `sources.count` nodes. With every node as a source this is the exact value.
/// - Complexity: O(k m) for `k` sources with hop distances.
public func betweennessCentrality(
  _ graph: CoauthorGraph, sources: [Int32], options: BetweennessOptions = BetweennessOptions()
) throws(MetricsError) -> [Double] {
  try betweennessFromSources(graph, sources: sources, options: options, withError: false).values
}

/// Betweenness estimated from `sampleSize` seeded random sources (as
/// `betweennessCentrality(_:options:)` with `options.sampleSize`), with the standard error of
/// each estimate: the sources are dealt into independent batches whose spread gives the error
/// (batch means). About 95% of the exact values lie within two standard errors.
public struct SampledBetweenness: Sendable {
  public var values: [Double]
  /// One per node, in the units of `values`; nil when too few sources to tell.
  public var standardErrors: [Double]?
  public var sources: [Int32]
}

/// Betweenness from `sampleSize` seeded sources with its standard errors (see
/// `SampledBetweenness`). A sample as large as the graph is the exact value with zero error.
public func sampledBetweenness(
  _ graph: CoauthorGraph, sampleSize: Int, seed: UInt64,
  options: BetweennessOptions = BetweennessOptions()
) throws(MetricsError) -> SampledBetweenness {
  guard sampleSize > 0 else { throw .invalidParameter(name: "sampleSize", value: Double(sampleSize)) }
  guard sampleSize < graph.nodeCount else {
    let values = try betweennessCentrality(graph, options: options)
    return SampledBetweenness(
      values: values, standardErrors: values.map { _ in 0 },
      sources: (0..<Int32(graph.nodeCount)).map { $0 })
  }
  let sources = betweennessSampleSources(
    nodeCount: graph.nodeCount, sampleSize: sampleSize, seed: seed)
  let result = try betweennessFromSources(graph, sources: sources, options: options, withError: true)
  return SampledBetweenness(values: result.values, standardErrors: result.errors, sources: sources)
}

private func betweennessFromSources(
  _ graph: CoauthorGraph, sources: [Int32], options: BetweennessOptions, withError: Bool
) throws(MetricsError) -> (values: [Double], errors: [Double]?) {
  let nodeCount = graph.nodeCount
  var distinctSources = sources.sorted()
  var write = 0
  for source in distinctSources where write == 0 || distinctSources[write - 1] != source {
    guard source >= 0, Int(source) < nodeCount else {
      throw .invalidParameter(name: "source", value: Double(source))
    }
    distinctSources[write] = source
    write += 1
  }
  distinctSources.removeLast(distinctSources.count - write)
  let full = CompactAdjacency(graph, inverseWeightLengths: options.distance == .inverseWeight)
  // Closed twins get the same values and a search from one of them stands for a search from any
  // (see `TwinCompression`): a sampled source is searched from its class. Only with hop
  // distances, and only where twins make the graph at least 10 % smaller.
  let twins = (options.distance == .hops ? TwinCompression(full) : nil).flatMap { twins in
    Double(twins.quotient.nodeCount) < 0.9 * Double(nodeCount) ? twins : nil
  }
  let (adjacency, oldIDs) = (twins?.quotient ?? full).breadthFirstRenumbered()
  var newID = [Int32](repeating: 0, count: adjacency.nodeCount)
  for (index, old) in oldIDs.enumerated() { newID[Int(old)] = Int32(index) }
  /// The node of the searched graph that stands for `node` of `graph`.
  func searched(_ node: Int) -> Int32 { newID[Int(twins?.classOf[node] ?? Int32(node))] }
  // Sources in random order, so that the batches of the error estimate are random samples.
  var shuffled = distinctSources.map { searched(Int($0)) }
  var generator = SplitMix64(seed: UInt64(distinctSources.count))
  if withError { shuffled.shuffle(using: &generator) }
  let renumbered = BrandesAccumulation.dependenciesWithStandardError(
    on: adjacency, sources: shuffled,
    sourceWeights: [Double](repeating: 1, count: distinctSources.count), withError: withError)
  let raw = (0..<nodeCount).map { renumbered.sum[Int(searched($0))] }
  let isExact = distinctSources.count == nodeCount
  let scaleSources = isExact ? nil : distinctSources
  let values = rescaleBetweenness(
    raw, nodeCount: nodeCount, normalized: options.normalized, sources: scaleSources)
  let errors = renumbered.standardError.map { rawErrors in
    rescaleBetweenness(
      (0..<nodeCount).map { rawErrors[Int(searched($0))] }, nodeCount: nodeCount,
      normalized: options.normalized, sources: scaleSources)
  }
  return (values, errors)
}

/// The `sampleSize` distinct source nodes a sampled betweenness run with `seed` uses, ascending:
/// the first `sampleSize` entries of a `SplitMix64(seed:)` partial Fisher-Yates shuffle of
/// `0..<nodeCount`.
public func betweennessSampleSources(nodeCount: Int, sampleSize: Int, seed: UInt64) -> [Int32] {
  let count = min(max(sampleSize, 0), nodeCount)
  var nodes = (0..<Int32(nodeCount)).map { $0 }
  var generator = SplitMix64(seed: seed)
  for i in 0..<count {
    let j = i + generator.nextInt(below: nodeCount - i)
    nodes.swapAt(i, j)
  }
  return nodes[0..<count].sorted()
}

// MARK: - Helpers

/// networkx `_rescale` for undirected graphs with `endpoints=False`; `raw` sums ordered pairs.
private func rescaleBetweenness(
  _ raw: [Double], nodeCount: Int, normalized: Bool, sources: [Int32]?
) -> [Double] {
  let pairNodes = Double(nodeCount - 1)
  guard nodeCount - 1 >= 2 else { return [Double](repeating: 0, count: nodeCount) }
  guard let sources else {
    let scale = normalized ? 1 / (pairNodes * (pairNodes - 1)) : 0.5
    return raw.map { $0 * scale }
  }
  let k = Double(sources.count)
  let sourceScale: Double
  let otherScale: Double
  if normalized {
    sourceScale = k > 1 ? 1 / ((k - 1) * (pairNodes - 1)) : .nan
    otherScale = 1 / (k * (pairNodes - 1))
  } else {
    sourceScale = k > 1 ? pairNodes / ((k - 1) * 2) : .nan
    otherScale = pairNodes / (k * 2)
  }
  var isSource = [Bool](repeating: false, count: nodeCount)
  for source in sources { isSource[Int(source)] = true }
  return raw.enumerated().map { $0.element * (isSource[$0.offset] ? sourceScale : otherScale) }
}
