// The ordinary build of coauth-fuzz (no libFuzzer): replays saved inputs through a harness.
//
//   coauth-fuzz TARGET FILE_OR_FOLDER...
//
// Prints each file with the invariants it broke; exits 1 when any input broke one (a crash
// crashes, as it would under libFuzzer).
#if !FUZZING
  import CoauthFuzzing
  import Foundation

  @main struct ReplayDriver {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        FileHandle.standardError.write(Data("usage: coauth-fuzz \(names) FILE_OR_FOLDER...\n".utf8))
        exit(64)
      }
      var failed = false
      for path in files(arguments.dropFirst()) {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("\(path): cannot read")
          failed = true
          continue
        }
        let problems = target.run([UInt8](data))
        print("\(path): \(problems.isEmpty ? "ok" : problems.joined(separator: "; "))")
        failed = failed || !problems.isEmpty
      }
      exit(failed ? 1 : 0)
    }

    /// The files named, with folders replaced by the files directly inside them, sorted.
    private static func files(_ paths: ArraySlice<String>) -> [String] {
      paths.flatMap { path -> [String] in
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
          isFolder.boolValue
        else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
      }
    }
  }
#endif
