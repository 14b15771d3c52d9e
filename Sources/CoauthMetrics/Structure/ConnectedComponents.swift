import CoauthGraph

/// The connected components of a graph.
public struct ConnectedComponents: Sendable, Hashable {
  /// Component id of each node. Ids run by decreasing size, ties by smallest node: component 0
  /// is the giant component.
  public var componentOfNode: [Int32]
  /// Number of nodes of each component, non-increasing.
  public var sizes: [Int]

  public init(componentOfNode: [Int32], sizes: [Int]) {
    self.componentOfNode = componentOfNode
    self.sizes = sizes
  }

  /// Number of components (isolated nodes count as components).
  public var count: Int { sizes.count }

  /// The nodes of component `id`, ascending.
  public func nodes(of id: Int) -> [Int32] {
    componentOfNode.indices.filter { Int(componentOfNode[$0]) == id }.map { Int32($0) }
  }
}

/// Connected components by breadth-first search.
///
/// - Returns: component ids ordered by decreasing size, ties broken by the smallest node.
/// - Complexity: O(n + m).
/// The null graph has no component; each isolated node is its own component.
public func connectedComponents(_ graph: CoauthorGraph) -> ConnectedComponents {
  let nodeCount = graph.nodeCount
  var label = [Int32](repeating: -1, count: nodeCount)
  var discoveredSizes = [Int]()
  var queue = [Int32](repeating: 0, count: nodeCount)
  graph.offsets.withUnsafeBufferPointer { offsets in
    graph.targets.withUnsafeBufferPointer { targets in
      for start in 0..<nodeCount where label[start] < 0 {
        let id = Int32(discoveredSizes.count)
        label[start] = id
        queue[0] = Int32(start)
        var head = 0
        var tail = 1
        while head < tail {
          let v = Int(queue[head])
          head += 1
          for h in Int(offsets[v])..<Int(offsets[v + 1]) {
            let w = Int(targets[h])
            if label[w] < 0 {
              label[w] = id
              queue[tail] = Int32(w)
              tail += 1
            }
          }
        }
        discoveredSizes.append(tail)
      }
    }
  }
  // Discovery order is by smallest node, so a stable sort by size keeps that tie order.
  let ranked = discoveredSizes.indices.sorted {
    discoveredSizes[$0] != discoveredSizes[$1]
      ? discoveredSizes[$0] > discoveredSizes[$1] : $0 < $1
  }
  var rank = [Int32](repeating: 0, count: ranked.count)
  for (position, id) in ranked.enumerated() { rank[id] = Int32(position) }
  return ConnectedComponents(
    componentOfNode: label.map { rank[Int($0)] }, sizes: ranked.map { discoveredSizes[$0] })
}
