import CoauthModel

/// Deterministic parallel sum of per-source contributions.
///
/// Sources are dealt round-robin into a fixed number of chunks that depends only on the problem
/// size (never on the core count). Each chunk owns a zeroed partial vector of `width * nodeCount`
/// doubles, processes its sources in order, and the partials are added in chunk order, so the
/// result is bit-identical for every schedule and machine.
enum SourceChunks {
  /// Upper bound on the doubles held by all partial vectors together (64 MiB).
  private static let partialBudget = 1 << 23
  private static let maximumChunks = 64

  /// Number of chunks used for `sourceCount` sources and partials of `vectorLength` doubles.
  static func chunkCount(sourceCount: Int, vectorLength: Int) -> Int {
    let byMemory = partialBudget / max(vectorLength, 1)
    return max(1, min(sourceCount, maximumChunks, byMemory))
  }

  /// Like `sum(sourceCount:vectorLength:body:)`, and also the batch-means standard error of each
  /// entry of the sum: when the sources are a random sample dealt round-robin, the chunk
  /// partials are independent batches, so `SE = sqrt(c / (c - 1) * sum_i (P_i - T / c)^2)` for
  /// `c` chunks with partials `P_i` and total `T`. Nil when there are fewer than 2 chunks.
  static func sumWithStandardError(
    sourceCount: Int, vectorLength: Int,
    body: @escaping @Sendable (_ chunk: Int, _ chunkCount: Int, _ partial: UnsafeMutableBufferPointer<Double>)
      -> Void
  ) -> (sum: [Double], standardError: [Double]?) {
    var partials: [Double] = []
    let total = sum(sourceCount: sourceCount, vectorLength: vectorLength, body: body) {
      partials = $0
    }
    let chunks = partials.count / max(vectorLength, 1)
    guard chunks > 1 else { return (total, nil) }
    var error = [Double](repeating: 0, count: vectorLength)
    let c = Double(chunks)
    for i in 0..<vectorLength {
      let mean = total[i] / c
      var squares = 0.0
      for chunk in 0..<chunks {
        let deviation = partials[chunk * vectorLength + i] - mean
        squares += deviation * deviation
      }
      error[i] = (c / (c - 1) * squares).squareRoot()
    }
    return (total, error)
  }

  /// Calls `body(chunk, chunkCount, partial)` for every chunk, concurrently, and returns the
  /// chunk-ordered sum of the partial vectors (`vectorLength` doubles each). `inspectPartials`
  /// sees the partials (chunk after chunk) before they are summed.
  static func sum(
    sourceCount: Int, vectorLength: Int,
    body: @escaping @Sendable (_ chunk: Int, _ chunkCount: Int, _ partial: UnsafeMutableBufferPointer<Double>)
      -> Void,
    inspectPartials: (([Double]) -> Void)? = nil
  ) -> [Double] {
    guard vectorLength > 0 else { return [] }
    let chunks = chunkCount(sourceCount: sourceCount, vectorLength: vectorLength)
    return rangePartialSums(
      rangeCount: chunks, width: vectorLength, inspectPartials: inspectPartials
    ) { chunk, partial in body(chunk, chunks, partial) }
  }

  /// Calls `body(chunk, chunkCount)` for every chunk of a per-source computation whose results
  /// do not overlap (each source writes only its own outputs), concurrently.
  static func forEach(
    sourceCount: Int, body: @escaping @Sendable (_ chunk: Int, _ chunkCount: Int) -> Void
  ) {
    let chunks = max(1, min(sourceCount, maximumChunks))
    if chunks == 1 {
      body(0, 1)
    } else {
      WorkerThreads.run(iterations: chunks) { chunk in body(chunk, chunks) }
    }
  }
}
