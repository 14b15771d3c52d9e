import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `growth.csv` (written by `coauth analyze --by-year`): one row per year from the first to the
/// last dated publication.
///
/// Columns: `year`, `papers`, `mean_team_size`, `active_authors`, `new_authors`, `authors`
/// (so far), `new_collaborations`, `collaborations` (so far), `giant_component` (authors in the
/// largest component of the network so far), `giant_component_share`.
public enum GrowthTable: AnalysisTable {
  public static let fileName = "growth.csv"
  public static let header = [
    "year", "papers", "mean_team_size", "active_authors", "new_authors", "authors",
    "new_collaborations", "collaborations", "giant_component", "giant_component_share",
  ]

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let papers = GraphPaper.grouping(
      analysis.resolution.authorships, publicationYears: analysis.corpus.publications.map(\.year))
    for row in YearGrowth.series(graph: analysis.graph, papers: papers) {
      csv.write(row.year)
      csv.write(row.papers)
      csv.write(row.meanTeamSize)
      csv.write(row.activeAuthors)
      csv.write(row.newAuthors)
      csv.write(row.authors)
      csv.write(row.newCollaborations)
      csv.write(row.collaborations)
      csv.write(row.giantComponent)
      csv.write(row.giantComponentShare)
      try csv.endRow()
    }
  }
}
