import Foundation

/// Digital Object Identifiers as the readers find them in exports ("10.1000/xyz").
public enum DOI {
  /// The DOI in `text` ("10.1000/XYZ", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz",
  /// "10.1000/xyz [doi]"), lowercased (DOIs are case-insensitive) and without prefix or mark,
  /// the percent escapes of a doi.org address decoded; nil when `text` holds none.
  public static func normalized(from text: String) -> String? {
    var rest = Substring(text.lowercased())
    func trim() {
      rest = rest.drop(while: \.isWhitespace)
      while rest.last?.isWhitespace == true { rest = rest.dropLast() }
    }
    trim()
    var isAddress = false
    for prefix in ["https://", "http://", "www.doi.org/", "dx.doi.org/", "doi.org/", "doi:"]
    where rest.hasPrefix(prefix) {
      isAddress = isAddress || prefix.hasSuffix(".org/")
      rest = rest.dropFirst(prefix.count)
      trim()
    }
    // An address escapes the characters URLs reserve ("10.1002/%28SICI%29..." is "(SICI)").
    if isAddress, rest.contains("%"), let decoded = rest.removingPercentEncoding {
      rest = Substring(decoded.lowercased())
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
