import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `authors.csv`: one row per resolved person or group, in `AuthorIndex` order.
///
/// Columns: `author_id`, `name` (display form), `kind` (`person` or `group`), `variants` (every
/// printed form, `|`-separated), `papers`, `first_year`, `last_year`, then one column per metric
/// of ``AuthorMetrics/columns`` (empty when that metric was not computed).
public enum AuthorsTable: AnalysisTable {
  public static let fileName = "authors.csv"

  /// The header: fixed columns, then the metric names.
  public static var header: [String] {
    ["author_id", "name", "kind", "variants", "papers", "first_year", "last_year"]
      + AuthorMetrics().columns.map(\.name)
  }

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let authors = analysis.resolution.authors
    let activity = analysis.activity
    let columns = analysis.metrics.columns
    for author in 0..<authors.count {
      csv.write(authors.ids[author])
      csv.write(authors.names[author])
      csv.write(authors.kinds[author].rawValue)
      csv.write(list: authors.variants[author])
      csv.write(activity.papers[author])
      csv.write(optional: activity.firstYear[author])
      csv.write(optional: activity.lastYear[author])
      for column in columns {
        switch column.values {
        case .integers(let values) where author < values.count: csv.write(values[author])
        case .reals(let values) where author < values.count: csv.write(values[author])
        default: csv.writeEmpty()
        }
      }
      try csv.endRow()
    }
  }
}
