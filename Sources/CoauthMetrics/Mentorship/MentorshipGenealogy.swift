import CoauthModel

/// The directed mentorship graph (advisor → advisee) and each author's place in it: advisors
/// and advisees, academic descendants and ancestors, and how many generations lie below and
/// above.
///
/// Relations come from inference or declarations and may, rarely, form a cycle; every walk
/// ignores an edge back into the path it is on, so every count is finite and well defined.
///
/// - Complexity: O(authors + relations) for the adjacency, depth and generation; O(sum of the
///   descendant counts) for the descendant and ancestor counts (small for genealogies).
public struct MentorshipGenealogy: Sendable {
  private let down: DirectedAdjacency
  private let up: DirectedAdjacency
  /// Distinct academic descendants: advisees, their advisees, and so on.
  public let descendants: [Int]
  /// Distinct academic ancestors: advisors, their advisors, and so on.
  public let ancestors: [Int]
  /// Generations below: 0 for someone without advisees, 1 when no advisee advised anyone, ...
  public let lineageDepth: [Int]
  /// Generations above: 0 for someone without a known advisor, 1 when the advisor has none, ...
  public let generation: [Int]

  /// The genealogy of `authorCount` authors over `relations` (mentor, mentee); repeated pairs
  /// and self-relations are ignored.
  public init(authorCount: Int, relations: [(mentor: AuthorIndex, mentee: AuthorIndex)]) {
    let edges = relations.filter { $0.mentor != $0.mentee }
    down = DirectedAdjacency(nodeCount: authorCount, edges: edges.map { ($0.mentor, $0.mentee) })
    up = DirectedAdjacency(nodeCount: authorCount, edges: edges.map { ($0.mentee, $0.mentor) })
    lineageDepth = down.longestPaths()
    generation = up.longestPaths()
    descendants = down.reachableCounts()
    ancestors = up.reachableCounts()
  }

  /// The number of authors.
  public var authorCount: Int { descendants.count }

  /// The advisees of `author`, in index order.
  public func advisees(of author: AuthorIndex) -> ArraySlice<AuthorIndex> {
    down.neighbors(of: author)
  }

  /// The advisors of `author`, in index order.
  public func advisors(of author: AuthorIndex) -> ArraySlice<AuthorIndex> {
    up.neighbors(of: author)
  }

  /// Whether `author` has an advisor or an advisee.
  public func isInGenealogy(_ author: AuthorIndex) -> Bool {
    !down.neighbors(of: author).isEmpty || !up.neighbors(of: author).isEmpty
  }
}

/// Directed edges in compressed sparse rows, targets of each node sorted and without repeats.
struct DirectedAdjacency: Sendable {
  private var offsets: [Int32]
  private var targets: [AuthorIndex]

  init(nodeCount: Int, edges: [(AuthorIndex, AuthorIndex)]) {
    let sorted = Set(edges.map { [$0.0, $0.1] }).sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
    offsets = [Int32](repeating: 0, count: nodeCount + 1)
    for edge in sorted { offsets[Int(edge[0]) + 1] += 1 }
    for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
    targets = sorted.map { $0[1] }
  }

  var nodeCount: Int { offsets.count - 1 }

  func neighbors(of node: AuthorIndex) -> ArraySlice<AuthorIndex> {
    targets[Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1])]
  }

  /// Per node, the number of edges on the longest path leaving it (edges back into the path
  /// being walked are ignored), by an iterative depth-first search.
  func longestPaths() -> [Int] {
    enum State: UInt8 { case new, open, done }
    var state = [State](repeating: .new, count: nodeCount)
    var length = [Int](repeating: 0, count: nodeCount)
    var stack: [(node: Int, next: Int)] = []
    for root in 0..<nodeCount where state[root] == .new {
      state[root] = .open
      stack.append((root, Int(offsets[root])))
      while let top = stack.last {
        if top.next < Int(offsets[top.node + 1]) {
          stack[stack.count - 1].next += 1
          let child = Int(targets[top.next])
          switch state[child] {
          case .new:
            state[child] = .open
            stack.append((child, Int(offsets[child])))
          case .done:
            length[top.node] = max(length[top.node], length[child] + 1)
          case .open:
            break  // an edge back into the path: a cycle
          }
        } else {
          state[top.node] = .done
          stack.removeLast()
          if let parent = stack.last {
            length[parent.node] = max(length[parent.node], length[top.node] + 1)
          }
        }
      }
    }
    return length
  }

  /// Per node, the number of other nodes reachable from it.
  func reachableCounts() -> [Int] {
    var counts = [Int](repeating: 0, count: nodeCount)
    var seen = [Int](repeating: -1, count: nodeCount)
    var queue: [Int] = []
    for source in 0..<nodeCount where offsets[source] < offsets[source + 1] {
      queue.removeAll(keepingCapacity: true)
      queue.append(source)
      seen[source] = source
      var head = 0
      while head < queue.count {
        let node = queue[head]
        head += 1
        for next in neighbors(of: AuthorIndex(node)) where seen[Int(next)] != source {
          seen[Int(next)] = source
          queue.append(Int(next))
        }
      }
      counts[source] = queue.count - 1
    }
    return counts
  }
}
