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

  public init(
    mentor: String, mentee: String, startYear: Int? = nil, endYear: Int? = nil,
    location: SourceLocation
  ) {
    self.mentor = mentor
    self.mentee = mentee
    self.startYear = startYear
    self.endYear = endYear
    self.location = location
  }
}
