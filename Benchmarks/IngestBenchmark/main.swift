// Times coauth's readers on one file:
//
//   coauth-ingest-bench FILE [REPEAT]   fastest of REPEAT runs of (a) loading the file through
//                                       InputLoader (read, gunzip, decode, parse, ids checked)
//                                       and (b) the format's reader alone on the decoded bytes
//                                       already in memory, each on one thread (CPU time of the
//                                       thread) and, for DBLP XML, on two (wall time, and CPU
//                                       time of the process)
//   coauth-ingest-bench --stream FILE   one streamed pass, records dropped as they come
//   coauth-ingest-bench --keep FILE     one pass keeping the corpus, as `coauth analyze` does
//   (--stream-1, --keep-1: the same on one thread)
//   coauth-ingest-bench --loads FILE N [MORE ...]
//                                       N two-thread loads and nothing else (for profiling;
//                                       --loads-1: on one thread); MORE files are loaded
//                                       after FILE in each (a run of several files, in which
//                                       DBLP records give their DOIs)
//
// Prints one JSON object. Used by scripts/bench-ingest; not part of the coauth product.
import CoauthIngest
import CoauthModel
import Dispatch
import Foundation

let arguments = CommandLine.arguments
let usage =
  "usage: coauth-ingest-bench FILE [REPEAT] | --stream[-1] FILE | --keep[-1] FILE | --loads[-1] FILE N [MORE ...]"
guard arguments.count >= 2 else {
  print(usage)
  exit(64)
}
if arguments[1] == "-h" || arguments[1] == "--help" {
  print(usage)
  exit(0)
}
// The file is the first argument that is not an option.
if let path = arguments.dropFirst().first(where: { !$0.hasPrefix("--") }),
  !FileManager.default.isReadableFile(atPath: path)
{
  FileHandle.standardError.write(Data("error: \(path): cannot read\n".utf8))
  exit(1)
}

/// The allocator malloc and free go to: "mimalloc" when it took them over (the coauth executables
/// link it on Linux, see Package.swift), else the C library's.
let allocator = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mi_version") == nil ? "libc" : "mimalloc"

/// Wall-clock seconds of `work`.
func wallSeconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

// One pass over a (large) file through InputLoader: `--stream` hands each record over and
// drops it (memory stays flat: what the reader itself needs), `--keep` keeps the corpus as
// `coauth analyze` does. Prints the records, mentions, bytes read and seconds (wall).
let passModes = ["--stream", "--keep", "--stream-1", "--keep-1"]
if passModes.contains(arguments[1]), arguments.count >= 3 {
  let path = arguments[2]
  var records = 0
  var mentions = 0
  // Kept until the process exits, as `coauth` keeps its analysis (`KeptUntilExit`): freeing
  // the corpus is not part of loading it.
  var kept: Corpus?
  var loader = InputLoader(readsOnOneThread: arguments[1].hasSuffix("-1"))
  // Two threads whatever the machine's load (by default the reader takes one when it is busy).
  if !loader.readsOnOneThread { loader.dblpSplitting = .twoThreads }
  let seconds = try wallSeconds {
    if arguments[1].hasPrefix("--stream") {
      _ = try loader.read(path, diagnostics: { _ in }) { publication in
        records += 1
        mentions += publication.authors.count
      }
    } else {
      let corpus = try loader.load([path]) { _ in }
      records = corpus.publications.count
      mentions = corpus.mentionCount
      kept = corpus
    }
  }
  withExtendedLifetime(kept) {}
  let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  print(
    """
    {"file": "\(path)", "mode": "\(arguments[1].dropFirst(2))", "records": \(records), \
    "mentions": \(mentions), "bytes": \(bytes), "seconds": \(seconds), "allocator": "\(allocator)"}
    """)
  exit(0)
}

// `--loads FILE N`: N two-thread loads in one process and nothing else (for profiling); each
// corpus is freed before the next load, outside the timing. Prints the fastest. `--loads-1`: on
// one thread.
if arguments[1] == "--loads" || arguments[1] == "--loads-1", arguments.count >= 4,
  let count = Int(arguments[3])
{
  var loader = InputLoader(readsOnOneThread: arguments[1] == "--loads-1")
  if !loader.readsOnOneThread { loader.dblpSplitting = .twoThreads }
  let paths = [arguments[2]] + arguments.dropFirst(4)
  var fastest = Double.infinity
  for _ in 0..<count {
    var corpus = Corpus()
    fastest = min(fastest, try wallSeconds { corpus = try loader.load(paths) { _ in } })
    withExtendedLifetime(corpus) {}
  }
  let name = loader.readsOnOneThread ? "one_thread" : "two_thread"
  print("{\"\(name)_load_wall_seconds\": \(fastest)}")
  exit(0)
}

let path = arguments[1]
let repeatCount = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3

/// The CPU time of this thread spent in `work`: on a shared machine, wall time measures the
/// other processes as well.
func seconds(_ work: () throws -> Void) rethrows -> Double {
  try clockSeconds(CLOCK_THREAD_CPUTIME_ID, work)
}

/// Seconds of `clock` spent in `work`.
func clockSeconds(_ clock: clockid_t, _ work: () throws -> Void) rethrows -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  let start = now()
  try work()
  return now() - start
}

/// Wall and process CPU seconds of `work` (for work on several threads).
func wallAndCPUSeconds(_ work: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  var cpu = 0.0
  let wall = try wallSeconds { cpu = try clockSeconds(CLOCK_PROCESS_CPUTIME_ID, work) }
  return (wall, cpu)
}

let loader = InputLoader(readsOnOneThread: true)
var twoThreadLoader = InputLoader(readsOnOneThread: false)
twoThreadLoader.dblpSplitting = .twoThreads
var records = 0
var loadTimes: [Double] = []
var parseTimes: [Double] = []
var twoThreadLoadTimes: [(wall: Double, cpu: Double)] = []
var twoThreadParseTimes: [(wall: Double, cpu: Double)] = []
let source = try loader.decodedSource(at: path) { _ in }
let format = try loader.format(of: source)
guard let reader = loader.reader(for: format), let twoThreadReader = twoThreadLoader.reader(for: format)
else { exit(1) }
let readsOnTwoThreads = format == .dblp
// The records are kept until the clock stops: freeing them is not part of reading.
for _ in 0..<repeatCount {
  var corpus = Corpus()
  loadTimes.append(try seconds { corpus = try loader.load([path]) { _ in } })
  records = corpus.publications.count
  corpus = Corpus()
  parseTimes.append(try seconds { corpus = try reader.read(source) { _ in } })
  corpus = Corpus()
  if readsOnTwoThreads {
    twoThreadLoadTimes.append(try wallAndCPUSeconds { corpus = try twoThreadLoader.load([path]) { _ in } })
    corpus = Corpus()
    twoThreadParseTimes.append(try wallAndCPUSeconds { corpus = try twoThreadReader.read(source) { _ in } })
    corpus = Corpus()
  }
}
/// The fastest run by wall time, as JSON fields named `name`.
func fastest(_ times: [(wall: Double, cpu: Double)], _ name: String) -> String {
  guard let best = times.min(by: { $0.wall < $1.wall }) else { return "" }
  return "\"\(name)_wall_seconds\": \(best.wall), \"\(name)_cpu_seconds\": \(best.cpu), "
}
// A floor for any reader: one pass of memchr over the decoded bytes (a byte that never occurs),
// that is, reading the text at memory speed.
var memchrTimes: [Double] = []
for _ in 0..<repeatCount {
  memchrTimes.append(
    seconds {
      source.bytes.withUnsafeBytes { buffer in
        precondition(memchr(buffer.baseAddress!, 0x01, buffer.count) == nil)
      }
    })
}
print(
  """
  {"file": "\(path)", "format": "\(format.rawValue)", "records": \(records), \
  "bytes": \(source.bytes.count), "load_seconds": \(loadTimes.min()!), \
  "parse_seconds": \(parseTimes.min()!), "memchr_seconds": \(memchrTimes.min()!), \
  \(fastest(twoThreadLoadTimes, "two_thread_load"))\(fastest(twoThreadParseTimes, "two_thread_parse"))\
  "publication_bytes": \(MemoryLayout<Publication>.stride), \
  "mention_bytes": \(MemoryLayout<AuthorMention>.stride), "allocator": "\(allocator)"}
  """)
