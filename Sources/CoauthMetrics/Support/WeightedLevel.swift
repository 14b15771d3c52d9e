import CoauthGraph

/// A weighted graph as the community algorithms see it at each level: CSR rows without self
/// loops, and the self-loop weight of each node (the weight inside the group of the nodes it
/// was contracted from, each edge once).
struct WeightedLevel {
  var offsets: [Int32]
  var targets: [Int32]
  var weights: [Double]
  var selfLoops: [Double]

  var nodeCount: Int { offsets.count - 1 }

  /// The first level: `graph` itself, each edge weighing 1 unless `weighted`.
  init(_ graph: CoauthorGraph, weighted: Bool) {
    offsets = graph.offsets
    targets = graph.targets
    weights = weighted ? graph.weights : [Double](repeating: 1, count: graph.halfEdgeCount)
    selfLoops = [Double](repeating: 0, count: graph.nodeCount)
  }

  /// The level whose nodes are the groups of `labels` (`0..<groupCount`): edges between groups
  /// add up (rows sorted), and edges inside a group become its self-loop weight (each edge
  /// once) on top of the members' own self loops.
  func contracted(by labels: [Int32], groupCount: Int) -> WeightedLevel {
    var memberStart = [Int](repeating: 0, count: groupCount + 1)
    for label in labels { memberStart[Int(label) + 1] += 1 }
    for c in 0..<groupCount { memberStart[c + 1] += memberStart[c] }
    var fill = memberStart
    var members = [Int32](repeating: 0, count: nodeCount)
    for v in 0..<nodeCount {
      let c = Int(labels[v])
      members[fill[c]] = Int32(v)
      fill[c] += 1
    }
    var newOffsets = [Int32](repeating: 0, count: groupCount + 1)
    var newTargets = [Int32]()
    var newWeights = [Double]()
    newTargets.reserveCapacity(targets.count)
    newWeights.reserveCapacity(targets.count)
    var newSelfLoops = [Double](repeating: 0, count: groupCount)
    // Scratch arrays as raw buffers: this loop is about a fifth of Leiden's time.
    let weightTo = ScratchBuffer<Double>(count: groupCount, repeating: 0)
    let seen = ScratchBuffer<Bool>(count: groupCount, repeating: false)
    defer {
      weightTo.deallocate()
      seen.deallocate()
    }
    var touched = [Int32]()
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
          labels.withUnsafeBufferPointer { labels in
            for c in 0..<groupCount {
              touched.removeAll(keepingCapacity: true)
              var internalHalfEdges = 0.0
              for index in memberStart[c]..<memberStart[c + 1] {
                let u = Int(members[index])
                newSelfLoops[c] += selfLoops[u]
                for h in Int(offsets[u])..<Int(offsets[u + 1]) {
                  let d = Int(labels[Int(targets[h])])
                  if d == c {
                    internalHalfEdges += weights[h]
                  } else {
                    if !seen[d] {
                      seen[d] = true
                      touched.append(Int32(d))
                    }
                    weightTo[d] += weights[h]
                  }
                }
              }
              newSelfLoops[c] += internalHalfEdges / 2
              touched.sort()
              for d in touched {
                newTargets.append(d)
                newWeights.append(weightTo[Int(d)])
                weightTo[Int(d)] = 0
                seen[Int(d)] = false
              }
              newOffsets[c + 1] = Int32(newTargets.count)
            }
          }
        }
      }
    }
    return WeightedLevel(
      offsets: newOffsets, targets: newTargets, weights: newWeights, selfLoops: newSelfLoops)
  }

  private init(offsets: [Int32], targets: [Int32], weights: [Double], selfLoops: [Double]) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.selfLoops = selfLoops
  }

  /// `labels` renumbered `0..<count` in order of first appearance.
  static func compacted(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
    var compact = [Int32](repeating: -1, count: labels.count)
    var count: Int32 = 0
    var result = [Int32](repeating: 0, count: labels.count)
    for (v, label) in labels.enumerated() {
      if compact[Int(label)] < 0 {
        compact[Int(label)] = count
        count += 1
      }
      result[v] = compact[Int(label)]
    }
    return (result, Int(count))
  }
}
