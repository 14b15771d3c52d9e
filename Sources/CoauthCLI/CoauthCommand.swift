import ArgumentParser

/// The `coauth` command: publication records in, a co-authorship graph of people out.
public struct CoauthCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "coauth",
    abstract: "Co-authorship graph analytics: publication records in, a graph of people out.",
    discussion: """
      Reads publication records (BibTeX, DBLP XML, CSL-JSON, RIS, EndNote, CSV tables, Web of \
      Science and PubMed/MEDLINE exports, and homepage/CV publication lists in Markdown, \
      plain text or saved HTML pages), resolves printed names into \
      persons, builds the co-authorship graph, computes its metrics and infers mentorship. \
      Outputs are CSV files for notebooks, DOT, and SVG rendered with Graphviz. With no \
      INPUT, commands use the bundled dataset (datasets/seeds).
      """,
    version: "0.1.0",
    subcommands: [
      Analyze.self, Render.self, Top.self, Names.self, Path.self, Ego.self, Mentors.self,
      Lineage.self,
    ],
    defaultSubcommand: Analyze.self)

  public init() {}
}

extension CoauthCommand {
  /// Parses the process arguments, runs the chosen subcommand and exits with its status.
  public static func runFromCommandLine() {
    TruncatedInputSignal.install()
    main()
  }
}
