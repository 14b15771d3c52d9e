/// Failures of a metric computation.
public enum MetricsError: Error, CustomStringConvertible, Equatable, Sendable {
  /// An iterative method did not reach its tolerance within its iteration budget.
  case notConverged(iterations: Int, tolerance: Double)
  /// A parameter (or edge weight) is out of its domain.
  case invalidParameter(name: String, value: Double)

  public var description: String {
    switch self {
    case .notConverged(let iterations, let tolerance):
      "did not converge to tolerance \(tolerance) within \(iterations) iterations"
    case .invalidParameter(let name, let value):
      "invalid value \(value) for \(name)"
    }
  }
}
