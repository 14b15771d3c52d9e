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
  /// Also write `graph.graphml`, the co-author graph for graph tools (``GraphMLFile``).
  public var includesGraphML: Bool

  public init(
    numberFormat: NumberFormat = NumberFormat(significantDigits: 10), includesGrowth: Bool = false,
    includesGraphML: Bool = false
  ) {
    self.numberFormat = numberFormat
    self.includesGrowth = includesGrowth
    self.includesGraphML = includesGraphML
  }

  /// The tables always written, in order.
  public static let tables: [any AnalysisTable.Type] = [
    PublicationsTable.self, AuthorshipsTable.self, AuthorsTable.self, EdgesTable.self,
    MentorshipTable.self, GenealogyTable.self,
  ]

  /// The files always written, in order (`growth.csv` comes before `summary.json` when asked).
  public static let fileNames = tables.map { $0.fileName } + [RunSummary.fileName]

  /// Writes the six CSV tables (seven with ``includesGrowth``), `graph.graphml` with
  /// ``includesGraphML``, and `summary` into `directory` (created when missing). A `growth.csv`
  /// or `graph.graphml` that an earlier run left there and this one does not write is removed
  /// with the commit: it would not match this run's tables.
  public func write(_ analysis: Analysis, summary: JSONValue, into directory: String) throws {
    let tables = Self.tables + (includesGrowth ? [GrowthTable.self] : [])
    try StagedOutput.write(into: directory) { output in
      for table in tables { try write(table, of: analysis, into: output) }
      if includesGraphML {
        try GraphMLFile.write(analysis, numberFormat: numberFormat, into: output)
      } else {
        try output.removeOnCommit(GraphMLFile.fileName)
      }
      try output.write(RunSummary.fileName, text: summary.text())
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
