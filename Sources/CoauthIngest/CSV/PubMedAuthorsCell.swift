/// The Authors cell of PubMed's "Save > CSV" export: the record's `AU` names as its MEDLINE
/// export prints them ("Smith JA", "King ML Jr", initials without stops), separated by commas,
/// the list closed by a full stop ("Smith JA, Doe AB."). The stop belongs to the list, not to
/// the last name: without it the last author reads as the same person does in MEDLINE and
/// everywhere else ("Doe AB", not "Doe AB.").
enum PubMedAuthorsCell {
  /// `cell` without the full stop that closes PubMed's author list; an ellipsis is kept. PubMed
  /// closes the list as it closes its titles (`PubMedTitle.withoutClosingStop`).
  static func withoutClosingStop(_ cell: String) -> String {
    PubMedTitle.withoutClosingStop(cell)
  }
}
