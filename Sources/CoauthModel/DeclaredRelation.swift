/// An advising relation that a source states ("advised by X and Y", a "Mentoring" list in a CV,
/// a relations CSV), as opposed to one inferred from publications.
public struct DeclaredRelation: Sendable, Hashable {
  /// The advisor or mentor, as printed.
  public var mentor: String
  /// The student or mentee, as printed.
  public var mentee: String
  public var startYear: Int?
  public var endYear: Int?
  /// Where the statement was read.
  public var location: SourceLocation
  /// Who states it, when the input says (a relations CSV's `source` column: "MGP",
  /// "Wikidata P184", "OpenReview"); empty for statements read from homepages and CVs.
  public var source: String

  public init(
    mentor: String, mentee: String, startYear: Int? = nil, endYear: Int? = nil,
    location: SourceLocation, source: String = ""
  ) {
    self.mentor = mentor
    self.mentee = mentee
    self.startYear = startYear
    self.endYear = endYear
    self.location = location
    self.source = source
  }
}
