import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `authorships.csv`: one row per author mention, in publication then position order.
///
/// Columns: `pub_id`, `position` (1-based), `raw_name` (as printed, markup removed),
/// `author_id`.
public enum AuthorshipsTable: AnalysisTable {
  public static let fileName = "authorships.csv"
  public static let header = ["pub_id", "position", "raw_name", "author_id"]

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let publications = analysis.corpus.publications
    let ids = analysis.resolution.authors.ids
    for authorship in analysis.resolution.authorships {
      let publication = publications[Int(authorship.publication)]
      let position = Int(authorship.position)
      csv.write(publication.id)
      csv.write(position)
      csv.write(publication.authors[position - 1].printed)
      csv.write(ids[Int(authorship.author)])
      try csv.endRow()
    }
  }
}
