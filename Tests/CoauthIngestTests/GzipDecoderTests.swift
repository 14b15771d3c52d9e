import CoauthIngest
import Foundation
import Testing

@Suite struct GzipDecoderTests {
  /// Compresses with the system `gzip`, so the test checks against an independent encoder.
  private func gzip(_ text: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-c"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
  }

  @Test func inflatesOneMember() throws {
    let text = String(repeating: "@article{a, title={x}}\n", count: 20_000)
    let compressed = try gzip(text)
    #expect(GzipDecoder.isGzip(compressed))
    #expect(try GzipDecoder.decompress(compressed, label: "a.gz") == Array(text.utf8))
  }

  @Test func inflatesConcatenatedMembers() throws {
    let joined = try gzip("first\n") + gzip("second\n")
    #expect(try GzipDecoder.decompress(joined, label: "a.gz") == Array("first\nsecond\n".utf8))
  }

  @Test func truncatedDataThrows() throws {
    let compressed = try gzip(String(repeating: "abc", count: 1000))
    #expect(throws: IngestError.self) {
      try GzipDecoder.decompress(Array(compressed.prefix(compressed.count / 2)), label: "a.gz")
    }
  }

  @Test func corruptDataThrows() throws {
    var compressed = try gzip("hello hello hello")
    compressed[12] ^= 0xFF
    compressed[13] ^= 0xFF
    #expect(throws: IngestError.self) { try GzipDecoder.decompress(compressed, label: "a.gz") }
  }

  @Test func plainTextIsNotGzip() {
    #expect(!GzipDecoder.isGzip(Array("@article".utf8)))
    #expect(!GzipDecoder.isGzip([0x1F]))
  }
}
