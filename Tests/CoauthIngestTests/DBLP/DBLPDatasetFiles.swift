import CoauthTestSupport
import Foundation

/// The DBLP XML files of the bundled datasets that read without throwing (the entity bomb is
/// tested on its own), for tests that read every one of them in several ways.
enum DBLPDatasetFiles {
  static var readable: [URL] {
    let folders = ["formats", "bad-input"].map { RepoPaths.datasets.appendingPathComponent($0) }
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".xml") && $0 != "entity-bomb.xml" }.sorted()
        .map { folder.appendingPathComponent($0) }
    }
  }
}
