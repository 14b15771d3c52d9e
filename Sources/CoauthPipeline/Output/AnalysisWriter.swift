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

  /// The files always written, in order (`growth.csv` comes before `summary.json` when asked).
  public static let fileNames = [
    PublicationsTable.fileName, AuthorshipsTable.fileName, AuthorsTable.fileName,
    EdgesTable.fileName, MentorshipTable.fileName, GenealogyTable.fileName, RunSummary.fileName,
  ]

  /// Writes the six CSV tables (seven with ``includesGrowth``) and `summary` into `directory`
  /// (created when missing).
  public func write(_ analysis: Analysis, summary: JSONValue, into directory: String) throws {
    try StagedOutput.write(into: directory) { output in
      try table(PublicationsTable.fileName, PublicationsTable.header, output) {
        (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
        try PublicationsTable.write(analysis, into: &csv)
      }
      try table(AuthorshipsTable.fileName, AuthorshipsTable.header, output) {
        (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
        try AuthorshipsTable.write(analysis, into: &csv)
      }
      try table(AuthorsTable.fileName, AuthorsTable.header, output) {
        (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
        try AuthorsTable.write(analysis, into: &csv)
      }
      try table(EdgesTable.fileName, EdgesTable.header, output) {
        (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
        try EdgesTable.write(analysis, into: &csv)
      }
      try table(MentorshipTable.fileName, MentorshipTable.header, output) {
        (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
        try MentorshipTable.write(analysis, into: &csv)
      }
      try table(GenealogyTable.fileName, GenealogyTable.header, output) {
        (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
        try GenealogyTable.write(analysis, into: &csv)
      }
      if includesGrowth {
        try table(GrowthTable.fileName, GrowthTable.header, output) {
          (csv: inout CSVWriter<StagedFile>) throws(ExportError) in
          try GrowthTable.write(analysis, into: &csv)
        }
      }
      try output.write(RunSummary.fileName, text: summary.text())
    }
  }

  private func table(
    _ fileName: String, _ header: [String], _ output: StagedOutput,
    _ body: (inout CSVWriter<StagedFile>) throws(ExportError) -> Void
  ) throws(ExportError) {
    var csv = CSVWriter(sink: try output.create(fileName), header: header, numberFormat: numberFormat)
    try body(&csv)
    _ = try csv.finish()
  }
}
