import ArgumentParser
import CoauthExport
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth top --by pagerank`: the leading authors by one measure.
  struct Top: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the leading authors by a metric of authors.csv (pagerank by default).",
      discussion: """
        Runs the analysis and prints the authors with the highest values of one column of \
        authors.csv, with their papers, co-authors and years; ties go to more papers. \
        Betweenness, closeness and harmonic centrality are computed only when ranked by \
        (sampled on large graphs, as in analyze). With --csv, writes the table as CSV to \
        standard output: rank, author_id, name, the measure, papers and degree (unless ranked \
        by), first_year, last_year.

        Measures: \(AuthorRanking.measures.joined(separator: ", ")).

        Examples:
          coauth top datasets/seeds
          coauth top --by betweenness --limit 20 refs.bib
          coauth top --by constraint --ascending --csv refs.bib > brokers.csv
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Metrics") var metrics: MetricFlags

    @Option(help: ArgumentHelp("The column to rank by.", valueName: "measure"))
    var by = "pagerank"

    @Option(help: ArgumentHelp("How many authors to list.", valueName: "n"))
    var limit = 10

    @Flag(help: "Lowest values first (for constraint, where low means brokerage).")
    var ascending = false

    @Flag(help: "Write the table as CSV to standard output.")
    var csv = false

    func validate() throws {
      guard AuthorRanking.measures.contains(by) else {
        throw ValidationError(
          "--by '\(by)' is not a measure: expected one of "
            + AuthorRanking.measures.joined(separator: ", "))
      }
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        var options = metrics.options
        // The searches from every author are the slow part: only when they are ranked by.
        if !AuthorRanking.pathMeasures.contains(by) { options.pathCentralities = false }
        let analysis = try run.pipeline(metrics: options).analyze(
          paths, diagnostics: run.diagnostics.handler)
        KeptUntilExit.keep(analysis)
        try run.stopOnErrors()
        guard
          let ranking = AuthorRanking(analysis, by: by, ascending: ascending, limit: limit)
        else { throw ValidationError("--by '\(by)' is not a measure") }
        let report = TopReport(analysis: analysis, ranking: ranking)
        if csv {
          FileHandle.standardOutput.write(Data(try report.csv().utf8))
        } else {
          print(report.text(), terminator: "")
        }
      }
      try run.finish()
    }
  }
}

/// The table and text of `coauth top`.
struct TopReport {
  let analysis: Analysis
  let ranking: AuthorRanking
  private let format = NumberFormat(significantDigits: 4)

  init(analysis: Analysis, ranking: AuthorRanking) {
    self.analysis = analysis
    self.ranking = ranking
  }

  private func value(_ entry: AuthorRanking.Entry) -> String {
    ranking.isInteger ? String(Int64(entry.value)) : format.string(entry.value)
  }

  private func years(_ author: Int) -> String {
    let activity = analysis.activity
    guard let first = activity.firstYear[author], let last = activity.lastYear[author] else {
      return "-"
    }
    return first == last ? String(first) : "\(first)-\(last)"
  }

  /// `papers` and `degree` beside the measure, unless it is one of them.
  private var contextColumns: [String] {
    ["papers", "degree"].filter { $0 != ranking.measure }
  }

  private func contextValue(_ column: String, of author: Int) -> Int? {
    if column == "papers" { return Int(analysis.activity.papers[author]) }
    let degree = analysis.metrics.degree
    return author < degree.count ? degree[author] : nil
  }

  func text() -> String {
    let authors = analysis.resolution.authors
    let entries = ranking.entries
    guard !entries.isEmpty else { return "No author has a \(ranking.measure) value.\n" }
    let context = contextColumns
    let rows = entries.enumerated().map { rank, entry in
      [String(rank + 1), value(entry)]
        + context.map { contextValue($0, of: entry.author).map(String.init) ?? "-" }
        + [years(entry.author), authors.names[entry.author]]
    }
    let header =
      ["rank", ranking.measure] + context.map { $0 == "degree" ? "co-authors" : $0 }
      + ["years", "name"]
    let numbers = 2 + context.count
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        // Numbers right-aligned, years and names left-aligned; the last column unpadded.
        if column < numbers { return padding + cell }
        return column == cells.count - 1 ? cell : cell + padding
      }.joined(separator: "  ")
    }
    var lines = [
      "Top \(entries.count) of \(authors.count) authors by \(ranking.measure)", "", line(header),
    ]
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  func csv() throws -> String {
    let authors = analysis.resolution.authors
    let activity = analysis.activity
    let context = contextColumns
    var writer = CSVWriter(
      sink: ByteBuffer(),
      header: ["rank", "author_id", "name", ranking.measure] + context + ["first_year", "last_year"],
      numberFormat: NumberFormat(significantDigits: 10))
    for (rank, entry) in ranking.entries.enumerated() {
      writer.write(rank + 1)
      writer.write(authors.ids[entry.author])
      writer.write(authors.names[entry.author])
      if ranking.isInteger { writer.write(Int64(entry.value)) } else { writer.write(entry.value) }
      for column in context {
        if let value = contextValue(column, of: entry.author) { writer.write(value) } else {
          writer.writeEmpty()
        }
      }
      for year in [activity.firstYear[entry.author], activity.lastYear[entry.author]] {
        if let year { writer.write(year) } else { writer.writeEmpty() }
      }
      try writer.endRow()
    }
    return try writer.finish().text
  }
}
