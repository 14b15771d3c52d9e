import Foundation

/// Paths into the source tree, found from this file's location so tests work from any directory
/// and golden files can be re-recorded in place.
public enum RepoPaths {
  /// The repository root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // CoauthTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `datasets/` of the repository.
  public static var datasets: URL { root.appendingPathComponent("datasets") }

  /// `../shared` beside the repository, or nil when it is absent (tests that need it skip).
  public static var shared: URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The ACL 2020-2022 evaluation set in `../shared`, or nil when absent.
  public static var aclDataset: URL? {
    guard let shared else { return nil }
    let url = shared.appendingPathComponent("datasets/acl-2020-2022")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The seed researchers' pages in `../shared/seeds`, or nil when absent.
  public static var seedPages: URL? {
    guard let shared else { return nil }
    let url = shared.appendingPathComponent("seeds")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}
