import CoauthGraph
import CoauthModel

/// Burt's structural-hole measures of each node.
public struct Brokerage: Sendable, Hashable {
  /// Burt's constraint: how much a node's contacts are tied to each other; NaN for an isolated
  /// node (as networkx).
  public var constraint: [Double]
  /// Burt's effective size: the non-redundant part of a node's contacts; NaN for an isolated node.
  public var effectiveSize: [Double]

  public init(constraint: [Double], effectiveSize: [Double]) {
    self.constraint = constraint
    self.effectiveSize = effectiveSize
  }
}

/// Burt's constraint and effective size, as networkx `constraint` and `effective_size`.
///
/// With `p(u, v) = w(u, v) / s(u)` (the share of `u`'s tie strength spent on `v`) and
/// `m(u, v) = w(u, v) / max_x w(u, x)`:
/// - constraint `c(v) = sum_{u in N(v)} (p(v, u) + sum_{w in N(v) & N(u)} p(v, w) p(w, u))^2`;
/// - effective size `e(v) = sum_{u in N(v)} (1 - sum_{w in N(v)} p(v, w) m(u, w))`, which unweighted
///   is Borgatti's `d(v) - 2 t(v) / d(v)` for `t(v)` ties among the contacts.
///
/// Indirect terms run over triangles, each listed once by degree-ordered orientation; graphs of
/// `parallelBrokerageMinimumEdges` edges or more list two ranges of lowest corners on two
/// threads.
/// - Parameter weighted: use Newman weights (networkx `weight="weight"`); otherwise every tie
///   weighs 1.
/// - Complexity: O(m^1.5).
/// Burt 1992, *Structural Holes*; Borgatti 1997, *Connections* 20(1). Example: the centre of a
/// star with 3 leaves has constraint `1/3` and effective size 3; a leaf has constraint 1 and
/// effective size 1.
public func brokerage(_ graph: CoauthorGraph, weighted: Bool = true) -> Brokerage {
  brokerage(graph, weighted: weighted, minimumParallelEdges: parallelBrokerageMinimumEdges)
}

/// Graphs with at least this many edges list their triangles in `parallelBrokerageRanges`
/// ranges at once (each range keeps partial sums of all half-edges).
let parallelBrokerageMinimumEdges = 200_000
let parallelBrokerageRanges = 2

/// `brokerage(_:weighted:)`, in ranges from `minimumParallelEdges` edges on.
func brokerage(_ graph: CoauthorGraph, weighted: Bool, minimumParallelEdges: Int) -> Brokerage {
  let nodeCount = graph.nodeCount
  let halfEdgeCount = graph.halfEdgeCount
  let weight: [Double] =
    weighted ? graph.weights : [Double](repeating: 1, count: halfEdgeCount)
  let (share, strongest) = tieShares(graph, weight: weight)
  let reverse = reverseHalfEdges(graph)
  let targets = graph.targets
  // Large graphs: the triangles of two ranges of lowest corners on two threads, each adding
  // into its own partial sums, added in range order afterwards (the same result on any number
  // of cores).
  let oriented = OrientedHalfEdges(graph)
  let ranges = oriented.balancedRanges(
    graph.edgeCount >= minimumParallelEdges ? parallelBrokerageRanges : 1)
  // Per half-edge u -> v: sum_w p(u, w) p(w, v); then per node v: sum_u sum_w p(v, w) m(u, w).
  let sums: [Double] = rangePartialSums(
    rangeCount: ranges.count, width: halfEdgeCount + nodeCount
  ) {
    index, partial in
    let indirect = UnsafeMutableBufferPointer(rebasing: partial[..<halfEdgeCount])
    let redundancy = UnsafeMutableBufferPointer(rebasing: partial[halfEdgeCount...])
    oriented.forEachTriangle(corners: ranges[index]) { ab, bc, ac in
      let a = Int(targets[Int(reverse[ab])])
      let b = Int(targets[ab])
      let c = Int(targets[bc])
      let ba = Int(reverse[ab])
      let cb = Int(reverse[bc])
      let ca = Int(reverse[ac])
      // Two-step paths through the third corner of the triangle.
      indirect[ab] += share[ac] * share[cb]
      indirect[ac] += share[ab] * share[bc]
      indirect[ba] += share[bc] * share[ca]
      indirect[bc] += share[ba] * share[ac]
      indirect[ca] += share[cb] * share[ba]
      indirect[cb] += share[ca] * share[ab]
      // Redundancy of contact u to ego v through their shared contact w: p(v, w) m(u, w).
      redundancy[a] += share[ac] * weight[bc] / strongest[b] + share[ab] * weight[bc] / strongest[c]
      redundancy[b] += share[bc] * weight[ac] / strongest[a] + share[ba] * weight[ac] / strongest[c]
      redundancy[c] += share[cb] * weight[ab] / strongest[a] + share[ca] * weight[ab] / strongest[b]
    }
  }
  let indirect = sums[..<halfEdgeCount]  // indexed from 0, as the half-edges
  let redundancy = Array(sums[halfEdgeCount...])
  var constraint = [Double](repeating: .nan, count: nodeCount)
  var effectiveSize = [Double](repeating: .nan, count: nodeCount)
  for v in 0..<nodeCount where graph.degree(v) > 0 {
    var sum = 0.0
    for h in graph.neighborRange(v) {
      let local = share[h] + indirect[h]
      sum += local * local
    }
    constraint[v] = sum
    effectiveSize[v] = Double(graph.degree(v)) - redundancy[v]
  }
  return Brokerage(constraint: constraint, effectiveSize: effectiveSize)
}

/// Per half-edge `u -> v` the share `p(u, v) = w(u, v) / s(u)` of `u`'s strength, and per node
/// its strongest tie `max_x w(u, x)`.
private func tieShares(_ graph: CoauthorGraph, weight: [Double]) -> (
  share: [Double], strongest: [Double]
) {
  var share = [Double](repeating: 0, count: graph.halfEdgeCount)
  var strongest = [Double](repeating: 0, count: graph.nodeCount)
  for u in 0..<graph.nodeCount {
    let row = graph.neighborRange(u)
    var strength = 0.0
    for h in row {
      strength += weight[h]
      strongest[u] = max(strongest[u], weight[h])
    }
    for h in row { share[h] = weight[h] / strength }
  }
  return (share, strongest)
}
