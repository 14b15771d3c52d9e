import CoauthModel

/// A work of the OpenAlex API (`api.openalex.org/works/W...`, or each of the `results` of
/// `/works?filter=...`), which `CSLJSONReader` reads beside CSL items: a JSON object with
/// `authorships`.
///
/// - id: the work's OpenAlex id, an address (`https://openalex.org/W2741809807`), as OpenAlex's
///   CSV export gives it;
/// - title: `title`, else `display_name`; year: `publication_year`;
/// - venue: the `display_name` of `primary_location.source` (else of the older `host_venue`);
/// - type: `type`; DOI: `doi` (an address, `https://doi.org/10...`);
/// - authors: each authorship's name as printed on the work (`raw_author_name`), else its
///   author's `display_name`; the author's `orcid` (an address) as its ORCID iD, when valid;
///   `is_authors_truncated` marks the list cut short (OpenAlex lists at most 100 in searches).
enum OpenAlexWork {
  /// True when `item` is an OpenAlex work rather than a CSL item.
  static func isWork(_ item: JSONValue) -> Bool {
    item["authorships"] != nil && item["author"] == nil
  }

  /// The works of an OpenAlex list answer (`meta` and `results`), or nil for another document.
  static func results(in document: JSONValue) -> [JSONValue]? {
    guard case .array(let works)? = document["results"]?.kind, document["id"] == nil else {
      return nil
    }
    return works
  }

  /// Why a work is not a usable record.
  struct Problem: Error {
    var message: String
    var line: Int
  }

  /// The publication `item` stands for, and its DOI.
  static func publication(from item: JSONValue, input: InputSource)
    -> Result<(publication: Publication, doi: String?), Problem>
  {
    guard let address = item["id"]?.scalarText, !address.isEmpty else {
      return .failure(Problem(message: "expected an \"id\" in the OpenAlex work", line: item.line))
    }
    // The whole address, as OpenAlex's CSV export gives it, so that the two name a work alike.
    let id = address
    guard case .array(let authorships)? = item["authorships"]?.kind else {
      return .failure(
        Problem(
          message: "expected an array for \"authorships\" of work '\(id)', found "
            + (item["authorships"]?.kindDescription ?? "nothing"),
          line: item["authorships"]?.line ?? item.line))
    }
    var publication = Publication(id: id, location: input.location(line: item.line))
    if let title = (item["title"] ?? item["display_name"])?.scalarText {
      publication.title = RichTextTags.removedFromTitle(title)
    }
    publication.year = item["publication_year"]?.scalarText.flatMap { Int($0) }
    publication.venue =
      [item["primary_location"]?["source"], item["host_venue"]].lazy
      .compactMap { $0?["display_name"]?.scalarText }.first { !$0.isEmpty } ?? ""
    publication.type = item["type"]?.scalarText?.lowercased() ?? ""
    if case .bool(true)? = item["is_authors_truncated"]?.kind { publication.isTruncated = true }
    for authorship in authorships {
      let author = authorship["author"]
      let printed = [authorship["raw_author_name"], author?["display_name"]].lazy
        .compactMap { $0?.scalarText.map(WhitespaceCollapsing.string) }
        .first { !$0.isEmpty }
      guard let printed else { continue }
      var identifiers = AuthorIdentifiers()
      if let orcid = author?["orcid"]?.scalarText {
        identifiers.orcid = AuthorIdentifiers.canonicalORCID(orcid)
      }
      publication.authors.append(
        AuthorMention(
          printed: printed, identifiers: identifiers,
          location: input.location(line: authorship.line)))
    }
    let doi = item["doi"]?.scalarText.flatMap(DOI.normalized(from:))
    return .success((publication, doi))
  }
}
