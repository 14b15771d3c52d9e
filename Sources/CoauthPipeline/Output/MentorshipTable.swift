import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames

/// `mentorship.csv`: one row per inferred advisor-advisee relation, by mentor then mentee.
///
/// Columns: `mentor_id`, `mentor_name`, `mentee_id`, `mentee_name`, `score` (0..1),
/// `start_year`, `end_year`, `joint_papers`, `evidence` (the features behind the score).
public enum MentorshipTable: AnalysisTable {
  public static let fileName = "mentorship.csv"
  public static let header = [
    "mentor_id", "mentor_name", "mentee_id", "mentee_name", "score", "start_year", "end_year",
    "joint_papers", "evidence",
  ]

  /// Writes the table of `analysis` into `csv` (whose header must be ``header``).
  public static func write(_ analysis: Analysis, into csv: inout some TableRowWriter)
    throws(ExportError)
  {
    let authors = analysis.resolution.authors
    for relation in analysis.mentorship {
      csv.write(authors.ids[Int(relation.mentor)])
      csv.write(authors.names[Int(relation.mentor)])
      csv.write(authors.ids[Int(relation.mentee)])
      csv.write(authors.names[Int(relation.mentee)])
      csv.write(relation.score)
      csv.write(relation.startYear)
      csv.write(relation.endYear)
      csv.write(relation.jointPapers)
      csv.write(relation.evidence.description)
      try csv.endRow()
    }
  }
}
