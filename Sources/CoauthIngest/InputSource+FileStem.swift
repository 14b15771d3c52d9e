extension InputSource {
  /// The start of the ids made for records that have none: `<stem>-<n>`. It is the file name
  /// without folders and extensions (`lab` for `data/lab.csv.gz`), unless `InputLoader` gave
  /// the file another one (`idStem`) because an earlier file of the run has the same name.
  public var fileStem: String { idStem ?? Self.fileStem(of: label) }

  /// The label of standard input (the path `-`) in diagnostics and `source` columns.
  public static let standardInputLabel = "<stdin>"

  /// The label of `path` in diagnostics and `source` columns: the path itself, or
  /// ``standardInputLabel`` for `-`.
  public static func label(ofPath path: String) -> String {
    path == FileByteStream.standardInputPath ? standardInputLabel : path
  }

  /// The file name of `path` without folders and extensions; `stdin` for standard input.
  static func fileStem(of path: String) -> String {
    if path == FileByteStream.standardInputPath || path == standardInputLabel { return "stdin" }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// The stem of each of `paths` (read in this order in one run) for the ids of records without
  /// one: the file stem, or for a later file whose stem an earlier one has (`refs.ris` and
  /// `refs.csv`, or `a/refs.ris` and `b/refs.ris`), that stem with the first free suffix `-2`,
  /// `-3`, ... that is no file's stem either, so that made ids never meet across files.
  static func idStems(of paths: [String]) -> [String] {
    let stems = paths.map(fileStem(of:))
    var taken = Set(stems)
    var used: Set<String> = []
    return stems.map { stem in
      guard used.contains(stem) else {
        used.insert(stem)
        return stem
      }
      var suffix = 2
      while taken.contains("\(stem)-\(suffix)") { suffix += 1 }
      let unique = "\(stem)-\(suffix)"
      taken.insert(unique)
      used.insert(unique)
      return unique
    }
  }
}
