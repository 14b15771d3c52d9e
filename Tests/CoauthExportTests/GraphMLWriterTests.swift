import CoauthExport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct GraphMLWriterTests {
  static let nodeColumns = [GraphMLColumn("name", .string), GraphMLColumn("score", .double)]
  static let edgeColumns = [GraphMLColumn("papers", .long)]

  /// Two nodes and an edge: keys declared once with their types, an empty field without data.
  @Test func writesKeysNodesAndEdges() throws {
    var writer = GraphMLWriter(nodeColumns: Self.nodeColumns, edgeColumns: Self.edgeColumns)
    writer.write("ada")
    writer.write("Ada Lovelace")
    writer.write(0.25)
    try writer.endRow()
    writer.write("bob")
    writer.write("Bob")
    writer.writeEmpty()
    try writer.endRow()
    writer.beginEdges()
    writer.write("ada")
    writer.write("bob")
    writer.write(3)
    try writer.endRow()
    #expect(writer.nodeCount == 2)
    #expect(writer.edgeCount == 1)
    let text = try writer.finishText()
    #expect(
      text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
        http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="n0" for="node" attr.name="name" attr.type="string"/>
          <key id="n1" for="node" attr.name="score" attr.type="double"/>
          <key id="e0" for="edge" attr.name="papers" attr.type="long"/>
          <graph id="G" edgedefault="undirected">
            <node id="ada"><data key="n0">Ada Lovelace</data><data key="n1">0.25</data></node>
            <node id="bob"><data key="n0">Bob</data></node>
            <edge source="ada" target="bob"><data key="e0">3</data></edge>
          </graph>
        </graphml>

        """)
  }

  /// Markup characters are escaped, characters XML forbids become spaces, lists are joined, and
  /// NaN and infinities are spelt as XML Schema spells them; an XML parser reads every value back.
  @Test func escapedTextAndSpecialNumbersReadBack() throws {
    var writer = GraphMLWriter(
      nodeColumns: [
        GraphMLColumn("name", .string), GraphMLColumn("variants", .string),
        GraphMLColumn("a", .double), GraphMLColumn("b", .double), GraphMLColumn("c", .double),
      ],
      edgeColumns: [], directed: true)
    writer.write("a&b<\"c\">")
    writer.write("Ann \u{1}Lee\u{FFFF} & <Co>")
    writer.writeList(count: 2) { ["x|", "y & z"][$0] }
    writer.write(Double.nan)
    writer.write(Double.infinity)
    writer.write(-Double.infinity)
    try writer.endRow()
    writer.write("plain")
    writer.writeEmpty()
    writer.writeEmpty()
    writer.writeEmpty()
    writer.writeEmpty()
    writer.writeEmpty()
    try writer.endRow()
    writer.beginEdges()
    writer.write("a&b<\"c\">")
    writer.write("plain")
    try writer.endRow()
    let text = try writer.finishText()
    #expect(text.contains("edgedefault=\"directed\""))
    #expect(text.contains("<node id=\"plain\"></node>"))

    let reader = GraphMLReadBack()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = reader
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    #expect(reader.nodeIDs == ["a&b<\"c\">", "plain"])
    #expect(reader.edges == [["a&b<\"c\">", "plain"]])
    #expect(reader.data == [
      "n0": "Ann  Lee  & <Co>", "n1": "x||y & z", "n2": "NaN", "n3": "INF", "n4": "-INF",
    ])
  }

  /// A node row needs only its id when there are no attribute columns.
  @Test func nodesWithoutAttributes() throws {
    var writer = GraphMLWriter(nodeColumns: [], edgeColumns: [])
    writer.write("x")
    try writer.endRow()
    #expect(try writer.finishText().contains("    <node id=\"x\"></node>\n"))
  }

  /// The writer hands its buffer to the sink in chunks and at the end: a small chunk size gives
  /// the same document.
  @Test func chunkedOutputIsTheSame() throws {
    func document(chunkSize: Int) throws -> String {
      var writer = GraphMLWriter(
        sink: ByteBuffer(), nodeColumns: Self.nodeColumns, edgeColumns: Self.edgeColumns,
        chunkSize: chunkSize)
      for index in 0..<50 {
        writer.write("node-\(index)")
        writer.write("Name \(index)")
        writer.write(Double(index) / 7)
        try writer.endRow()
      }
      writer.beginEdges()
      for index in 1..<50 {
        writer.write("node-\(index - 1)")
        writer.write("node-\(index)")
        writer.write(index)
        try writer.endRow()
      }
      return try writer.finishText()
    }
    #expect(try document(chunkSize: 16) == document(chunkSize: 1 << 16))
  }
}

/// Collects node ids, edge ends and the first node's data values as an XML parser reads them.
private final class GraphMLReadBack: NSObject, XMLParserDelegate {
  var nodeIDs: [String] = []
  var edges: [[String]] = []
  var data: [String: String] = [:]
  private var key: String?
  private var text = ""

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch element {
    case "node": nodeIDs.append(attributes["id"] ?? "?")
    case "edge": edges.append([attributes["source"] ?? "?", attributes["target"] ?? "?"])
    case "data":
      key = attributes["key"]
      text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if key != nil { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if element == "data", let key, nodeIDs.count == 1 { data[key] = text }
    key = nil
  }
}
