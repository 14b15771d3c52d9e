import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// Writes every table of an ``Analysis`` into a directory, atomically: all files appear
/// together, or (on any error) none is replaced.
public struct AnalysisWriter {
  /// How numbers are printed in the tables.
  public var numberFormat: NumberFormat
  /// Also write `growth.csv`, the network's growth year by year.
  public var includesGrowth: Bool

  public init(
    numberFormat: NumberFormat = NumberFormat(significantDigits: 10), includesGrowth: Bool = false
  ) {
    self.numberFormat = numberFormat
    self.includesGrowth = includesGrowth
  }

  /// The tables always written, in order.
  public static let tables: [any AnalysisTable.Type] = [
    PublicationsTable.self, AuthorshipsTable.self, AuthorsTable.self, EdgesTable.self,
    MentorshipTable.self, GenealogyTable.self,
  ]

  /// The files always written, in order (`growth.csv` comes before `summary.json` when asked).
  public static let fileNames = tables.map { $0.fileName } + [RunSummary.fileName]

  /// Writes the six CSV tables (seven with ``includesGrowth``) and `summary` into `directory`
  /// (created when missing); without ``includesGrowth``, a `growth.csv` left there by an earlier
  /// run is removed with the commit.
  public func write(_ analysis: Analysis, summary: JSONValue, into directory: String) throws {
    let tables = Self.tables + (includesGrowth ? [GrowthTable.self] : [])
    try StagedOutput.write(into: directory) { output in
      for table in tables { try write(table, of: analysis, into: output) }
      try output.write(RunSummary.fileName, text: summary.text())
      // A growth table of an earlier run would not match this run's tables.
      if !includesGrowth { try output.removeOnCommit(GrowthTable.fileName) }
    }
  }

  private func write(
    _ table: any AnalysisTable.Type, of analysis: Analysis, into output: StagedOutput
  ) throws(ExportError) {
    var csv = CSVWriter(
      sink: try output.create(table.fileName), header: table.header, numberFormat: numberFormat)
    try table.write(analysis, into: &csv)
    _ = try csv.finish()
  }
}
