import CoauthTestSupport
import Foundation
import Testing

/// Runs the built `coauth` executable as a user would, in a fresh temporary working directory.
struct CoauthProcess {
  /// What one run printed and returned.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The working directory of the runs (created empty; removed by ``cleanUp()``).
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  /// The executable beside the test binary (`swift build` puts both in one folder), or
  /// `COAUTH_BINARY` when set.
  static func executable() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["COAUTH_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
      RepoPaths.root.appendingPathComponent(".build/debug"),
    ].map { $0.appendingPathComponent("coauth") }
    guard
      let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else {
      throw CocoaError(
        .fileNoSuchFile,
        userInfo: [
          NSLocalizedDescriptionKey:
            "coauth executable not found; build it first (`swift build --build-tests`)"
        ])
    }
    return found
  }

  /// Runs `coauth arguments...` (with `standardInput` on its standard input) and waits for it.
  func run(_ arguments: [String], standardInput: String? = nil) throws -> Result {
    let process = Process()
    process.executableURL = try Self.executable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let stdoutFile = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let stderrFile = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
    FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: stdoutFile)
      try? FileManager.default.removeItem(at: stderrFile)
    }
    let stdoutHandle = try FileHandle(forWritingTo: stdoutFile)
    let stderrHandle = try FileHandle(forWritingTo: stderrFile)
    process.standardOutput = stdoutHandle
    process.standardError = stderrHandle
    // Through a pipe, as a shell pipeline gives it (kept under the pipe's 64 KiB buffer).
    let input = Pipe()
    if standardInput != nil { process.standardInput = input }
    try process.run()
    if let standardInput {
      try input.fileHandleForWriting.write(contentsOf: Data(standardInput.utf8))
      try input.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    try stdoutHandle.close()
    try stderrHandle.close()
    return Result(
      status: process.terminationStatus,
      stdout: try String(contentsOf: stdoutFile, encoding: .utf8),
      stderr: try String(contentsOf: stderrFile, encoding: .utf8))
  }

  /// A path inside the working directory.
  func path(_ relative: String) -> String {
    directory.appendingPathComponent(relative).path
  }

  /// Writes a text file into the working directory.
  func write(_ text: String, to relative: String) throws {
    try text.write(to: directory.appendingPathComponent(relative), atomically: true, encoding: .utf8)
  }

  func cleanUp() {
    try? FileManager.default.removeItem(at: directory)
  }
}
