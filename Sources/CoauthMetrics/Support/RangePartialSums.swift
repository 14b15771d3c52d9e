import CoauthModel

/// Sums of a vector of `width` entries over ranges of work done at the same time: range `i`
/// adds into its own zeroed partial vector (`body(i, partial)`), and the partials are added in
/// range order, so the result depends only on the ranges, never on the cores or their timing.
/// One range runs on the calling thread. `inspectPartials` sees the partials (range after
/// range) before they are added.
///
/// Range 0 adds into the result itself and only the other ranges have vectors of their own:
/// for the largest graphs (brokerage keeps a sum per half-edge) one vector of `width` less is
/// held at once (an inspector gets a copy of all of them).
func rangePartialSums<Element: AdditiveArithmetic & Sendable>(
  rangeCount: Int, width: Int, inspectPartials: (([Element]) -> Void)? = nil,
  _ body: @escaping @Sendable (_ range: Int, _ partial: UnsafeMutableBufferPointer<Element>) -> Void
) -> [Element] {
  var total = [Element](repeating: .zero, count: width)
  var others = [Element](repeating: .zero, count: (rangeCount - 1) * width)
  total.withUnsafeMutableBufferPointer { first in
    others.withUnsafeMutableBufferPointer { rest in
      // Each range writes only its own vector.
      nonisolated(unsafe) let first = first
      nonisolated(unsafe) let rest = rest
      let run: @Sendable (Int) -> Void = { range in
        body(
          range,
          range == 0 ? first : UnsafeMutableBufferPointer(rebasing: rest[((range - 1) * width)..<(range * width)]))
      }
      if rangeCount == 1 { run(0) } else { WorkerThreads.run(iterations: rangeCount, body: run) }
    }
  }
  inspectPartials?(total + others)
  guard rangeCount > 1 else { return total }
  total.withUnsafeMutableBufferPointer { total in
    others.withUnsafeBufferPointer { others in
      for range in 1..<rangeCount {
        let offset = (range - 1) * width
        for i in 0..<width { total[i] += others[offset + i] }
      }
    }
  }
  return total
}
