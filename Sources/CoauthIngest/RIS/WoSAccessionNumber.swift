/// The accession number that Web of Science prints in the `AN` line of its RIS export
/// ("WOS:000900000000001"; "MEDLINE:31234567", "BCI:BCI2019..." for records of its other
/// collections): the `UT` of the same record in its plain-text and tab-delimited exports, which
/// their readers take as the publication id. The `AN` of other databases (an EndNote library's
/// numbers, PubMed's PMIDs, Embase's) has no such prefix and is not taken.
enum WoSAccessionNumber {
  /// The id that `value`, an `AN` line's value, gives the record, or nil when it is not a Web of
  /// Science accession number.
  static func id(fromAccessionNumber value: String) -> String? {
    guard let colon = value.firstIndex(of: ":"),
      collections.contains(String(value[..<colon]))
    else { return nil }
    let number = value[value.index(after: colon)...]
    guard !number.isEmpty, !number.contains(where: \.isWhitespace) else { return nil }
    return value
  }

  /// The prefixes of Web of Science's collections in accession numbers (Core Collection,
  /// BIOSIS, Current Contents Connect, Chinese Science Citation Database, Derwent Innovations,
  /// Data Citation Index, Inspec, KCI-Korean Journal Database, MEDLINE, Preprint Citation Index,
  /// Russian Science Citation Index, SciELO, Zoological Record).
  static let collections: Set<String> = [
    "WOS", "BCI", "BIOSIS", "CCC", "CSCD", "DIIDW", "DRCI", "INSPEC", "KJD", "MEDLINE", "PPRN",
    "RSCI", "SCIELO", "ZOOREC",
  ]
}
