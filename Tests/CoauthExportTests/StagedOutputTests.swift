import CoauthExport
import Foundation
import Testing

@Suite struct StagedOutputTests {
  /// A fresh scratch directory that is removed afterwards.
  private func withScratchDirectory(_ body: (String) throws -> Void) throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("coauth-staged-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    try body(root)
  }

  private func contents(of directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
  }

  private func text(at path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func commitCreatesTheDirectoryAndAllFiles() throws {
    try withScratchDirectory { root in
      let directory = root + "/nested/out"
      try StagedOutput.write(into: directory) { output in
        var csv = CSVWriter(sink: try output.create("authors.csv"), header: ["id", "name"])
        csv.write(0)
        csv.write("Ada")
        try csv.endRow()
        _ = try csv.finish()
        try output.write("graph.dot", text: "graph { }\n")
        // Nothing is visible under the final names before the commit.
        #expect(!FileManager.default.fileExists(atPath: directory + "/authors.csv"))
      }
      #expect(try contents(of: directory) == ["authors.csv", "graph.dot"])
      #expect(try text(at: directory + "/authors.csv") == "id,name\n0,Ada\n")
      #expect(try text(at: directory + "/graph.dot") == "graph { }\n")
    }
  }

  @Test func filesNamedForRemovalGoOnlyWithTheCommit() throws {
    try withScratchDirectory { root in
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      try "old growth\n".write(toFile: root + "/growth.csv", atomically: false, encoding: .utf8)
      // Discarded: the old file stays.
      do {
        let output = try StagedOutput(directory: root)
        try output.write("authors.csv", text: "new authors\n")
        try output.removeOnCommit("growth.csv")
        output.discard()
      }
      #expect(try contents(of: root) == ["growth.csv"])
      // Committed: it goes, whether or not it was there.
      try StagedOutput.write(into: root) { output in
        try output.write("authors.csv", text: "new authors\n")
        try output.removeOnCommit("growth.csv")
        try output.removeOnCommit("absent.csv")
        #expect(FileManager.default.fileExists(atPath: root + "/growth.csv"))
      }
      #expect(try contents(of: root) == ["authors.csv"])
      #expect(throws: ExportError.self) {
        try StagedOutput(directory: root).removeOnCommit("../escape.csv")
      }
    }
  }

  @Test func failureInTheMiddleLeavesNothingBehind() throws {
    struct Interrupted: Error {}
    try withScratchDirectory { root in
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      try "old authors\n".write(toFile: root + "/authors.csv", atomically: false, encoding: .utf8)
      #expect(throws: Interrupted.self) {
        try StagedOutput.write(into: root) { output in
          try output.write("authors.csv", text: "new authors\n")
          let edges = try output.create("edges.csv")
          try edges.write("u,v\n0,1\n")
          #expect(try contents(of: root).count == 3)  // the old file and two temporaries
          throw Interrupted()
        }
      }
      #expect(try contents(of: root) == ["authors.csv"])
      #expect(try text(at: root + "/authors.csv") == "old authors\n")
    }
  }

  @Test func droppedOutputRemovesItsTemporaries() throws {
    try withScratchDirectory { root in
      do {
        let output = try StagedOutput(directory: root)
        try output.write("a.txt", text: "a")
      }
      #expect(try contents(of: root).isEmpty)
    }
  }

  @Test func directoryInTheWayFailsBeforeAnythingIsReplaced() throws {
    try withScratchDirectory { root in
      try FileManager.default.createDirectory(
        atPath: root + "/b.csv", withIntermediateDirectories: true)
      try "old a\n".write(toFile: root + "/a.csv", atomically: false, encoding: .utf8)
      let output = try StagedOutput(directory: root)
      try output.write("a.csv", text: "new a\n")
      try output.write("b.csv", text: "new b\n")
      #expect {
        try output.commit()
      } throws: { error in
        guard case .cannotReplace(let path, _) = error as? ExportError else { return false }
        return path.hasSuffix("/b.csv")
      }
      #expect(try contents(of: root) == ["a.csv", "b.csv"])
      #expect(try text(at: root + "/a.csv") == "old a\n")
    }
  }

  @Test func rejectsBadAndDuplicateNames() throws {
    try withScratchDirectory { root in
      let output = try StagedOutput(directory: root)
      for name in ["", ".", "..", "sub/file.csv"] {
        #expect(throws: ExportError.invalidFileName(name)) { try output.create(name) }
      }
      _ = try output.create("a.csv")
      #expect(throws: ExportError.duplicateFile(path: root + "/a.csv")) {
        try output.create("a.csv")
      }
      output.discard()
      #expect(throws: ExportError.outputClosed(path: root)) { try output.create("b.csv") }
      #expect(try contents(of: root).isEmpty)
    }
  }

  @Test func unusableDirectoryIsReportedWithItsPath() throws {
    try withScratchDirectory { root in
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      try "x".write(toFile: root + "/file", atomically: false, encoding: .utf8)
      #expect {
        _ = try StagedOutput(directory: root + "/file/out")
      } throws: { error in
        guard case .cannotCreateDirectory(let path, let reason) = error as? ExportError else {
          return false
        }
        return path == root + "/file/out" && reason == root + "/file: not a directory"
      }
    }
  }

  @Test func errorsDescribeThePath() {
    let error = ExportError.cannotWrite(path: "out/a.csv", reason: "No space left on device")
    #expect(error.description == "out/a.csv: cannot write: No space left on device")
  }
}
