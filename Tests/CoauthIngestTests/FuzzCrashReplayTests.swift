import CoauthFuzzing
import CoauthTestSupport
import Foundation
import Testing

/// Replays every input that a fuzzing run ever saved (`datasets/fuzz-crashes/<target>/`, written
/// by `scripts/fuzz`) through its harness: each one crashed, hung or broke an invariant once, and
/// must now run cleanly.
@Suite struct FuzzCrashReplayTests {
  struct SavedInput: CustomTestStringConvertible, Sendable {
    var target: FuzzTarget
    var file: URL
    var testDescription: String { "\(target.rawValue)/\(file.lastPathComponent)" }
  }

  private static let folder = RepoPaths.datasets.appendingPathComponent("fuzz-crashes")

  /// The sub-folders of `datasets/fuzz-crashes`, one per harness that ever failed.
  private static var targetFolders: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { name in
      var isFolder: ObjCBool = false
      let path = folder.appendingPathComponent(name).path
      return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted()
  }

  private static var savedInputs: [SavedInput] {
    targetFolders.compactMap { name in FuzzTarget(rawValue: name).map { (name, $0) } }
      .flatMap { name, target in
        let targetFolder = folder.appendingPathComponent(name)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: targetFolder.path)) ?? []
        return files.filter { !$0.hasPrefix(".") }.sorted().map {
          SavedInput(target: target, file: targetFolder.appendingPathComponent($0))
        }
      }
  }

  @Test func everyFolderNamesAHarness() {
    let known = Set(FuzzTarget.allCases.map(\.rawValue))
    for name in Self.targetFolders {
      #expect(known.contains(name), "datasets/fuzz-crashes/\(name) is not a harness")
    }
  }

  @Test(arguments: savedInputs)
  func savedInputRunsCleanly(_ input: SavedInput) throws {
    let bytes = try [UInt8](Data(contentsOf: input.file))
    #expect(input.target.run(bytes) == [])
  }
}
