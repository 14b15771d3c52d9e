// Times coauth's readers on one file: `coauth-ingest-bench FILE [REPEAT]`.
//
// Prints one JSON object: the records read, the file's decoded size, and the fastest of REPEAT
// runs of (a) loading the file through InputLoader (read, gunzip, decode, parse, ids checked) and
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

func seconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let loader = InputLoader()
var records = 0
var loadTimes: [Double] = []
var parseTimes: [Double] = []
let source = try loader.decodedSource(at: path) { _ in }
let format = try loader.format(of: source)
guard let reader = loader.reader(for: format) else { exit(1) }
for _ in 0..<repeatCount {
  loadTimes.append(try seconds { records = try loader.load([path]) { _ in }.publications.count })
  parseTimes.append(try seconds { _ = try reader.read(source) { _ in } })
}
print(
  """
  {"file": "\(path)", "format": "\(format.rawValue)", "records": \(records), \
  "bytes": \(source.bytes.count), "load_seconds": \(loadTimes.min()!), \
  "parse_seconds": \(parseTimes.min()!)}
  """)
