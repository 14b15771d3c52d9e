import CoauthGraph

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
/// Indirect terms run over triangles, each listed once by degree-ordered orientation.
/// - Parameter weighted: use Newman weights (networkx `weight="weight"`); otherwise every tie
///   weighs 1.
/// - Complexity: O(m^1.5).
/// Burt 1992, *Structural Holes*; Borgatti 1997, *Connections* 20(1). Example: the centre of a
/// star with 3 leaves has constraint `1/3` and effective size 3; a leaf has constraint 1 and
/// effective size 1.
public func brokerage(_ graph: CoauthorGraph, weighted: Bool = true) -> Brokerage {
  let nodeCount = graph.nodeCount
  let halfEdgeCount = graph.halfEdgeCount
  let weight: [Double] =
    weighted ? graph.weights : [Double](repeating: 1, count: halfEdgeCount)
  var strength = [Double](repeating: 0, count: nodeCount)
  var strongest = [Double](repeating: 0, count: nodeCount)
  var share = [Double](repeating: 0, count: halfEdgeCount)  // p(u, v) of half-edge u -> v
  for u in 0..<nodeCount {
    let row = graph.neighborRange(u)
    for h in row {
      strength[u] += weight[h]
      strongest[u] = max(strongest[u], weight[h])
    }
    for h in row { share[h] = weight[h] / strength[u] }
  }
  let reverse = reverseHalfEdges(graph)
  var indirect = [Double](repeating: 0, count: halfEdgeCount)  // sum_w p(u, w) p(w, v)
  var redundancy = [Double](repeating: 0, count: nodeCount)  // sum_u sum_w p(v, w) m(u, w)
  forEachTriangle(graph) { ab, bc, ac in
    let a = Int(graph.targets[Int(reverse[ab])])
    let b = Int(graph.targets[ab])
    let c = Int(graph.targets[bc])
    let ba = Int(reverse[ab])
    let cb = Int(reverse[bc])
    let ca = Int(reverse[ac])
    // Two-step paths through the third corner of the triangle.
    indirect[ab] += share[ac] * share[Int(cb)]
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
