import CoauthModel

/// Reads tables with a header row: CSV, TSV or semicolon-separated (the delimiter is sniffed
/// from the header line, or declared by a first line `sep=;` for Excel), as spreadsheets and
/// bibliographic databases export them. Rows of empty fields (",,,") are no rows; a line above
/// the header (Dimensions' "About the data: ...") is skipped when the header follows within
/// three rows.
///
/// Columns are found by `CSVColumns` (common names such as `title`, `year`, `authors`, `id`,
/// `venue`, case-insensitively, or names given in `columns`); only the authors column is
/// required; a row whose preferred authors column is empty takes the next ("Authors" when
/// Scopus's "Author full names" is empty). Authors are split by `CSVAuthorList`. Without an id
/// column, ids are `<file stem>-<n>`; the year is the first four-digit number of its cell, else
/// of an early access or publication date (Web of Science's `EA`, `PD`); a
/// row without a venue takes its publisher (a book in Google Scholar's export), as BibTeX
/// does; titles lose inline HTML (`RichTextTags`: Web of Science's italics); the titles of
/// PubMed's export lose PubMed's closing full stop (`PubMedTitle`), as in MEDLINE, and so does
/// its authors list (`PubMedAuthorsCell`). A `doi` or `DI` column gives the DOI (the corpus's
/// `doisByPublication`), also when
/// another column gives the id.
///
/// A row with more non-empty fields than the header, or with broken quoting, is
/// skipped with a warning naming its line; every other row is kept. An authors cell whose
/// commas read neither as full names nor as "Family, Given" pairs is read as well as it can be,
/// with a warning naming its line. A table without an authors
/// column throws `IngestError.malformed`.
public struct CSVReader: PublicationReader {
  /// Header names to use instead of the recognised ones.
  public var columns: CSVColumns

  public init(columns: CSVColumns = CSVColumns()) {
    self.columns = columns
  }

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    let declared = CSVTokenizer.declaredDelimiter(text)
    let tokenizer = CSVTokenizer(delimiter: declared ?? CSVTokenizer.sniffDelimiter(text))
    var (rows, broken) = tokenizer.rows(text)
    if declared != nil, rows.first?.line == 1 { rows.removeFirst() }
    var problems = broken.map { quote in
      let message =
        if let found = quote.found {
          "expected a delimiter or line end after the closing '\"' of the field opened on line "
            + "\(quote.quoteLine), found '\(found)' (an unbalanced quote?); skipping the row"
        } else {
          "expected a closing '\"' for the quote opened on line \(quote.quoteLine), found the end "
            + "of the file; skipping the row"
        }
      return Diagnostic(
        .warning, "csv.unbalanced-quote", message, at: input.location(line: quote.rowLine),
        skippedRecords: 1)
    }
    // Dimensions puts a line about the export ("About the data: Exported on ...") above its
    // header: a first row without an authors column gives way to one of the next three with one.
    if !rows.isEmpty, columns.indexes(in: rows[0].fields).authors.isEmpty,
      let header = rows.prefix(4).dropFirst().firstIndex(where: {
        !columns.indexes(in: $0.fields).authors.isEmpty
      })
    {
      rows.removeFirst(header)
    }
    guard let header = rows.first else {
      for problem in problems { diagnostics(problem) }
      return Corpus()
    }
    let indexes = columns.indexes(in: header.fields)
    guard !indexes.authors.isEmpty else {
      let wanted =
        columns.authors.map { "'\($0)'" }
        ?? CSVColumns.authorNames.prefix(4).map { "'\($0)'" }.joined(separator: ", ")
      throw .malformed(
        path: input.label, line: header.line,
        expected: "a header row naming an authors column (\(wanted)), found "
          + header.fields.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
          + (columns.authors == nil
            ? "; name the columns with --csv-columns authors=NAME,title=NAME" : ""))
    }
    // PubMed's titles and author lists end with a full stop that is no part of them (its
    // MEDLINE export prints neither).
    let isPubMedExport = CSVColumns.isPubMedExport(header.fields)
    var corpus = Corpus()
    let stem = input.fileStem
    for row in rows.dropFirst() {
      let extra = row.fields.dropFirst(header.fields.count)
      if extra.contains(where: { !WhitespaceCollapsing.string($0).isEmpty }) {
        problems.append(
          Diagnostic(
            .warning, "csv.field-count",
            "expected \(header.fields.count) fields as in the header, found \(row.fields.count) "
              + "(an unquoted delimiter?); skipping the row", at: input.location(line: row.line),
            skippedRecords: 1))
        continue
      }
      func cell(_ index: Int?) -> String {
        guard let index, index < row.fields.count else { return "" }
        return WhitespaceCollapsing.string(row.fields[index])
      }
      let id = indexes.ids.lazy.map(cell).first { !$0.isEmpty } ?? ""
      // Web of Science's tab-delimited titles keep its inline HTML ("<i>Poa</i>").
      let title = RichTextTags.removedFromTitle(cell(indexes.title))
      var publication = Publication(
        id: id.isEmpty ? "\(stem)-\(corpus.publications.count + 1)" : id,
        title: isPubMedExport ? PubMedTitle.cleaned(title) : title,
        year: ([indexes.year] + indexes.yearFallbacks).lazy.compactMap { FirstYear.parse(cell($0)) }
          .first,
        venue: [indexes.venue, indexes.publisher].lazy.map(cell).first { !$0.isEmpty } ?? "",
        location: input.location(line: row.line))
      // Exports of bibliographic databases print "Smith JA": initials after the family name.
      let authorsCell = indexes.authors.lazy.map(cell).first { !$0.isEmpty } ?? ""
      let (authors, doubt) = CSVAuthorList.names(
        isPubMedExport ? PubMedAuthorsCell.withoutClosingStop(authorsCell) : authorsCell)
      publication.authors = authors.map { author in
        // A corporate author among the names ("World Health Organization").
        if author.name == nil, author.printed.contains(" "), NameShape.isGroupName(author.printed) {
          return AuthorMention(
            printed: author.printed, kind: .group, location: input.location(line: row.line))
        }
        return AuthorMention(
          printed: author.printed,
          name: author.name ?? PersonName(initialsAfterFamilyName: author.printed),
          location: input.location(line: row.line))
      }
      let groups = cell(indexes.groupAuthors).split(separator: ";").map {
        (text: WhitespaceCollapsing.string(String($0)), line: row.line)
      }
      WoSGroupAuthors.add(groups, to: &publication.authors, input: input)
      let unplaced = CSVORCIDList.assign(cell(indexes.orcids), to: &publication.authors)
      if !unplaced.isEmpty {
        problems.append(
          CSVORCIDList.warning(
            "csv.unplaced-orcid", unplaced, unit: "row", at: input.location(line: row.line)))
      }
      if let doubt {
        problems.append(
          Diagnostic(.warning, "csv.ambiguous-authors", doubt, at: input.location(line: row.line)))
      }
      corpus.append(publication, doi: DOI.normalized(from: cell(indexes.doi)))
    }
    for problem in problems.sorted(by: { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }) {
      diagnostics(problem)
    }
    return corpus
  }
}
