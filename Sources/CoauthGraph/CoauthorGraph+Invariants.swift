extension CoauthorGraph {
  /// Checks every structural invariant and returns a description of each violation (empty when
  /// the graph is well formed): monotone offsets, column lengths, in-range sorted duplicate-free
  /// rows without self loops, symmetric adjacency with equal half-edge columns, and a consistent
  /// edge view. Meant for tests.
  /// - Complexity: O(n + m log d).
  public func _checkInvariants() -> [String] {
    var problems = [String]()
    guard let first = offsets.first, first == 0 else { return ["offsets must start with 0"] }
    if Int(offsets[nodeCount]) != targets.count {
      problems.append("offsets.last \(offsets[nodeCount]) != targets.count \(targets.count)")
    }
    for (name, count) in [
      ("weights", weights.count), ("papers", papers.count), ("firstYear", firstYear.count),
      ("lastYear", lastYear.count),
    ] where count != targets.count {
      problems.append("\(name).count \(count) != targets.count \(targets.count)")
    }
    if paperCount.count != nodeCount || soloPaperCount.count != nodeCount {
      problems.append("node columns must have nodeCount entries")
    }
    if targets.count % 2 != 0 || edgeSources.count * 2 != targets.count
      || edgeHalfEdges.count != edgeSources.count
    {
      problems.append("edge view must have targets.count / 2 edges")
    }
    guard problems.isEmpty else { return problems }
    for v in 0..<nodeCount {
      guard offsets[v] <= offsets[v + 1] else {
        problems.append("offsets decrease at node \(v)")
        return problems
      }
    }
    for v in 0..<nodeCount {
      var previous: Int32 = -1
      for h in neighborRange(v) {
        let w = targets[h]
        if w < 0 || Int(w) >= nodeCount {
          problems.append("node \(v): neighbour \(w) out of range")
          continue
        }
        if Int(w) == v { problems.append("node \(v): self loop") }
        if w <= previous { problems.append("node \(v): row not strictly ascending at \(w)") }
        previous = w
        guard let back = halfEdge(from: Int(w), to: v) else {
          problems.append("edge \(v)-\(w) has no reverse half-edge")
          continue
        }
        if weights[back] != weights[h] || papers[back] != papers[h]
          || firstYear[back] != firstYear[h] || lastYear[back] != lastYear[h]
        {
          problems.append("edge \(v)-\(w): half-edge columns differ")
        }
        if firstYear[h] > lastYear[h] { problems.append("edge \(v)-\(w): firstYear > lastYear") }
      }
    }
    var expectedEdge = 0
    for v in 0..<nodeCount {
      for h in neighborRange(v) where Int(targets[h]) > v {
        if expectedEdge < edgeCount,
          edgeSources[expectedEdge] != Int32(v) || Int(edgeHalfEdges[expectedEdge]) != h
        {
          problems.append("edge \(expectedEdge) does not match half-edge \(h) of node \(v)")
        }
        expectedEdge += 1
      }
    }
    if hasEdgePublications {
      if edgePublicationOffsets.count != edgeCount + 1 || edgePublicationOffsets.first != 0
        || edgePublicationOffsets.last.map(Int.init) != edgePublications.count
      {
        problems.append("edgePublicationOffsets inconsistent with edgePublications")
      } else {
        for e in 0..<edgeCount {
          let count = edgePublicationOffsets[e + 1] - edgePublicationOffsets[e]
          if count != papers[Int(edgeHalfEdges[e])] {
            problems.append("edge \(e): \(count) publications but papers = \(papers[e])")
          }
        }
      }
    }
    return problems
  }
}
