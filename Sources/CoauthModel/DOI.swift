/// Digital Object Identifiers as the readers find them in exports ("10.1000/xyz").
public enum DOI {
  /// The DOI in `text` ("10.1000/XYZ", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz",
  /// "10.1000/xyz [doi]"), lowercased (DOIs are case-insensitive) and without prefix or mark;
  /// nil when `text` holds none.
  public static func normalized(from text: String) -> String? {
    var rest = Substring(text.lowercased())
    func trim() {
      rest = rest.drop(while: \.isWhitespace)
      while rest.last?.isWhitespace == true { rest = rest.dropLast() }
    }
    trim()
    for prefix in ["https://", "http://", "dx.doi.org/", "doi.org/", "doi:"]
    where rest.hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
      trim()
    }
    while rest.hasSuffix("[doi]") {
      rest = rest.dropLast(5)
      trim()
    }
    guard rest.hasPrefix("10."), let slash = rest.firstIndex(of: "/"),
      rest.index(after: slash) < rest.endIndex, !rest.contains(where: \.isWhitespace)
    else { return nil }
    return String(rest)
  }
}
