/// Collapses closed twins, nodes with the same closed neighbourhood (`N[u] = N[v]`), into one
/// node each, for exact hop-distance betweenness (Sariyüce, Saule, Kaya and Çatalyürek 2013,
/// "Shattering and compressing networks for betweenness centrality", doi:10.1137/1.9781611972832.76).
///
/// Co-authorship graphs are full of them: the authors of a paper who wrote nothing else form a
/// clique whose members all see the same neighbours. Twins lie on the same shortest paths and get
/// the same betweenness, and a path never needs to pass through a twin of its own source, so one
/// traversal per class, from one member, stands for the whole class. Within a traversal a class of
/// `c` twins carries `c` times the paths of one member onward (`classSize`); the class of the
/// source carries only the source's. Only twins of equal multiplicity are joined.
struct TwinCompression {
  /// The quotient graph: one node per class, with `classSize` set.
  var quotient: CompactAdjacency
  /// Class of each node of the input.
  var classOf: [Int32]

  init(_ graph: CompactAdjacency) {
    let n = graph.nodeCount
    // Closed neighbourhoods, sorted, as slices of one buffer.
    var closed = [Int32]()
    closed.reserveCapacity(graph.targets.count + n)
    var start = [Int](repeating: 0, count: n + 1)
    for v in 0..<n {
      let rowStart = closed.count
      closed.append(contentsOf: graph.targets[Int(graph.offsets[v])..<Int(graph.offsets[v + 1])])
      closed.append(Int32(v))
      closed[rowStart...].sort()
      start[v + 1] = closed.count
    }
    func row(_ v: Int) -> ArraySlice<Int32> { closed[start[v]..<start[v + 1]] }
    var classOf = [Int32](repeating: -1, count: n)
    var representatives = [Int32]()
    var candidatesOfKey: [Int: [Int32]] = [:]
    for v in 0..<n {
      var hasher = Hasher()
      hasher.combine(graph.multiplicity[v])
      for u in row(v) { hasher.combine(u) }
      let key = hasher.finalize()
      let found = candidatesOfKey[key]?.first { representative in
        graph.multiplicity[Int(representative)] == graph.multiplicity[v]
          && row(Int(representative)) == row(v)
      }
      if let found {
        classOf[v] = classOf[Int(found)]
      } else {
        classOf[v] = Int32(representatives.count)
        representatives.append(Int32(v))
        candidatesOfKey[key, default: []].append(Int32(v))
      }
    }
    var classSize = [Double](repeating: 0, count: representatives.count)
    for v in 0..<n { classSize[Int(classOf[v])] += 1 }
    // Twin classes are joined completely or not at all, so a representative's row says it all.
    var offsets = [Int32](repeating: 0, count: representatives.count + 1)
    var targets = [Int32]()
    targets.reserveCapacity(graph.targets.count)
    var seen = [Int32](repeating: -1, count: representatives.count)
    for (index, representative) in representatives.enumerated() {
      let own = Int32(index)
      for u in row(Int(representative)) {
        let other = classOf[Int(u)]
        guard other != own, seen[Int(other)] != own else { continue }
        seen[Int(other)] = own
        targets.append(other)
      }
      offsets[index + 1] = Int32(targets.count)
    }
    quotient = CompactAdjacency(
      offsets: offsets, targets: targets, lengths: [],
      multiplicity: representatives.map { graph.multiplicity[Int($0)] }, classSize: classSize)
    self.classOf = classOf
  }
}
