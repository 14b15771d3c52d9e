extension InputSource {
  /// The file name without folders and extensions (`lab` for `data/lab.csv.gz`), used to make
  /// ids for records that have none: `<stem>-<n>`.
  public var fileStem: String {
    let name = label.split(separator: "/").last.map(String.init) ?? label
    guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
