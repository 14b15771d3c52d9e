import Foundation

/// Wall-clock seconds of each pipeline stage and each metric, in the order they ran.
public struct StageTimings: Sendable {
  /// One timed step.
  public struct Entry: Sendable, Hashable {
    public var name: String
    public var seconds: Double
  }

  public private(set) var stages: [Entry] = []
  public private(set) var metrics: [Entry] = []
  private let start = DispatchTime.now()

  public init() {}

  /// Runs `body`, recording its time as the stage `name`.
  public mutating func stage<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
    let begin = DispatchTime.now()
    let value = try body()
    stages.append(Entry(name: name, seconds: Self.seconds(since: begin)))
    return value
  }

  /// Runs `body`, recording its time as the metric `name`.
  public mutating func metric<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
    let begin = DispatchTime.now()
    let value = try body()
    metrics.append(Entry(name: name, seconds: Self.seconds(since: begin)))
    return value
  }

  /// Adds the metric entries of `other`, and one stage `name` lasting their sum.
  public mutating func append(metricsOf other: StageTimings, asStage name: String) {
    metrics.append(contentsOf: other.metrics)
    stages.append(Entry(name: name, seconds: other.metrics.reduce(0) { $0 + $1.seconds }))
  }

  /// Seconds since these timings were created.
  public var total: Double { Self.seconds(since: start) }

  private static func seconds(since begin: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - begin.uptimeNanoseconds) / 1e9
  }
}
