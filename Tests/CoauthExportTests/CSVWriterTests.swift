import CoauthExport
import CoauthTestSupport
import Testing

@Suite struct CSVWriterTests {
  @Test func authorsTable() throws {
    var csv = CSVWriter(header: ["id", "name", "degree", "pagerank", "community", "note"])
    let rows: [(Int, String, Int, Double, Int?, String)] = [
      (0, "Lovelace, Ada", 3, 0.123456789, 1, ""),
      (1, "Charles \"The Engine\" Babbage", 2, 1.0 / 3.0, 1, "mentor"),
      (2, "Émilie du Châtelet", 1, 0.1 + 0.2, nil, "line one\nline two"),
      (3, " padded ", 0, -0.0, 2, "trailing space "),
      (4, "李 小龙", 12, 2.5e-7, 2, "crlf\r\nend"),
      (5, "Nobody", 0, .nan, nil, "inf"),
    ]
    for (id, name, degree, pagerank, community, note) in rows {
      csv.write(id)
      csv.write(name)
      csv.write(degree)
      csv.write(pagerank)
      if let community { csv.write(community) } else { csv.writeEmpty() }
      csv.write(note)
      try csv.endRow()
    }
    #expect(csv.rowCount == rows.count)
    assertGolden(try csv.finish().text, name: "authorsTable", ext: "csv")
  }

  @Test(arguments: [
    ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), (" lead", "\" lead\""),
    ("trail ", "\"trail \""), ("\ttab", "\"\ttab\""), ("in side", "in side"),
    ("naïve", "naïve"),
  ])
  func quotesOnlyWhenNeeded(field: String, expected: String) throws {
    var csv = CSVWriter(header: ["x", "y"])
    csv.write(field)
    csv.write(1)
    try csv.endRow()
    #expect(try csv.finish().text == "x,y\n\(expected),1\n")
  }

  @Test func singleEmptyFieldIsNotABlankLine() throws {
    var csv = CSVWriter(header: ["only"])
    csv.write("")
    try csv.endRow()
    csv.write("x")
    try csv.endRow()
    let text = try csv.finish().text
    #expect(text == "only\n\"\"\nx\n")
    #expect(try TinyCSVParser.parse(text) == [["only"], [""], ["x"]])
  }

  /// Random tables full of separators, quotes, line breaks and non-ASCII text survive a write
  /// and an independent RFC 4180 parse unchanged.
  @Test func randomTablesRoundTrip() throws {
    let pieces = [
      "a", "Z", " ", ",", "\"", "\n", "\r", "\r\n", "é", "名", "\t", "x y", "\"\"", "0.5", "",
    ]
    var generator = SeededGenerator(seed: 4180)
    for _ in 0..<300 {
      let columns = Int.random(in: 1...4, using: &generator)
      func randomField() -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in
          pieces.randomElement(using: &generator) ?? ""
        }.joined()
      }
      let header = (0..<columns).map { _ in randomField() }
      let rows = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
        (0..<columns).map { _ in randomField() }
      }
      var csv = CSVWriter(sink: ByteBuffer(), header: header, chunkSize: 16)
      for row in rows { try csv.writeRow(row) }
      let text = try csv.finish().text
      #expect(try TinyCSVParser.parse(text) == [header] + rows, "\(text.debugDescription)")
    }
  }

  @Test func flushesInChunksAndKeepsEveryByte() throws {
    var csv = CSVWriter(sink: ChunkRecorder(), header: ["i", "square", "root"], chunkSize: 64)
    var reference = CSVWriter(header: ["i", "square", "root"])
    for i in 0..<1_000 {
      csv.write(i)
      csv.write(i * i)
      csv.write(Double(i).squareRoot())
      try csv.endRow()
      reference.write(i)
      reference.write(i * i)
      reference.write(Double(i).squareRoot())
      try reference.endRow()
    }
    let recorder = try csv.finish()
    #expect(recorder.chunkSizes.count > 100)
    #expect(recorder.chunkSizes.dropLast().allSatisfy { $0 >= 64 && $0 < 64 + 40 })
    #expect(recorder.bytes == (try reference.finish().bytes))
  }

  @Test func sinkErrorsReachTheCaller() throws {
    var csv = CSVWriter(sink: FailingSink(), header: ["a"], chunkSize: 1)
    csv.write("x")
    #expect(throws: ExportError.cannotWrite(path: "sink", reason: "full")) {
      try csv.endRow()
    }
  }
}

/// Records the size of every chunk it receives.
struct ChunkRecorder: ByteSink {
  var bytes: [UInt8] = []
  var chunkSizes: [Int] = []

  mutating func write(_ chunk: UnsafeRawBufferPointer) throws(ExportError) {
    bytes.append(contentsOf: chunk)
    chunkSizes.append(chunk.count)
  }
}

/// Rejects every write.
struct FailingSink: ByteSink {
  mutating func write(_ chunk: UnsafeRawBufferPointer) throws(ExportError) {
    throw .cannotWrite(path: "sink", reason: "full")
  }
}

/// An RFC 4180 reader written independently of CSVWriter, for round-trip checks.
enum TinyCSVParser {
  struct Malformed: Error {}

  static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var bytes = Array(text.utf8)[...]
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field.removeAll()
    }
    while let byte = bytes.popFirst() {
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if bytes.first == UInt8(ascii: "\"") {
            bytes.removeFirst()
            field.append(byte)
          } else {
            quoted = false
            guard let next = bytes.first, next == UInt8(ascii: ",") || next == UInt8(ascii: "\n")
            else { throw Malformed() }
          }
        } else {
          field.append(byte)
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        guard field.isEmpty else { throw Malformed() }
        quoted = true
      case UInt8(ascii: ","):
        endField()
      case UInt8(ascii: "\n"):
        endField()
        rows.append(row)
        row.removeAll()
      case UInt8(ascii: "\r"):
        throw Malformed()  // a bare CR outside quotes means a field was not quoted
      default:
        field.append(byte)
      }
    }
    guard !quoted, field.isEmpty, row.isEmpty else { throw Malformed() }
    return rows
  }
}
