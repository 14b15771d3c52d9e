import CoauthIngest
import CoauthModel

/// What must hold for the result of any input, however damaged: the checks that make a fuzzing
/// run find wrong answers as well as crashes.
enum FuzzInvariants {
  /// Records and diagnostics of a reader: every record has an id, every place named (record,
  /// mention, diagnostic) is in the file: line 1 up to one past its last line, and every DOI
  /// belongs to a record and reads as one.
  static func check(
    _ corpus: Corpus, diagnostics: [Diagnostic], label: String, bytes: [UInt8]
  ) -> [String] {
    let lastLine = lineCount(bytes) + 1
    var problems: [String] = []
    func checkLocation(_ location: SourceLocation?, _ what: String) {
      guard let location else { return }
      if location.path != label { problems.append("\(what) names the file '\(location.path)'") }
      if location.line < 1 || location.line > lastLine {
        problems.append("\(what) is at line \(location.line), outside 1...\(lastLine)")
      }
    }
    for publication in corpus.publications {
      if publication.id.isEmpty { problems.append("a publication has an empty id") }
      checkLocation(publication.location, "publication '\(publication.id)'")
      for author in publication.authors {
        if author.printed.isEmpty && (author.name?.isEmpty ?? true) {
          problems.append("publication '\(publication.id)' has an author without a name")
        }
        checkLocation(author.location, "an author of '\(publication.id)'")
      }
    }
    for (index, doi) in corpus.doisByPublication {
      if !corpus.publications.indices.contains(index) {
        problems.append("the DOI \(doi) belongs to publication \(index), which does not exist")
      }
      if DOI.normalized(from: doi) != doi { problems.append("the DOI '\(doi)' is not normalized") }
    }
    for diagnostic in diagnostics {
      checkLocation(diagnostic.location, "diagnostic \(diagnostic.code)")
      if diagnostic.message.isEmpty { problems.append("diagnostic \(diagnostic.code) says nothing") }
    }
    return problems
  }

  /// An error thrown for an unusable input names the input and a line inside it.
  static func check(_ error: IngestError, label: String, bytes: [UInt8]) -> [String] {
    let lastLine = lineCount(bytes) + 1
    switch error {
    case .malformed(let path, let line, _), .limitExceeded(let path, let line, _):
      var problems: [String] = []
      if path != label { problems.append("error names the file '\(path)'") }
      if line < 1 || line > lastLine {
        problems.append("error is at line \(line), outside 1...\(lastLine)")
      }
      return problems
    default:
      return []
    }
  }

  /// A free-text name parsed into parts: the parts have no space at either end.
  static func check(_ name: PersonName) -> [String] {
    [name.given, name.particle, name.family, name.suffix].compactMap { part in
      part.first?.isWhitespace == true || part.last?.isWhitespace == true
        ? "name part '\(part)' has a space at one end" : nil
    }
  }

  /// A BibTeX name list: every name has text, and every line offset is inside the value.
  static func check(_ list: BibTeXNameList, input: [UInt8]) -> [String] {
    let lines = lineCount(input)
    var problems: [String] = []
    for name in list.names {
      if name.printed.isEmpty { problems.append("a name has no printed form") }
      if name.lineOffset < 0 || name.lineOffset > lines {
        problems.append("name '\(name.printed)' has line offset \(name.lineOffset)")
      }
    }
    for offset in list.emptyNameLineOffsets where offset < 0 || offset > lines {
      problems.append("an empty name has line offset \(offset)")
    }
    return problems
  }

  /// The number of line ends of any kind (LF, CRLF, lone CR) in `bytes`, as readers count them
  /// after decoding. UTF-16 input counts its line ends in code units; other bytes are counted
  /// as they are, which can only overcount.
  private static func lineCount(_ bytes: [UInt8]) -> Int {
    var count = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0A {
        count += 1
      } else if bytes[index] == 0x0D {
        count += 1
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
      }
      index += 1
    }
    return count
  }
}
