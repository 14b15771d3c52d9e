import ArgumentParser
import CoauthIngest

/// The inputs every pipeline command reads, how to read them, and which records to keep.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Input files or folders: BibTeX, DBLP XML, CSL-JSON, RIS, EndNote (.enw), CSV/TSV, "
        + "Web of Science plain text (.ciw), PubMed MEDLINE (.nbib) and homepage/CV "
        + "publication lists (.md, .txt, saved pages .html); .gz too; - reads standard "
        + "input. Folders are read recursively in sorted order. With no input, the bundled "
        + "dataset (datasets/seeds) is used.",
      valueName: "input"))
  var inputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "Read every input as this format instead of detecting it from the extension and content.",
      valueName: "format"))
  var format: InputFormat?

  @Option(
    help: ArgumentHelp(
      "Header names of CSV/TSV columns where the common names are not recognised, as "
        + "field=name pairs separated by commas (fields: title, year, authors, id, venue, doi).",
      valueName: "title=Paper,authors=People"))
  var csvColumns: String?

  @Option(help: ArgumentHelp("Keep only publications from this year on.", valueName: "year"))
  var since: Int?

  @Option(help: ArgumentHelp("Keep only publications up to this year.", valueName: "year"))
  var until: Int?

  @Option(
    help: ArgumentHelp(
      "Leave out publications with more than N authors (the papers of large collaborations, "
        + "which join every author of the collaboration to every other).",
      valueName: "n"))
  var maxAuthors: Int?

  @Option(
    help: ArgumentHelp(
      "Corrections to author resolution: a CSV file with rows 'action,author,value' that merge "
        + "authors, split some of an author's papers off (by papers, years or co-author), or pin "
        + "a display name or id (see README, 'Correcting authors').",
      valueName: "file"))
  var overrides: String?

  @Flag(
    inversion: .prefixedNo,
    help: ArgumentHelp(
      "Separate people who print the same name when their co-author neighbourhoods do not "
        + "meet (common names split more readily than rare ones)."))
  var splitHomonyms = false

  @Flag(
    help: ArgumentHelp(
      "Join a name with the same words in reversed or another order ('Zhang Wei', 'Wei Zhang'; "
        + "'Nguyen Van An', 'Van An Nguyen') when the two share two co-authors, or one co-author "
        + "printed in another order too. Without it such names are only reported by 'coauth "
        + "names'."))
  var joinReversedNames = false

  @Flag(
    help: ArgumentHelp(
      "Join a name with a part left out, the second family name ('Gabriel García', 'Gabriel "
        + "García Márquez') or the end of a compound given name ('Marie', 'Marie-Catherine'), "
        + "when the two share a co-author. Without it such names are only reported by 'coauth "
        + "names'."))
  var joinDroppedNames = false

  @Flag(
    inversion: .prefixedNo,
    help: ArgumentHelp(
      "In a corpus of fewer than 1,000 authors (homepages, a CV, a lab's list), join a name to "
        + "the one person of its family whose name fits it ('Hany Awadalla', 'Hany Hassan "
        + "Awadalla'; 'Steve', 'Steven') without shared co-authors, unless the family is one of "
        + "the commonest ('Li', 'Kim', 'Singh', 'Smith')."))
  var smallCorpusJoins = true

  @Flag(help: "Treat warnings as errors: exit with status 1 if any warning was reported.")
  var strict = false

  @Flag(name: .shortAndLong, help: "Print only errors to stderr (no warnings, no progress).")
  var quiet = false

  func validate() throws {
    if let since, let until, since > until {
      throw ValidationError("--since \(since) is after --until \(until)")
    }
    if let maxAuthors, maxAuthors < 1 {
      throw ValidationError("--max-authors must be at least 1, found \(maxAuthors)")
    }
    _ = try columns()
  }

  /// The CSV column names of `--csv-columns`.
  func columns() throws -> CSVColumns {
    var columns = CSVColumns()
    guard let csvColumns else { return columns }
    for pair in csvColumns.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[1].isEmpty else {
        throw ValidationError("--csv-columns expects field=name pairs, found '\(pair)'")
      }
      switch parts[0].lowercased() {
      case "title": columns.title = parts[1]
      case "year": columns.year = parts[1]
      case "authors": columns.authors = parts[1]
      case "id": columns.id = parts[1]
      case "venue": columns.venue = parts[1]
      case "doi": columns.doi = parts[1]
      default:
        throw ValidationError(
          "--csv-columns: unknown field '\(parts[0])' (expected title, year, authors, id, venue or doi)")
      }
    }
    return columns
  }
}

extension InputFormat: ExpressibleByArgument {}
