import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `edges.csv`: one row per pair of co-authors, ordered by source then target index.
///
/// Columns: `source`, `target` (author ids), `papers` (joint papers), `weight` (Newman: the sum
/// of `1 / (n - 1)` over joint papers with `n` authors), `first_year`, `last_year`, `pub_ids`
/// (`|`-separated, in input order), `fractional` (fractional counting: the sum of `1 / n` over
/// joint papers).
public enum EdgesTable: AnalysisTable {
  public static let fileName = "edges.csv"
  public static let header = [
    "source", "target", "papers", "weight", "first_year", "last_year", "pub_ids", "fractional",
  ]

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let graph = analysis.graph
    let ids = analysis.resolution.authors.ids
    let publications = analysis.corpus.publications
    let fractional = analysis.fractionalStrength
    for edge in 0..<graph.edgeCount {
      let halfEdge = Int(graph.edgeHalfEdges[edge])
      csv.write(ids[Int(graph.edgeSources[edge])])
      csv.write(ids[Int(graph.targets[halfEdge])])
      csv.write(graph.papers[halfEdge])
      csv.write(graph.weights[halfEdge])
      csv.write(year: graph.firstYear[halfEdge])
      csv.write(year: graph.lastYear[halfEdge])
      let joint = graph.publications(ofEdge: edge)
      csv.writeList(count: joint.count) { publications[Int(joint[joint.startIndex + $0])].id }
      if edge < fractional.count {
        csv.write(fractional[edge])
      } else {
        csv.writeEmpty()
      }
      try csv.endRow()
    }
  }
}
