/// Writes a graph as GraphML (http://graphml.graphdrawing.org), the exchange format that Gephi,
/// Cytoscape, yEd, networkx (`read_graphml`) and igraph (`Graph.Read_GraphML`) read with typed
/// attributes.
///
/// The graph is written as two tables through ``TableRowWriter``: first the node rows, whose
/// first field is the node id and whose other fields are its attributes, then, after
/// ``beginEdges()``, the edge rows, whose first two fields are the ids of its ends. Each attribute
/// column is declared once as a `<key>` with its type; an empty field writes no `<data>` (the
/// value is missing).
///
/// - Text is escaped for XML (`&`, `<`, `>`, `"`); characters XML 1.0 does not allow (control
///   characters other than tab and line ends, U+FFFE, U+FFFF) become spaces.
/// - Numbers are printed by ``NumberFormat``, except that NaN is `NaN` and infinities are `INF`
///   and `-INF`, as XML Schema spells them for `double`.
/// - Output collects in a byte buffer handed to the sink in chunks of about ``chunkSize`` bytes.
///
/// Not generic over its sink (unlike ``CSVWriter``): the sink is only called once per chunk, and
/// a writer used from another module then runs specialized code for every field.
public struct GraphMLWriter: TableRowWriter {
  public typealias Column = GraphMLColumn

  /// How doubles are printed.
  public let numberFormat: NumberFormat
  /// Buffered bytes are passed to the sink once they exceed this size.
  public let chunkSize: Int
  /// Nodes and edges completed so far.
  public private(set) var nodeCount = 0
  public private(set) var edgeCount = 0

  private let nodeColumns: [Column]
  private let edgeColumns: [Column]
  /// `<data key="n3">` for each node column, `<data key="e3">` for each edge column.
  private let nodeDataTags: [[UInt8]]
  private let edgeDataTags: [[UInt8]]
  private var sink: any ByteSink
  private var buffer: [UInt8] = []
  /// Reused per number: its digits.
  private var scratch: [UInt8] = []
  private var writingEdges = false
  private var fieldIndex = 0

  /// A writer that starts the document with the key declarations: `nodeColumns` are the
  /// attributes after the node id, `edgeColumns` those after the two ends of an edge.
  /// `directed` sets the graph's `edgedefault`.
  public init(
    sink: some ByteSink, nodeColumns: [Column], edgeColumns: [Column], directed: Bool = false,
    numberFormat: NumberFormat = NumberFormat(), chunkSize: Int = 1 << 16
  ) {
    self.sink = sink
    self.nodeColumns = nodeColumns
    self.edgeColumns = edgeColumns
    self.numberFormat = numberFormat
    self.chunkSize = max(chunkSize, 1)
    nodeDataTags = nodeColumns.indices.map { Array("<data key=\"n\($0)\">".utf8) }
    edgeDataTags = edgeColumns.indices.map { Array("<data key=\"e\($0)\">".utf8) }
    buffer.reserveCapacity(self.chunkSize + 4096)
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
    append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
    append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
    append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
    for (domain, prefix, columns) in [("node", "n", nodeColumns), ("edge", "e", edgeColumns)] {
      for (index, column) in columns.enumerated() {
        append(built: "  <key id=\"\(prefix)\(index)\" for=\"\(domain)\" attr.name=\"")
        appendEscaped(column.name)
        append(built: "\" attr.type=\"\(column.type.rawValue)\"/>\n")
      }
    }
    append(built: "  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n")
  }

  /// Ends the node rows; the rows written after are edges.
  public mutating func beginEdges() {
    precondition(fieldIndex == 0, "beginEdges() in the middle of a row")
    writingEdges = true
  }

  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { field($0) }
  }

  public mutating func write(_ text: Substring) {
    write(String(text))
  }

  public mutating func writeList(count: Int, separator: UInt8, item: (Int) -> String) {
    var joined: [UInt8] = []
    for index in 0..<count {
      if index > 0 { joined.append(separator) }
      joined.append(contentsOf: item(index).utf8)
    }
    joined.withUnsafeBufferPointer { field($0) }
  }

  public mutating func write(_ value: Double) {
    if value.isNaN {
      write("NaN")
    } else if value.isInfinite {
      write(value < 0 ? "-INF" : "INF")
    } else {
      scratch.removeAll(keepingCapacity: true)
      numberFormat.append(value, to: &scratch)
      writeScratch()
    }
  }

  public mutating func write(_ value: Int) { write(Int64(value)) }

  public mutating func write(_ value: Int32) { write(Int64(value)) }

  public mutating func write(_ value: Int64) {
    scratch.removeAll(keepingCapacity: true)
    NumberFormat.appendInteger(value, to: &scratch)
    writeScratch()
  }

  /// Writes the bytes in `scratch` as the next field.
  private mutating func writeScratch() {
    var digits: [UInt8] = []
    swap(&digits, &scratch)
    digits.withUnsafeBufferPointer { field($0) }
    swap(&digits, &scratch)
  }

  public mutating func writeEmpty() {
    field(UnsafeBufferPointer(start: nil, count: 0), isEmpty: true)
  }

  public mutating func endRow() throws(ExportError) {
    let identity = writingEdges ? 2 : 1
    let columns = writingEdges ? edgeColumns : nodeColumns
    precondition(
      fieldIndex == identity + columns.count,
      "row has \(fieldIndex) fields, expected \(identity + columns.count)")
    if fieldIndex == identity { append(">") }
    append(writingEdges ? "</edge>\n" : "</node>\n")
    if writingEdges { edgeCount += 1 } else { nodeCount += 1 }
    fieldIndex = 0
    if buffer.count >= chunkSize { try flush() }
  }

  /// Closes the document, flushes the remaining bytes and returns the sink. The current row
  /// must be complete.
  public consuming func finish() throws(ExportError) -> any ByteSink {
    precondition(fieldIndex == 0, "finish() in the middle of a row")
    append("  </graph>\n</graphml>\n")
    try flush()
    return sink
  }

  // MARK: - Helpers

  /// Writes the next field of the row: an identity attribute of the element, or a `<data>`.
  private mutating func field(_ utf8: UnsafeBufferPointer<UInt8>, isEmpty: Bool = false) {
    let identity = writingEdges ? 2 : 1
    switch (writingEdges, fieldIndex) {
    case (false, 0):
      append("    <node id=\"")
      appendEscaped(utf8)
      append("\"")
    case (true, 0):
      append("    <edge source=\"")
      appendEscaped(utf8)
      append("\"")
    case (true, 1):
      append(" target=\"")
      appendEscaped(utf8)
      append("\"")
    default:
      let columns = writingEdges ? edgeColumns : nodeColumns
      let column = fieldIndex - identity
      precondition(column < columns.count, "more fields than the \(columns.count) columns")
      if column == 0 { append(">") }
      if !isEmpty {
        buffer.append(contentsOf: writingEdges ? edgeDataTags[column] : nodeDataTags[column])
        appendEscaped(utf8)
        append("</data>")
      }
    }
    fieldIndex += 1
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
  }

  private mutating func append(built text: String) {
    var text = text
    text.withUTF8 { buffer.append(contentsOf: $0) }
  }

  private mutating func appendEscaped(_ text: String) {
    var text = text
    text.withUTF8 { appendEscaped($0) }
  }

  /// Appends `utf8` escaped for an XML attribute or element (the rules of the type comment).
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    // Most text needs no escape: one check, one copy.
    if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<")
      || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == 0xEF })
    {
      buffer.append(contentsOf: utf8)
      return
    }
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      switch byte {
      case UInt8(ascii: "&"): append("&amp;")
      case UInt8(ascii: "<"): append("&lt;")
      case UInt8(ascii: ">"): append("&gt;")
      case UInt8(ascii: "\""): append("&quot;")
      case 0x09, 0x0A, 0x0D: buffer.append(byte)
      case 0x00..<0x20: buffer.append(UInt8(ascii: " "))
      case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF
        && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
        // U+FFFE and U+FFFF are not XML characters.
        buffer.append(UInt8(ascii: " "))
        index += 2
      default: buffer.append(byte)
      }
      index += 1
    }
  }

  /// Hands all buffered bytes to the sink.
  private mutating func flush() throws(ExportError) {
    guard !buffer.isEmpty else { return }
    try sink.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

extension GraphMLWriter {
  /// A writer that collects everything in memory (a ``ByteBuffer``).
  public init(nodeColumns: [Column], edgeColumns: [Column], directed: Bool = false) {
    self.init(sink: ByteBuffer(), nodeColumns: nodeColumns, edgeColumns: edgeColumns, directed: directed)
  }

  /// Closes the document of a writer made with a ``ByteBuffer`` and returns its text.
  public consuming func finishText() throws(ExportError) -> String {
    guard let buffer = try finish() as? ByteBuffer else {
      preconditionFailure("finishText() on a writer whose sink is not a ByteBuffer")
    }
    return buffer.text
  }
}

/// One attribute column of a ``GraphMLWriter``: its name (`attr.name`) and type (`attr.type`).
public struct GraphMLColumn: Sendable, Equatable {
  /// The GraphML attribute types coauth writes.
  public enum ValueType: String, Sendable {
    case string, long, double
  }

  public var name: String
  public var type: ValueType

  public init(_ name: String, _ type: ValueType) {
    self.name = name
    self.type = type
  }
}
