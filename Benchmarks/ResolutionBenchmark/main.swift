// Times author resolution on one corpus:
//
//   coauth-resolution-bench FILE ... [--repeat N] [--split-homonyms]
//
// Loads the files through InputLoader (as `coauth analyze` does), then resolves the corpus with
// the default options N times (default 1), and prints one JSON object: records, mentions,
// distinct printed names, persons, seconds to read, and seconds to resolve (wall clock and CPU
// time of the process, each the fastest of the N runs). Used by scripts/bench-resolution; not
// part of the coauth product.
import CoauthIngest
import CoauthModel
import CoauthNames
import Dispatch
import Foundation

var paths: [String] = []
var repeatCount = 1
var splitsHomonyms = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "--repeat": repeatCount = max(1, Int(arguments.popFirst() ?? "") ?? 1)
  case "--split-homonyms": splitsHomonyms = true
  default: paths.append(argument)
  }
}
let usage = "usage: coauth-resolution-bench FILE ... [--repeat N] [--split-homonyms]"
if paths.contains("-h") || paths.contains("--help") {
  print(usage)
  exit(0)
}
guard !paths.isEmpty else {
  print(usage)
  exit(64)
}
for path in paths where !FileManager.default.isReadableFile(atPath: path) {
  FileHandle.standardError.write(Data("error: \(path): cannot read\n".utf8))
  exit(1)
}

/// Wall-clock and process CPU seconds of `work`.
func measure(_ work: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  func cpuNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  let start = DispatchTime.now().uptimeNanoseconds
  let cpuStart = cpuNow()
  try work()
  return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuNow() - cpuStart)
}

var corpus = Corpus()
let read = try measure { corpus = try InputLoader().load(paths) { _ in } }
var printed: Set<String> = []
for publication in corpus.publications {
  for mention in publication.authors { printed.insert(mention.printed) }
}
var options = ResolutionOptions()
if splitsHomonyms { options.homonymSplitter = EvidenceHomonymSplitter() }
let resolver = AuthorResolver(options: options)
var best = (wall: Double.infinity, cpu: Double.infinity)
var persons = 0
for _ in 0..<repeatCount {
  var resolution: Resolution?
  let time = measure { resolution = resolver.resolve(corpus, diagnostics: { _ in }) }
  persons = resolution?.authors.count ?? 0
  best = (min(best.wall, time.wall), min(best.cpu, time.cpu))
  // The resolution is freed outside the measured time.
  resolution = nil
}
print(
  """
  {"records": \(corpus.publications.count), "mentions": \(corpus.mentionCount), \
  "distinct_names": \(printed.count), "persons": \(persons), \
  "read_seconds": \(String(format: "%.3f", read.wall)), \
  "resolve_seconds": \(String(format: "%.3f", best.wall)), \
  "resolve_cpu_seconds": \(String(format: "%.3f", best.cpu))}
  """)
