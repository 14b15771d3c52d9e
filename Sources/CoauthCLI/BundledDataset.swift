import Foundation

/// Finds the bundled dataset (`datasets/seeds` of the source tree) used when no input is given.
enum BundledDataset {
  static let relativePath = "datasets/seeds"

  /// Looks upward from the current directory and from the executable's folder.
  static func locate() -> String? {
    var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      starts.append(executable.deletingLastPathComponent())
    }
    for start in starts {
      var folder = start
      for _ in 0..<8 {
        let candidate = folder.appendingPathComponent(relativePath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          isDirectory.boolValue
        {
          return candidate.path
        }
        folder.deleteLastPathComponent()
      }
    }
    return nil
  }
}
