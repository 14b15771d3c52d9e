import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `publications.csv`: one row per publication kept, in input order.
///
/// Columns: `pub_id` (the record's own key), `title`, `year`, `venue`, `n_authors`, `source`
/// (`file:line`), `doi` (normalized: lowercase, without `doi:` or the resolver's address; empty
/// when the record gives none, as DBLP XML records do).
public enum PublicationsTable: AnalysisTable {
  public static let fileName = "publications.csv"
  public static let header = ["pub_id", "title", "year", "venue", "n_authors", "source", "doi"]

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let dois = analysis.corpus.doisByPublication
    for (index, publication) in analysis.corpus.publications.enumerated() {
      csv.write(publication.id)
      csv.write(publication.title)
      csv.write(optional: publication.year)
      csv.write(publication.venue)
      csv.write(publication.authors.count)
      csv.write(publication.location.description)
      csv.write(dois[index] ?? "")
      try csv.endRow()
    }
  }
}
