import CoauthExport

/// `graph.graphml` (with `--graphml`): the co-author graph for Gephi, Cytoscape, yEd, networkx
/// and igraph. One node per author, its id the `author_id` and its attributes the other columns
/// of `authors.csv`; one undirected edge per pair of co-authors with the columns of `edges.csv`
/// after `source` and `target`. The rows come from ``AuthorsTable`` and ``EdgesTable``
/// themselves, so the two formats always hold the same values.
public enum GraphMLFile {
  public static let fileName = "graph.graphml"

  /// The node attributes: the columns of `authors.csv` after `author_id`, with their types.
  static func nodeColumns(of analysis: Analysis) -> [GraphMLColumn] {
    let fixed: [GraphMLColumn] = [
      .init("name", .string), .init("kind", .string), .init("variants", .string),
      .init("papers", .long), .init("first_year", .long), .init("last_year", .long),
    ]
    return fixed
      + analysis.metrics.columns.map { column in
        switch column.values {
        case .integers: GraphMLColumn(column.name, .long)
        case .reals: GraphMLColumn(column.name, .double)
        }
      }
  }

  /// The edge attributes: the columns of `edges.csv` after `source` and `target`.
  static let edgeColumns: [GraphMLColumn] = [
    .init("papers", .long), .init("weight", .double), .init("first_year", .long),
    .init("last_year", .long), .init("pub_ids", .string), .init("fractional", .double),
  ]

  /// Writes the graph of `analysis` as `graph.graphml` into `output`.
  static func write(
    _ analysis: Analysis, numberFormat: NumberFormat, into output: StagedOutput
  ) throws(ExportError) {
    var graphML = GraphMLWriter(
      sink: try output.create(fileName),
      nodeColumns: nodeColumns(of: analysis), edgeColumns: edgeColumns,
      numberFormat: numberFormat)
    try AuthorsTable.write(analysis, into: &graphML)
    graphML.beginEdges()
    try EdgesTable.write(analysis, into: &graphML)
    _ = try graphML.finish()
  }
}
