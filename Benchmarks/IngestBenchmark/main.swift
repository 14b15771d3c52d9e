// Times coauth's readers on one file: `coauth-ingest-bench FILE [REPEAT]`.
//
// Prints one JSON object: the records read, the file's decoded size, and the fastest (thread CPU
// time) of REPEAT runs of (a) loading the file through InputLoader (read, gunzip, decode, parse, ids checked) and
// (b) the format's reader alone on the decoded bytes already in memory. Used by
// scripts/bench-ingest; not part of the coauth product.
import CoauthIngest
import CoauthModel
import Dispatch
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("usage: coauth-ingest-bench FILE [REPEAT]")
  exit(64)
}
let path = arguments[1]
let repeatCount = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3

/// The CPU time of this thread spent in `work`: on a shared machine, wall time measures the
/// other processes as well.
func seconds(_ work: () throws -> Void) rethrows -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  let start = now()
  try work()
  return now() - start
}

let loader = InputLoader()
var records = 0
var loadTimes: [Double] = []
var parseTimes: [Double] = []
let source = try loader.decodedSource(at: path) { _ in }
let format = try loader.format(of: source)
guard let reader = loader.reader(for: format) else { exit(1) }
// The records are kept until the clock stops: freeing them is not part of reading.
for _ in 0..<repeatCount {
  var corpus = Corpus()
  loadTimes.append(try seconds { corpus = try loader.load([path]) { _ in } })
  records = corpus.publications.count
  corpus = Corpus()
  parseTimes.append(try seconds { corpus = try reader.read(source) { _ in } })
  corpus = Corpus()
}
print(
  """
  {"file": "\(path)", "format": "\(format.rawValue)", "records": \(records), \
  "bytes": \(source.bytes.count), "load_seconds": \(loadTimes.min()!), \
  "parse_seconds": \(parseTimes.min()!)}
  """)
