import CoauthModel

/// Reads CSL-JSON (Zotero, Crossref, citeproc): an array of item objects or a single object,
/// or the answer of Crossref's REST API (its work, or its `items`, in `message`; titles as
/// arrays of one string, organisations as `name`), or works of the OpenAlex API (one work, or
/// a list answer's `results`; `OpenAlexWork`).
///
/// - id: `id` (string or number), else `DOI`, else `citation-key`;
/// - title: `title` with CSL's rich-text tags (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span ...>`),
///   the markup Crossref passes on from publishers (`<scp>`, `<em>`, MathML `<mml:mi>`) and
///   character references (`&amp;`) removed;
/// - year: from `issued` (`CSLDate`);
/// - venue: `container-title`, else `collection-title`, `event-title`, `event`, `publisher`;
/// - type: `type` (`article-journal`, `paper-conference` ...);
/// - authors: `author` name objects in order (`CSLName`), with their parts;
/// - DOI (the corpus's `doisByPublication`): `DOI`.
///
/// A record that is not an object, has no id, or has a field of the wrong kind (`author` not
/// an array, `title` not a string or array of strings, `issued` not an object) is skipped
/// with a warning naming its line; every other record is kept. A name object that holds no
/// name is reported and left out. Text that is not JSON at all throws `IngestError.malformed`
/// with the line and what was expected there.
public struct CSLJSONReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    let document: JSONValue
    do {
      document = try JSONParser.parse(text)
    } catch {
      throw .malformed(path: input.label, line: error.line, expected: error.expected)
    }
    let items: [JSONValue]
    switch document.kind {
    case .array(let values): items = values
    case .object:
      // An OpenAlex list answer (`api.openalex.org/works?filter=...`) holds its works in
      // `results`; a Crossref REST API answer (`api.crossref.org/works/DOI` or
      // `/works?query=...`) wraps its work, or a list of them in `items`, in `message`.
      if let works = OpenAlexWork.results(in: document) {
        items = works
      } else if document["id"] == nil, let message = document["message"],
        case .object = message.kind
      {
        if case .array(let values)? = message["items"]?.kind {
          items = values
        } else {
          items = [message]
        }
      } else {
        items = [document]
      }
    default:
      throw .malformed(
        path: input.label, line: document.line,
        expected: "a csl-json array of items or one item object, found \(document.kindDescription)")
    }
    var corpus = Corpus()
    for item in items {
      if OpenAlexWork.isWork(item) {
        switch OpenAlexWork.publication(from: item, input: input) {
        case .success(let work): corpus.append(work.publication, doi: work.doi)
        case .failure(let problem):
          diagnostics(
            Diagnostic(
              .warning, "csljson.invalid-record", problem.message + "; skipping the record",
              at: input.location(line: problem.line), skippedRecords: 1))
        }
        continue
      }
      switch publication(from: item, input: input, diagnostics: diagnostics) {
      case .success(let publication):
        corpus.append(publication, doi: item["DOI"]?.scalarText.flatMap(DOI.normalized(from:)))
      case .failure(let problem):
        diagnostics(
          Diagnostic(
            .warning, "csljson.invalid-record", problem.message + "; skipping the record",
            at: input.location(line: problem.line), skippedRecords: 1))
      }
    }
    return corpus
  }

  /// Why an item is not a usable record.
  private struct RecordProblem: Error {
    var message: String
    var line: Int
  }

  private func publication(
    from item: JSONValue, input: InputSource, diagnostics: DiagnosticHandler
  ) -> Result<Publication, RecordProblem> {
    guard case .object = item.kind else {
      return .failure(
        RecordProblem(message: "expected an item object, found \(item.kindDescription)", line: item.line))
    }
    let id = ["id", "DOI", "citation-key"].lazy.compactMap { item[$0]?.scalarText }
      .first { !$0.isEmpty }
    guard let id else {
      return .failure(
        RecordProblem(message: "expected an \"id\" (string or number) in the item", line: item.line))
    }
    func wrongKind(_ field: String, _ expected: String, _ value: JSONValue) -> RecordProblem {
      RecordProblem(
        message: "expected \(expected) for \"\(field)\" of item '\(id)', found \(value.kindDescription)",
        line: value.line)
    }
    var publication = Publication(id: id, location: input.location(line: item.line))
    if let title = item["title"] {
      guard let text = Self.text(title) else {
        return .failure(wrongKind("title", "a string or an array of strings", title))
      }
      publication.title = RichTextTags.removedFromTitle(text)
    }
    if let issued = item["issued"] {
      switch issued.kind {
      case .object, .string, .number: publication.year = CSLDate.year(issued)
      default: return .failure(wrongKind("issued", "a date object", issued))
      }
    }
    for field in ["container-title", "collection-title", "event-title", "event", "publisher"] {
      guard let venue = item[field].flatMap(Self.text).map(WhitespaceCollapsing.string),
        !venue.isEmpty
      else { continue }
      publication.venue = RichTextTags.removed(from: venue)
      break
    }
    publication.type = item["type"]?.scalarText?.lowercased() ?? ""
    if let authors = item["author"] {
      guard case .array(let names) = authors.kind else {
        return .failure(wrongKind("author", "an array of name objects", authors))
      }
      for (index, name) in names.enumerated() {
        if case .failure(let bad)? = CSLName.orcid(of: name) {
          let why = if case .checkDigit = bad.problem { " (\(bad.problem))" } else { "" }
          diagnostics(
            Diagnostic(
              .warning, "csljson.bad-orcid",
              "expected an ORCID iD such as https://orcid.org/0000-0002-1825-0097 for author "
                + "\(index + 1) of item '\(id)', found '\(bad.text)'\(why); keeping the name "
                + "without it",
              at: input.location(line: name.line)))
        }
        switch CSLName.mention(name, location: input.location(line: name.line)) {
        case .success(let author):
          publication.authors.append(author.mention)
          if author.cutsList { publication.isTruncated = true }
        case .failure(let problem):
          let found = if case .notAnObject(let kind) = problem { kind } else { "no name" }
          diagnostics(
            Diagnostic(
              .warning, "csljson.empty-name",
              "expected a name object with \"family\"/\"given\" or \"literal\" as author "
                + "\(index + 1) of item '\(id)', found \(found); leaving it out",
              at: input.location(line: name.line)))
        }
      }
    }
    return .success(publication)
  }

  /// The text of a string field, or of the first string of an array, as Crossref's REST API
  /// writes `title` and `container-title` (`["Nature"]`; `[]` is no text); nil for any other
  /// kind.
  private static func text(_ value: JSONValue) -> String? {
    if case .array(let values) = value.kind {
      guard let first = values.first else { return "" }
      guard case .string(let text) = first.kind else { return nil }
      return text
    }
    guard case .string(let text) = value.kind else { return nil }
    return text
  }
}
