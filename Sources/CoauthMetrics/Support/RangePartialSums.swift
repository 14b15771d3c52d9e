import CoauthModel

/// Sums of a vector of `width` entries over ranges of work done at the same time: range `i`
/// adds into its own zeroed partial vector (`body(i, partial)`), and the partials are added in
/// range order, so the result depends only on the ranges, never on the cores or their timing.
/// One range runs on the calling thread. `inspectPartials` sees the partials (range after
/// range) before they are added.
func rangePartialSums<Element: AdditiveArithmetic>(
  rangeCount: Int, width: Int, inspectPartials: ([Element]) -> Void = { _ in },
  _ body: @escaping @Sendable (_ range: Int, _ partial: UnsafeMutableBufferPointer<Element>) -> Void
) -> [Element] {
  var partials = [Element](repeating: .zero, count: rangeCount * width)
  partials.withUnsafeMutableBufferPointer { all in
    // Each range writes only its own slice.
    nonisolated(unsafe) let all = all
    let run: @Sendable (Int) -> Void = { range in
      body(range, UnsafeMutableBufferPointer(rebasing: all[(range * width)..<((range + 1) * width)]))
    }
    if rangeCount == 1 { run(0) } else { WorkerThreads.run(iterations: rangeCount, body: run) }
  }
  inspectPartials(partials)
  guard rangeCount > 1 else { return partials }
  var total = Array(partials[0..<width])
  total.withUnsafeMutableBufferPointer { total in
    partials.withUnsafeBufferPointer { partials in
      for range in 1..<rangeCount {
        let offset = range * width
        for i in 0..<width { total[i] += partials[offset + i] }
      }
    }
  }
  return total
}
