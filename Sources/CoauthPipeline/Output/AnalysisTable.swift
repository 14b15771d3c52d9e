import CoauthExport

/// One CSV table of an ``Analysis``: its file name, its header and how its rows are written.
/// ``AnalysisWriter`` writes the tables of ``AnalysisWriter/tables``, and `growth.csv` when asked.
public protocol AnalysisTable: Sendable {
  /// The file the table is written to, such as `authors.csv`.
  static var fileName: String { get }
  /// The column names, in order.
  static var header: [String] { get }
  /// Writes the rows of `analysis` into `csv` (whose header must be ``header``).
  static func write<Sink>(_ analysis: Analysis, into csv: inout CSVWriter<Sink>)
    throws(ExportError)
}

