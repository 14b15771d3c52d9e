import CoauthExport
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `genealogy.csv`: one row per author with an advisor or an advisee in `mentorship.csv`, in
/// author order.
///
/// Columns: `author_id`, `name`, `advisors`, `advisees` (counts), `descendants` (academic
/// descendants: advisees, theirs, and so on), `lineage_depth` (generations below), `generation`
/// (generations above: 0 without a known advisor), `ancestors` (advisors, theirs, and so on).
public enum GenealogyTable: AnalysisTable {
  public static let fileName = "genealogy.csv"
  public static let header = [
    "author_id", "name", "advisors", "advisees", "descendants", "lineage_depth", "generation",
    "ancestors",
  ]

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let authors = analysis.resolution.authors
    let genealogy = analysis.genealogy
    for index in 0..<authors.count where genealogy.isInGenealogy(AuthorIndex(index)) {
      let author = AuthorIndex(index)
      csv.write(authors.ids[index])
      csv.write(authors.names[index])
      csv.write(genealogy.advisors(of: author).count)
      csv.write(genealogy.advisees(of: author).count)
      csv.write(genealogy.descendants[index])
      csv.write(genealogy.lineageDepth[index])
      csv.write(genealogy.generation[index])
      csv.write(genealogy.ancestors[index])
      try csv.endRow()
    }
  }
}
