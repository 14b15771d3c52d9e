/// True when `a` and `b` agree to a relative tolerance, or an absolute one near zero.
public func isApproximatelyEqual(
  _ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-12
) -> Bool {
  if a == b { return true }
  if a.isNaN || b.isNaN { return false }
  let scale = max(abs(a), abs(b))
  return abs(a - b) <= max(absolute, relative * scale)
}
