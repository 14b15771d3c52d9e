import CoauthModel

/// Reads the publication lists of homepages and CVs written in Markdown (or its plain-text
/// export): bulleted "Authors. [Title](url), Venue, 2025." entries, numbered CV entries spread
/// over lines ("Title" / "Authors" / "Venue Year"), quoted-title entries and author-year (APA)
/// entries "Doe, J., & Ray, B. (2022). Title. Venue.".
///
/// Items count under publication-like headings (Publications, Preprints, Papers...), in a list
/// made only of publications outside sections of other things (every item with name-like
/// authors, a title and a year, most with two authors or more), and elsewhere only when they
/// clearly look like a publication (a marked title, name-like authors with a highlighted or
/// second author, a year). A file that yields no publication is a warning. Names keep their
/// marks: bold or linked names are highlighted (the page owner), `*`, `\*`, `†`, `‡` mark equal
/// contribution, an ellipsis or "et al." truncates the list and "(#)" marks it alphabetical.
/// Publication ids are `<file stem>-<n>` in file order. An entry's DOI (the corpus's
/// `doisByPublication`) is the first it links to or prints (`MarkdownDOI`).
///
/// The page owner (front matter title, a name as the first top heading, or the most highlighted
/// name) is the mentee of stated advisors ("advised by X and Y", "Advisors: X and Y") and the
/// mentor of the people in mentoring or student lists; these become `declaredRelations`.
public struct MarkdownListReader: PublicationReader {
  public init() {}

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = String(decoding: TextDecoder.decode(input, diagnostics: diagnostics), as: UTF8.self)
    return read(MarkdownDocument(text: text), of: input, diagnostics: diagnostics)
  }

  /// Reads the publications of `document`, the text of `input` (or what it was made from: the
  /// document's line numbers are those of `input`).
  func read(_ document: MarkdownDocument, of input: InputSource, diagnostics: DiagnosticHandler)
    -> Corpus
  {
    let stem = input.fileStem
    var corpus = Corpus()
    var headings: [(level: Int, text: String)] = []
    var firstTopHeading: String?
    var mentoring = MentoringSection()
    var mentees: [AdvisingStatements.NamedPerson] = []
    var list: (items: Range<Int>, isPublications: Bool)?

    for (index, block) in document.blocks.enumerated() {
      switch block {
      case .heading(let heading, let level, _, let trailing):
        mentees += mentoring.close()
        if level == 1 && firstTopHeading == nil { firstTopHeading = heading }
        headings.removeAll { $0.level >= level }
        headings.append((level, heading))
        if Self.isMentoringHeading(heading) {
          mentoring.isOpen = true
          mentoring.collectHTMLItems(trailing, line: Self.line(of: block))
        }
      case .item(let lines):
        if mentoring.isOpen {
          mentoring.items.append((lines.map(\.text).joined(separator: " "), lines[0].number))
          continue
        }
        var inPublications = headings.contains { Self.isPublicationHeading($0.text) }
        if !inPublications, !headings.contains(where: { Self.isOtherSectionHeading($0.text) }) {
          // Headings end lists, so this item starts its list when the list is not known yet.
          if list.map({ !$0.items.contains(index) }) ?? true {
            let items = Self.itemRun(in: document.blocks, from: index)
            list = (items, Self.isPublicationList(document.blocks[items]))
          }
          inPublications = list?.isPublications == true
        }
        guard let entry = MarkdownEntry(item: lines, strict: !inPublications) else {
          // A paragraph read as an item may be prose: only a list item is a skipped entry.
          if inPublications, !document.paragraphItems.contains(index) {
            diagnostics(
              Diagnostic(
                .note, "markdown.unparsed-entry",
                "expected a publication entry with authors and a title, found "
                  + "'\(MarkdownInline.plainText(lines[0].text).prefix(40))'; skipping it",
                at: input.location(line: lines[0].number), skippedRecords: 1))
          }
          continue
        }
        let id = "\(stem)-\(corpus.publications.count + 1)"
        corpus.append(
          Self.publication(entry, id: id, line: lines[0].number, input: input),
          doi: MarkdownDOI.first(in: lines.map(\.text).joined(separator: " ")))
      case .paragraph(let lines):
        if mentoring.isOpen {
          for line in lines { mentoring.collectHTMLItems(line.text, line: line.number) }
        }
      }
    }
    mentees += mentoring.close()
    if corpus.publications.isEmpty {
      diagnostics(
        Diagnostic(
          .warning, "markdown.no-publications",
          "expected a publication list (items such as '- Authors. Title. Venue, Year.'), "
            + "found none", at: input.location(line: 1)))
    }

    let owner = Self.owner(
      frontMatterTitle: document.frontMatterTitle, firstTopHeading: firstTopHeading,
      publications: corpus.publications)
    let advisors = AdvisingStatements.advisors(in: document.lines)
    var relations: [DeclaredRelation] = []
    if let owner {
      for advisor in advisors where advisor.name != owner {
        relations.append(
          DeclaredRelation(
            mentor: advisor.name, mentee: owner, location: input.location(line: advisor.line)))
      }
      for mentee in mentees where mentee.name != owner {
        relations.append(
          DeclaredRelation(
            mentor: owner, mentee: mentee.name, startYear: mentee.startYear,
            endYear: mentee.endYear, location: input.location(line: mentee.line)))
      }
    } else if let first = (advisors + mentees).first {
      diagnostics(
        Diagnostic(
          .warning, "markdown.no-owner",
          "found advising statements but cannot tell whose page this is; expected a front "
            + "matter title, a name as top heading or highlighted names", at: input.location(line: first.line)))
    }
    corpus.declaredRelations = relations
    return corpus
  }

  // MARK: - Helpers

  /// The blocks of the list that starts at `start`: the item blocks that follow one another.
  private static func itemRun(in blocks: [MarkdownDocument.Block], from start: Int) -> Range<Int> {
    var end = start
    while end < blocks.count, case .item = blocks[end] { end += 1 }
    return start..<end
  }

  /// A list without a publication heading that is still a publication list: every item reads
  /// as a convincing entry (name-like authors, a title, a year), and most name two authors or
  /// more, which teaching, award or news items with one highlighted name do not.
  private static func isPublicationList(_ blocks: ArraySlice<MarkdownDocument.Block>) -> Bool {
    var severalAuthors = 0
    for block in blocks {
      guard case .item(let lines) = block,
        let entry = MarkdownEntry(item: lines, strict: false), entry.isConvincing
      else { return false }
      if entry.authors.authors.count >= 2 { severalAuthors += 1 }
    }
    return severalAuthors * 2 > blocks.count
  }

  private static func publication(
    _ entry: MarkdownEntry, id: String, line: Int, input: InputSource
  ) -> Publication {
    let location = input.location(line: entry.authorLine)
    return Publication(
      id: id, title: entry.title, year: entry.year, venue: entry.venue, type: "misc",
      authors: entry.authors.authors.map { author in
        AuthorMention(
          printed: author.printed, name: author.name, kind: author.kind, marks: author.marks,
          location: location)
      },
      isAlphabetical: entry.authors.isAlphabetical, isTruncated: entry.authors.isTruncated,
      location: input.location(line: line))
  }

  /// The page owner: a name-like front matter title, else a name-like first top heading, else
  /// the most often highlighted name (the first one on a tie).
  private static func owner(
    frontMatterTitle: String?, firstTopHeading: String?, publications: [Publication]
  ) -> String? {
    for candidate in [frontMatterTitle, firstTopHeading].compactMap({ $0 })
    where isOwnerName(candidate) {
      return candidate
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for author in publications.flatMap(\.authors) where author.marks.isHighlighted {
      if counts[author.printed] == nil { order.append(author.printed) }
      counts[author.printed, default: 0] += 1
    }
    return order.max { counts[$0, default: 0] < counts[$1, default: 0] }
      .flatMap { best in order.first { counts[$0] == counts[best] } }
  }

  private static let sectionWords: Set<String> = [
    "about", "bio", "biography", "news", "education", "experience", "experiences", "research",
    "publications", "publication", "projects", "teaching", "awards", "service", "contact",
    "blog", "cv", "resume", "home", "interests", "talks", "skills", "selected", "academic",
    "welcome", "papers", "preprints", "students", "mentoring", "internship", "me",
  ]

  private static func isOwnerName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (2...5).contains(words.count) && NameShape.isNameLike(text)
      && !words.contains { sectionWords.contains($0.lowercased()) }
      && !words.allSatisfy { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
  }

  private static let publicationWords = [
    "publication", "preprint", "paper", "article", "journal", "conference", "proceedings",
    "workshop", "manuscript", "book", "thesis", "theses", "dissertation",
  ]

  static func isPublicationHeading(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return publicationWords.contains { lowered.contains($0) }
  }

  private static let otherSectionWords = [
    "news", "teaching", "course", "talk", "award", "honor", "honour", "service", "education",
    "experience", "employment", "grant", "funding", "project", "interest", "skill", "contact",
  ]

  /// A heading of a section that lists other things than publications (news, teaching...).
  static func isOtherSectionHeading(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return otherSectionWords.contains { lowered.contains($0) }
  }

  private static let mentoringWords = [
    "mentoring", "mentees", "mentorship", "students", "advisees", "supervision",
    "supervised students", "student advising",
  ]

  static func isMentoringHeading(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return mentoringWords.contains { lowered.contains($0) }
  }

  private static func line(of block: MarkdownDocument.Block) -> Int {
    switch block {
    case .heading(_, _, let line, _): line
    case .item(let lines), .paragraph(let lines): lines.first?.number ?? 1
    }
  }
}

/// The items of one mentoring section, gathered until the next heading.
private struct MentoringSection {
  var isOpen = false
  var items: [(text: String, line: Int)] = []
  /// Years given as a column beside an HTML list (`</ul>\t2024 2023 2023`).
  var yearColumn: [String] = []

  /// Collects `<li>` items, and a trailing column of years after `</ul>`.
  mutating func collectHTMLItems(_ html: String, line: Int) {
    var rest = html[...]
    while let open = rest.firstRange(of: "<li") {
      guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
      let contentStart = rest.index(after: tagEnd)
      let close = rest[contentStart...].firstRange(of: "</li>")
      let content = rest[contentStart..<(close?.lowerBound ?? rest.endIndex)]
      items.append((String(content), line))
      rest = close.map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
    }
    if let listEnd = html.ranges(of: "</ul>").last {
      let after = MarkdownInline.plainText(html[listEnd.upperBound...])
      let tokens = after.split(separator: " ").map(String.init)
      if !tokens.isEmpty, tokens.allSatisfy({ MarkdownEntry.firstYear(in: $0) != nil }) {
        yearColumn = tokens
      }
    }
  }

  /// The mentees of the section, which is then closed.
  mutating func close() -> [AdvisingStatements.NamedPerson] {
    defer { self = MentoringSection() }
    guard isOpen else { return [] }
    return AdvisingStatements.mentees(items: items, yearColumn: yearColumn)
  }
}
