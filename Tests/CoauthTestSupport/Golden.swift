import Foundation
import Testing

/// Compares `actual` with the golden file `Golden/<name>.<ext>` beside the calling test file.
///
/// Set `COAUTH_RECORD_GOLDEN=1` to (re)write the file; a recording run fails the test so that a
/// recorded golden is always reviewed before it is trusted.
public func assertGolden(
  _ actual: String, name: String, ext: String, filePath: String = #filePath,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  let url = folder.appendingPathComponent("\(name).\(ext)")
  let record = ProcessInfo.processInfo.environment["COAUTH_RECORD_GOLDEN"] != nil
  if record {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    do {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded golden \(url.lastPathComponent); rerun without COAUTH_RECORD_GOLDEN",
                   sourceLocation: sourceLocation)
    } catch {
      Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("missing golden \(url.lastPathComponent); run with COAUTH_RECORD_GOLDEN=1",
                 sourceLocation: sourceLocation)
    return
  }
  if expected != actual {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var firstDifference = 0
    while firstDifference < min(expectedLines.count, actualLines.count),
      expectedLines[firstDifference] == actualLines[firstDifference]
    {
      firstDifference += 1
    }
    let want = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
    let got = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
    Issue.record(
      """
      output differs from golden \(url.lastPathComponent) at line \(firstDifference + 1)
        expected: \(want)
        actual:   \(got)
      """, sourceLocation: sourceLocation)
  }
}
