import Foundation

/// Wall-clock time of each pipeline stage and each metric, in the order they ran.
struct Timings: Sendable {
  private(set) var stages: [(name: String, seconds: Double)] = []
  private(set) var metrics: [(name: String, seconds: Double)] = []
  private let start = DispatchTime.now()

  /// Runs `body`, recording its time as a stage.
  mutating func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let (value, seconds) = try Self.measure(body)
    stages.append((name, seconds))
    return value
  }

  /// Runs `body`, recording its time as a metric.
  mutating func metric<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let (value, seconds) = try Self.measure(body)
    metrics.append((name, seconds))
    return value
  }

  /// Seconds since the timings were created.
  var total: Double { Self.seconds(since: start) }

  private static func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let begin = DispatchTime.now()
    let value = try body()
    return (value, seconds(since: begin))
  }

  private static func seconds(since begin: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - begin.uptimeNanoseconds) / 1e9
  }
}
