import CoauthExport

/// One CSV table of an ``Analysis``: its file name, its header and how its rows are written.
/// ``AnalysisWriter`` writes the tables of ``AnalysisWriter/tables``, and `growth.csv` when asked.
public protocol AnalysisTable: Sendable {
  /// The file the table is written to, such as `authors.csv`.
  static var fileName: String { get }
  /// The column names, in order.
  static var header: [String] { get }
  /// Writes the rows of `analysis` into `csv` (a CSV or GraphML writer whose columns are
  /// ``header``).
  static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
}

