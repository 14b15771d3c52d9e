/// An immutable undirected co-authorship graph in compressed sparse row (CSR) form.
///
/// Nodes are `0..<nodeCount` (`AuthorIndex` values). Row `v` of the adjacency is
/// `targets[neighborRange(v)]`: sorted ascending, without self loops or duplicates, and symmetric
/// (`u` lists `v` exactly when `v` lists `u`). Each stored neighbour is a *half-edge*; the columns
/// `weights`, `papers`, `firstYear` and `lastYear` run parallel to `targets`, so both half-edges of
/// an edge carry the same values. Undirected edges are numbered `0..<edgeCount` in order of
/// `(u, v)` with `u < v`; `edgeHalfEdges[e]` is the half-edge of `e` in row `u`.
///
/// The layout follows igraph's indexed edge list and keeps ids as `Int32` to halve memory
/// traffic. Build one with ``build(nodeCount:papers:recordPublications:)`` or
/// ``build(nodeCount:edges:)``.
public struct CoauthorGraph: Sendable {
  /// Row starts: `nodeCount + 1` entries, `offsets[0] == 0`, `offsets[nodeCount] == 2 * edgeCount`.
  public let offsets: [Int32]
  /// Neighbour of each half-edge; rows sorted ascending.
  public let targets: [Int32]
  /// Newman's collaboration weight of each half-edge: the sum over joint papers of `1 / (n - 1)`,
  /// where `n` is the paper's number of authors (or the given weight for edge-list graphs).
  public let weights: [Double]
  /// Number of joint papers of each half-edge.
  public let papers: [Int32]
  /// Earliest year of a joint paper with a known year, or 0 when no year is known.
  public let firstYear: [Int32]
  /// Latest year of a joint paper with a known year, or 0 when no year is known.
  public let lastYear: [Int32]
  /// Lower endpoint `u` of each undirected edge.
  public let edgeSources: [Int32]
  /// Half-edge (index into `targets`) of each undirected edge in the row of its lower endpoint.
  public let edgeHalfEdges: [Int32]
  /// Row starts into `edgePublications`, per undirected edge (`edgeCount + 1` entries), or empty
  /// when publications were not recorded.
  public let edgePublicationOffsets: [Int32]
  /// Publication indices of the joint papers of each edge, in the order the papers were given;
  /// empty when publications were not recorded.
  public let edgePublications: [Int32]
  /// Number of papers of each node, including single-author papers.
  public let paperCount: [Int32]
  /// Number of single-author papers of each node.
  public let soloPaperCount: [Int32]

  @usableFromInline
  init(
    offsets: [Int32], targets: [Int32], weights: [Double], papers: [Int32], firstYear: [Int32],
    lastYear: [Int32], edgeSources: [Int32], edgeHalfEdges: [Int32],
    edgePublicationOffsets: [Int32], edgePublications: [Int32], paperCount: [Int32],
    soloPaperCount: [Int32]
  ) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.papers = papers
    self.firstYear = firstYear
    self.lastYear = lastYear
    self.edgeSources = edgeSources
    self.edgeHalfEdges = edgeHalfEdges
    self.edgePublicationOffsets = edgePublicationOffsets
    self.edgePublications = edgePublications
    self.paperCount = paperCount
    self.soloPaperCount = soloPaperCount
  }

  /// The graph without nodes.
  public static let empty = CoauthorGraph(
    offsets: [0], targets: [], weights: [], papers: [], firstYear: [], lastYear: [],
    edgeSources: [], edgeHalfEdges: [], edgePublicationOffsets: [], edgePublications: [],
    paperCount: [], soloPaperCount: [])

  /// Number of nodes.
  @inlinable public var nodeCount: Int { offsets.count - 1 }

  /// Number of undirected edges.
  @inlinable public var edgeCount: Int { edgeSources.count }

  /// Number of half-edges (`2 * edgeCount`).
  @inlinable public var halfEdgeCount: Int { targets.count }

  /// Half-edge indices of the neighbours of `v`: index `targets`, `weights` ... with them.
  @inlinable public func neighborRange(_ v: Int) -> Range<Int> {
    Int(offsets[v])..<Int(offsets[v &+ 1])
  }

  /// Number of neighbours of `v`.
  @inlinable public func degree(_ v: Int) -> Int {
    Int(offsets[v &+ 1] &- offsets[v])
  }

  /// Endpoints `(u, v)` of undirected edge `e`, with `u < v`.
  @inlinable public func edgeEndpoints(_ e: Int) -> (Int32, Int32) {
    (edgeSources[e], targets[Int(edgeHalfEdges[e])])
  }

  /// Whether `edgePublications` was recorded at build time.
  public var hasEdgePublications: Bool { !edgePublicationOffsets.isEmpty }

  /// Publication indices of the joint papers of edge `e` (empty when not recorded).
  public func publications(ofEdge e: Int) -> ArraySlice<Int32> {
    guard hasEdgePublications else { return [] }
    return edgePublications[
      Int(edgePublicationOffsets[e])..<Int(edgePublicationOffsets[e + 1])]
  }

  /// The half-edge from `u` to `v`, or nil when they are not adjacent.
  /// - Complexity: O(log degree(u)).
  public func halfEdge(from u: Int, to v: Int) -> Int? {
    var low = Int(offsets[u])
    var high = Int(offsets[u + 1])
    let target = Int32(truncatingIfNeeded: v)
    while low < high {
      let middle = (low + high) >> 1
      if targets[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low < Int(offsets[u + 1]) && targets[low] == target ? low : nil
  }
}
