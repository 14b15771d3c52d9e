// Times coauth's metrics on one graph, as scripts/bench times the peers on the same graph:
//
//   coauth-metrics-bench EDGES [REPEAT] [VALUES] [--only METRIC,...] [--skip METRIC,...]
//
// EDGES is a plain edge list: a first line with the node count, then one `u v weight` line per
// edge (node ids 0..<n), written by scripts/bench_peers.py from the edges.csv `coauth analyze`
// wrote. Every metric runs REPEAT times (default 3) and its median wall time counts; exact
// betweenness and closeness run once, as the peers' do; `betweenness-1000` and
// `closeness+harmonic-1000` search from 1000 seeded sources (what `--path-samples` does). With
// VALUES, the values of the deterministic metrics are written there as CSV (one row per node)
// for the agreement check.
// `--only` times just the metrics named, `--skip` all but those (VALUES then holds the columns of
// the metrics computed).
// Prints one JSON object {metric: seconds}. Used by scripts/bench; not part of the product.
import CoauthGraph
import CoauthMetrics
import Dispatch
import Foundation

var arguments = CommandLine.arguments
nonisolated(unsafe) var only: Set<String>?
nonisolated(unsafe) var skipped: Set<String> = []
if let flag = arguments.firstIndex(of: "--only"), flag + 1 < arguments.count {
  only = Set(arguments[flag + 1].split(separator: ",").map(String.init))
  arguments.removeSubrange(flag...(flag + 1))
}
if let flag = arguments.firstIndex(of: "--skip"), flag + 1 < arguments.count {
  skipped = Set(arguments[flag + 1].split(separator: ",").map(String.init))
  arguments.removeSubrange(flag...(flag + 1))
}
let usage = "usage: coauth-metrics-bench EDGES [REPEAT] [VALUES] [--only METRIC,...] [--skip METRIC,...]"
guard arguments.count >= 2 else {
  print(usage)
  exit(64)
}
if arguments[1] == "-h" || arguments[1] == "--help" {
  print(usage)
  exit(0)
}
if !FileManager.default.isReadableFile(atPath: arguments[1]) {
  FileHandle.standardError.write(Data("error: \(arguments[1]): cannot read\n".utf8))
  exit(1)
}
let repeatCount = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 3) : 3
let valuesPath = arguments.count > 3 ? arguments[3] : nil

/// The graph of an edge-list file (see the header).
func readEdgeList(_ path: String) throws -> CoauthorGraph {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var lines = text.split(separator: "\n").makeIterator()
  guard let header = lines.next(), let nodeCount = Int(header) else {
    throw CocoaError(.fileReadCorruptFile)
  }
  var edges: [WeightedEdge] = []
  while let line = lines.next() {
    let fields = line.split(separator: " ")
    guard fields.count == 3, let u = Int32(fields[0]), let v = Int32(fields[1]),
      let weight = Double(fields[2])
    else { throw CocoaError(.fileReadCorruptFile) }
    edges.append(WeightedEdge(u, v, weight: weight))
  }
  return try CoauthorGraph.build(nodeCount: nodeCount, edges: edges)
}

/// Median wall-clock seconds of `runs` runs of `work`, and the last result.
func timed<T>(_ runs: Int, _ work: () throws -> T) rethrows -> (seconds: Double, value: T) {
  var times: [Double] = []
  var value: T?
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    value = try work()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  times.sort()
  return (times[times.count / 2], value!)
}

let graph = try readEdgeList(arguments[1])
nonisolated(unsafe) var seconds: [(String, Double)] = []

/// Whether `metric` is to be timed.
func wanted(_ metric: String) -> Bool {
  !skipped.contains(metric) && (only?.contains(metric) ?? true)
}

/// Times `work` when `metric` is wanted, recording its median seconds.
func measure<T>(_ metric: String, runs: Int = repeatCount, _ work: () throws -> T) rethrows -> T? {
  guard wanted(metric) else { return nil }
  let (median, value) = try timed(runs, work)
  seconds.append((metric, median))
  return value
}

let betweenness = try measure("betweenness", runs: 1) { try betweennessCentrality(graph) }
_ = try measure("betweenness-1000") {
  try sampledBetweenness(graph, sampleSize: min(1000, graph.nodeCount - 1), seed: 1)
}
let distances = measure("closeness+harmonic", runs: 1) { distanceCentralities(graph) }
_ = measure("closeness+harmonic-1000") {
  sampledDistanceCentralities(
    graph, sources: betweennessSampleSources(
      nodeCount: graph.nodeCount, sampleSize: min(1000, graph.nodeCount - 1), seed: 1))
}
let eigenvector = try measure("eigenvector") { try eigenvectorCentrality(graph) }
let pageRank = try measure("pagerank") { try CoauthMetrics.pageRank(graph) }
let clustering = measure("clustering") { clusteringCoefficients(graph) }
let core = measure("kcore") { coreNumbers(graph) }
_ = measure("components") { connectedComponents(graph) }
let louvain = try measure("louvain") { try louvainCommunities(graph) }
let leiden = try measure("leiden") { try leidenCommunities(graph) }
let stableLeiden = try measure("leiden-stable") {
  try leidenCommunities(graph, options: .untilStable())
}
_ = measure("transitivity") { transitivity(graph) }
_ = measure("bridges+articulation") { cutStructure(graph) }
_ = measure("truss") { trussNumbers(graph) }
_ = measure("constraint") { brokerage(graph) }

if let valuesPath {
  let candidates: [(String, [Double]?)] = [
    ("betweenness", betweenness), ("closeness", distances?.closeness),
    ("harmonic", distances?.harmonic), ("eigenvector", eigenvector), ("pagerank", pageRank),
    ("clustering", clustering), ("kcore", core?.map(Double.init)),
  ]
  let columns = candidates.compactMap { name, values in values.map { (name, $0) } }
  var csv = columns.map(\.0).joined(separator: ",") + "\n"
  for node in 0..<graph.nodeCount {
    csv += columns.map { "\($0.1[node])" }.joined(separator: ",") + "\n"
  }
  try csv.write(toFile: valuesPath, atomically: true, encoding: .utf8)
}
var fields = seconds.map { "\"\($0.0)\": \($0.1)" }
if let louvain { fields.append("\"louvain_modularity\": \(louvain.modularity)") }
if let leiden { fields.append("\"leiden_modularity\": \(leiden.modularity)") }
if let stableLeiden {
  fields.append("\"leiden-stable_modularity\": \(stableLeiden.modularity)")
}
print("{" + fields.joined(separator: ", ") + "}")
