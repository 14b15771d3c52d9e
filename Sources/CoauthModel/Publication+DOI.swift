extension Publication {
  /// The DOI in `text` ("10.1000/XYZ", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz",
  /// "10.1000/xyz [doi]"), lowercased (DOIs are case-insensitive) and without prefix or mark;
  /// nil when `text` holds none.
  public static func doi(from text: String) -> String? {
    var rest = Substring(text.lowercased())
    func trim() {
      rest = rest.drop(while: \.isWhitespace)
      while rest.last?.isWhitespace == true { rest = rest.dropLast() }
    }
    trim()
    for prefix in ["https://", "http://", "dx.doi.org/", "doi.org/", "doi:"] where rest.hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
      trim()
    }
    if rest.hasSuffix("[doi]") {
      rest = rest.dropLast(5)
      trim()
    }
    guard rest.hasPrefix("10."), let slash = rest.firstIndex(of: "/"),
      rest.index(after: slash) < rest.endIndex, !rest.contains(where: \.isWhitespace)
    else { return nil }
    return String(rest)
  }

  /// The title folded for telling whether two records are one publication: letters and digits
  /// only, lowercased.
  public var foldedTitle: String {
    var folded = ""
    for scalar in title.lowercased().unicodeScalars
    where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
      folded.unicodeScalars.append(scalar)
    }
    return folded
  }
}
