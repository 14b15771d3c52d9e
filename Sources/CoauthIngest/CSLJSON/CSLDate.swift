/// The year of a CSL-JSON date variable (`issued`): `{"date-parts": [[2020, 5, 1]]}` with
/// numbers or numeric strings (or a whole date in the year's place, `[["2020-05-01"]]`), else
/// the first four-digit number of `raw` or `literal` (`{"raw": "2020-05"}`, `{"literal":
/// "Spring 2020"}`).
enum CSLDate {
  /// The year, or nil when the date holds none.
  static func year(_ value: JSONValue) -> Int? {
    if case .array(let parts) = value["date-parts"]?.kind, let first = parts.first,
      case .array(let fields) = first.kind, let year = fields.first?.scalarText,
      let number = Int(year.split(separator: ".").first ?? "") ?? FirstYear.parse(year)
    {
      // A whole date where the year should be ("2020-05-01"), as some exporters write it.
      return number
    }
    for name in ["raw", "literal"] {
      if let text = value[name]?.scalarText, let year = FirstYear.parse(text) { return year }
    }
    // Some exporters write the date as a plain string or number.
    return value.scalarText.flatMap(FirstYear.parse)
  }
}
