extension CoauthorGraph {
  /// Builds the co-authorship graph of `papers` over nodes `0..<nodeCount`.
  ///
  /// Every pair of distinct authors of a paper with `n` distinct authors gains `1 / (n - 1)` of
  /// weight (Newman 2001, doi:10.1103/PhysRevE.64.016132), one joint paper, and the paper's year
  /// in its year range. Single-author papers add no edge but count in `paperCount` and
  /// `soloPaperCount`. Weights are summed in paper order, so both half-edges of an edge hold
  /// bit-identical values.
  ///
  /// - Parameters:
  ///   - nodeCount: number of nodes; every author id must be in `0..<nodeCount`.
  ///   - papers: the publications; repeated author ids within a paper count once.
  ///   - recordPublications: also fill `edgePublicationOffsets` / `edgePublications`.
  /// - Throws: `GraphError.nodeOutOfRange` for a bad author id, `GraphError.tooLarge` when the
  ///   half-edges (or edge-publication links) would not fit `Int32` indices.
  /// - Complexity: O(nodeCount + I log d) for I author-pair incidences and row length d.
  public static func build(
    nodeCount: Int, papers: [GraphPaper], recordPublications: Bool = false
  ) throws(GraphError) -> CoauthorGraph {
    guard nodeCount > 0 else {
      if let paper = papers.first(where: { !$0.authors.isEmpty }), let node = paper.authors.first {
        throw .nodeOutOfRange(node: node, nodeCount: nodeCount)
      }
      return .empty
    }
    guard nodeCount < Int(Int32.max) else { throw .tooLarge(halfEdges: nodeCount) }

    // Pass 1: distinct sorted authors of each paper, per-row incidence counts, paper columns.
    var authorOffsets = [Int](repeating: 0, count: papers.count + 1)
    var flatAuthors = [Int32]()
    flatAuthors.reserveCapacity(papers.reduce(0) { $0 + $1.authors.count })
    var rowCounts = [Int](repeating: 0, count: nodeCount)
    var paperCount = [Int32](repeating: 0, count: nodeCount)
    var soloPaperCount = [Int32](repeating: 0, count: nodeCount)
    var keyWeight = [Double](repeating: 0, count: papers.count)
    var keyYear = [Int32](repeating: 0, count: papers.count)
    var keyPublication = [Int32]()
    if recordPublications { keyPublication.reserveCapacity(papers.count) }
    var scratch = [Int32]()
    var incidenceCount = 0
    for (ordinal, paper) in papers.enumerated() {
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: paper.authors)
      scratch.sort()
      var previous: Int32 = -1
      for author in scratch where author != previous {
        guard author >= 0, Int(author) < nodeCount else {
          throw .nodeOutOfRange(node: author, nodeCount: nodeCount)
        }
        flatAuthors.append(author)
        previous = author
      }
      authorOffsets[ordinal + 1] = flatAuthors.count
      let authorCount = flatAuthors.count - authorOffsets[ordinal]
      for index in authorOffsets[ordinal]..<flatAuthors.count {
        let author = Int(flatAuthors[index])
        paperCount[author] += 1
        if authorCount == 1 { soloPaperCount[author] += 1 }
        rowCounts[author] += authorCount - 1
      }
      incidenceCount += authorCount * (authorCount - 1)
      keyWeight[ordinal] = authorCount > 1 ? 1 / Double(authorCount - 1) : 0
      if let year = paper.year {
        keyYear[ordinal] = Int32(clamping: year)
      }
      if recordPublications { keyPublication.append(paper.publication) }
    }

    // Pass 2: every ordered author pair as (target << 32 | paper ordinal) in the row of the source.
    var cursor = [Int](repeating: 0, count: nodeCount + 1)
    for v in 0..<nodeCount { cursor[v + 1] = cursor[v] + rowCounts[v] }
    let rowStarts = cursor
    let packed = [UInt64](unsafeUninitializedCapacity: incidenceCount) { buffer, count in
      flatAuthors.withUnsafeBufferPointer { authors in
        for ordinal in 0..<papers.count {
          let authorRange = authorOffsets[ordinal]..<authorOffsets[ordinal + 1]
          guard authorRange.count > 1 else { continue }
          let key = UInt64(UInt32(truncatingIfNeeded: ordinal))
          for i in authorRange {
            let source = Int(authors[i])
            var slot = cursor[source]
            for j in authorRange where j != i {
              buffer[slot] = UInt64(UInt32(bitPattern: authors[j])) << 32 | key
              slot += 1
            }
            cursor[source] = slot
          }
        }
      }
      count = incidenceCount
    }
    return try assemble(
      nodeCount: nodeCount, rowStarts: rowStarts, packed: packed,
      keys: IncidenceKeys(
        weight: keyWeight, year: keyYear, publication: keyPublication,
        recordPublications: recordPublications),
      paperCount: paperCount, soloPaperCount: soloPaperCount)
  }

  /// Builds a graph from an undirected weighted edge list over nodes `0..<nodeCount`.
  ///
  /// Repeated pairs merge (weights add, in input order; `papers` counts the repetitions); self
  /// loops are ignored. Years are unknown (0) and `paperCount` is zero.
  /// - Throws: `GraphError.nodeOutOfRange`, `GraphError.invalidWeight` for a weight that is not
  ///   finite and positive, `GraphError.tooLarge`.
  /// - Complexity: O(nodeCount + m log d).
  public static func build(nodeCount: Int, edges: [WeightedEdge]) throws(GraphError)
    -> CoauthorGraph
  {
    guard nodeCount > 0 else {
      if let edge = edges.first { throw .nodeOutOfRange(node: edge.source, nodeCount: nodeCount) }
      return .empty
    }
    guard nodeCount < Int(Int32.max), edges.count < Int(Int32.max) else {
      throw .tooLarge(halfEdges: 2 * edges.count)
    }
    var rowCounts = [Int](repeating: 0, count: nodeCount)
    var keyWeight = [Double](repeating: 0, count: edges.count)
    for (ordinal, edge) in edges.enumerated() {
      for node in [edge.source, edge.target] where node < 0 || Int(node) >= nodeCount {
        throw .nodeOutOfRange(node: node, nodeCount: nodeCount)
      }
      guard edge.weight.isFinite, edge.weight > 0 else {
        throw .invalidWeight(source: edge.source, target: edge.target, weight: edge.weight)
      }
      keyWeight[ordinal] = edge.weight
      if edge.source != edge.target {
        rowCounts[Int(edge.source)] += 1
        rowCounts[Int(edge.target)] += 1
      }
    }
    var cursor = [Int](repeating: 0, count: nodeCount + 1)
    for v in 0..<nodeCount { cursor[v + 1] = cursor[v] + rowCounts[v] }
    let rowStarts = cursor
    let incidenceCount = rowStarts[nodeCount]
    let packed = [UInt64](unsafeUninitializedCapacity: incidenceCount) { buffer, count in
      for (ordinal, edge) in edges.enumerated() where edge.source != edge.target {
        let key = UInt64(UInt32(truncatingIfNeeded: ordinal))
        let u = Int(edge.source)
        let v = Int(edge.target)
        buffer[cursor[u]] = UInt64(UInt32(bitPattern: edge.target)) << 32 | key
        cursor[u] += 1
        buffer[cursor[v]] = UInt64(UInt32(bitPattern: edge.source)) << 32 | key
        cursor[v] += 1
      }
      count = incidenceCount
    }
    return try assemble(
      nodeCount: nodeCount, rowStarts: rowStarts, packed: packed,
      keys: IncidenceKeys(
        weight: keyWeight, year: [Int32](repeating: 0, count: edges.count), publication: [],
        recordPublications: false),
      paperCount: [Int32](repeating: 0, count: nodeCount),
      soloPaperCount: [Int32](repeating: 0, count: nodeCount))
  }
}

// MARK: - Helpers

/// Per-incidence-key columns: the weight, year (0 unknown) and publication index of each key.
private struct IncidenceKeys {
  var weight: [Double]
  var year: [Int32]
  /// Publication index of each key; empty when publications are not recorded.
  var publication: [Int32]
  /// Whether to fill the edge-publication columns.
  var recordPublications: Bool
}

extension CoauthorGraph {
  /// Sorts each row of packed `(target << 32 | key)` incidences and merges equal targets into one
  /// half-edge, summing weights in key order.
  private static func assemble(
    nodeCount: Int, rowStarts: [Int], packed: [UInt64], keys: IncidenceKeys,
    paperCount: [Int32], soloPaperCount: [Int32]
  ) throws(GraphError) -> CoauthorGraph {
    var packed = packed
    var offsets = [Int32](repeating: 0, count: nodeCount + 1)
    var halfEdgeCount = 0
    packed.withUnsafeMutableBufferPointer { buffer in
      for v in 0..<nodeCount {
        var row = UnsafeMutableBufferPointer(rebasing: buffer[rowStarts[v]..<rowStarts[v + 1]])
        row.sort()
        var previous = UInt64.max
        for entry in row where entry >> 32 != previous {
          previous = entry >> 32
          halfEdgeCount += 1
        }
        offsets[v + 1] = Int32(truncatingIfNeeded: min(halfEdgeCount, Int(Int32.max)))
      }
    }
    guard halfEdgeCount < Int(Int32.max) else { throw .tooLarge(halfEdges: halfEdgeCount) }
    let recordPublications = keys.recordPublications
    let edgeCount = halfEdgeCount / 2

    var targets = [Int32](repeating: 0, count: halfEdgeCount)
    var weights = [Double](repeating: 0, count: halfEdgeCount)
    var paperCounts = [Int32](repeating: 0, count: halfEdgeCount)
    var firstYear = [Int32](repeating: 0, count: halfEdgeCount)
    var lastYear = [Int32](repeating: 0, count: halfEdgeCount)
    var edgeSources = [Int32](repeating: 0, count: edgeCount)
    var edgeHalfEdges = [Int32](repeating: 0, count: edgeCount)
    var publicationOffsets = [Int32]()
    var publications = [Int32]()
    if recordPublications { publicationOffsets.reserveCapacity(edgeCount + 1) }
    if recordPublications { publicationOffsets.append(0) }

    var halfEdge = 0
    var edge = 0
    for v in 0..<nodeCount {
      var index = rowStarts[v]
      let end = rowStarts[v + 1]
      while index < end {
        let target = packed[index] >> 32
        var weight = 0.0
        var count: Int32 = 0
        var earliest: Int32 = 0
        var latest: Int32 = 0
        let runStart = index
        while index < end, packed[index] >> 32 == target {
          let key = Int(packed[index] & 0xFFFF_FFFF)
          weight += keys.weight[key]
          count += 1
          let year = keys.year[key]
          if year != 0 {
            if earliest == 0 || year < earliest { earliest = year }
            if latest == 0 || year > latest { latest = year }
          }
          index += 1
        }
        let neighbor = Int32(truncatingIfNeeded: target)
        targets[halfEdge] = neighbor
        weights[halfEdge] = weight
        paperCounts[halfEdge] = count
        firstYear[halfEdge] = earliest
        lastYear[halfEdge] = latest
        if Int(neighbor) > v {
          edgeSources[edge] = Int32(truncatingIfNeeded: v)
          edgeHalfEdges[edge] = Int32(truncatingIfNeeded: halfEdge)
          edge += 1
          if recordPublications {
            for run in runStart..<index {
              publications.append(keys.publication[Int(packed[run] & 0xFFFF_FFFF)])
            }
            guard publications.count < Int(Int32.max) else {
              throw .tooLarge(halfEdges: publications.count)
            }
            publicationOffsets.append(Int32(truncatingIfNeeded: publications.count))
          }
        }
        halfEdge += 1
      }
    }
    return CoauthorGraph(
      offsets: offsets, targets: targets, weights: weights, papers: paperCounts,
      firstYear: firstYear, lastYear: lastYear, edgeSources: edgeSources,
      edgeHalfEdges: edgeHalfEdges, edgePublicationOffsets: publicationOffsets,
      edgePublications: publications, paperCount: paperCount, soloPaperCount: soloPaperCount)
  }
}
