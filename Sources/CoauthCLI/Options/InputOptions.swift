import ArgumentParser
import CoauthIngest

/// The inputs every pipeline command reads, and how to read them.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Input files or folders (.bib, .md, .txt; .gz too). Folders are read recursively.",
      discussion: "With no input, the bundled dataset (datasets/seeds) is used.",
      valueName: "input"))
  var inputs: [String] = []

  @Option(help: ArgumentHelp("Force the input format instead of detecting it.", valueName: "format"))
  var format: InputFormatOption?

  @Flag(help: "Treat warnings as errors: exit with status 1 if any input record was skipped.")
  var strict = false

  @Flag(name: .shortAndLong, help: "Print only errors to stderr.")
  var quiet = false
}

/// `--format` values.
enum InputFormatOption: String, ExpressibleByArgument, CaseIterable {
  case bibtex, markdown
}
