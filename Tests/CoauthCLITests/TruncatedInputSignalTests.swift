import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A SIGBUS (what reading a mapped input raises once another process has cut the file short)
/// ends `coauth` with a message and status 1, not a crash.
@Suite struct TruncatedInputSignalTests {
  @Test func sigbusEndsWithAMessageAndStatusOne() throws {
    let folder = try CoauthProcess()
    defer { folder.cleanUp() }
    // The command blocks reading a FIFO until a writer opens it: once the test has opened the
    // writing end, the command is past its start-up and waiting in the read.
    let fifo = folder.path("records.xml")
    #expect(mkfifo(fifo, 0o600) == 0)
    let process = Process()
    process.executableURL = try CoauthProcess.executable()
    process.arguments = ["analyze", fifo, "--quiet", "-o", folder.path("out")]
    let stderr = Pipe()
    process.standardError = stderr
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let writer = open(fifo, O_WRONLY)
    #expect(writer >= 0)
    defer { close(writer) }
    let start = Array("<?xml version=\"1.0\"?>\n<dblp>\n".utf8)
    #expect(write(writer, start, start.count) == start.count)
    kill(process.processIdentifier, SIGBUS)
    // Without the handler the process may hang in the runtime's crash reporting: give up after
    // a while rather than hold up the suite.
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning {
      process.terminate()
      kill(process.processIdentifier, SIGKILL)
      Issue.record("coauth did not exit within 30 s of SIGBUS")
    }
    process.waitUntilExit()
    let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1)
    #expect(message.contains("an input file was cut short while it was being read"))
    #expect(!FileManager.default.fileExists(atPath: folder.path("out/authors.csv")))
  }
}
