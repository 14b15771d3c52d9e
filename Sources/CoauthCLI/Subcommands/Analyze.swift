import ArgumentParser
import CoauthGraph
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth analyze`: every stage, every table.
  struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build the co-authorship graph and write its tables (CSV) and summary (JSON).",
      discussion: """
        Reads the inputs, resolves printed names into persons, builds the co-authorship \
        graph, computes every metric and infers mentorship, then writes into the output folder:

          publications.csv  pub_id, title, year, venue, n_authors, source,
                            doi
          authorships.csv   pub_id, position, raw_name, author_id
          authors.csv       author_id, name, kind, variants, papers,
                            first_year, last_year, one column per metric
                            (centralities, core, clustering, component,
                            community, truss, articulation, constraint,
                            effective_size), then repeat_rate,
                            mean_team_size, solo_papers, career_span,
                            coauthors_per_year
          edges.csv         source, target, papers, weight, first_year,
                            last_year, pub_ids, fractional
          mentorship.csv    mentor_id, mentor_name, mentee_id, mentee_name,
                            score, start_year, end_year, joint_papers,
                            evidence
          genealogy.csv     author_id, name, advisors, advisees, descendants,
                            lineage_depth, generation, ancestors
          growth.csv        with --by-year: year, papers, mean_team_size,
                            active_authors, new_authors, authors,
                            new_collaborations, collaborations,
                            giant_component, giant_component_share
          graph.graphml     with --graphml: the co-author graph for Gephi,
                            Cytoscape, yEd, networkx and igraph (nodes with
                            the columns of authors.csv, edges with those
                            of edges.csv)
          summary.json      counts, graph (clustering, assortativity,
                            diameter, path length, bridges, modularity),
                            diagnostics, timings

        All files are replaced together, or (when the run fails) none is; a growth.csv \
        or graph.graphml of an earlier run goes with them when --by-year or --graphml is \
        not given. The README documents every column.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Metrics") var metrics: MetricFlags
    @OptionGroup(title: "Declared relations") var relations: RelationOptions

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp("Folder to write the tables into (created when missing).", valueName: "dir"))
    var out = "coauth-out"

    @Flag(
      help: ArgumentHelp(
        "Also write growth.csv: per year, papers, team size, authors, new collaborations and "
          + "the giant component's share of the network so far."))
    var byYear = false

    @Flag(
      help: ArgumentHelp(
        "Also write graph.graphml: the co-author graph with every column of authors.csv and "
          + "edges.csv as attributes, for Gephi, Cytoscape, yEd, networkx and igraph."))
    var graphml = false

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        let analysis = try run.pipeline(metrics: metrics.options, relations: relations).analyze(
          paths, diagnostics: run.diagnostics.handler)
        KeptUntilExit.keep(analysis)
        try run.stopOnErrors()
        let summary = RunSummary.json(
          analysis, diagnostics: run.diagnostics.sortedCounts,
          warnings: run.diagnostics.warningCount, totalSeconds: run.elapsed)
        try AnalysisWriter(includesGrowth: byYear, includesGraphML: graphml).write(analysis, summary: summary, into: out)
        let counts = analysis.counts
        print(
          "\(counts.records) publications, \(analysis.resolution.authors.count) authors, "
            + "\(analysis.graph.edgeCount) co-author pairs, "
            + "\(analysis.mentorship.count) mentorship relations -> \(out)/")
      }
      try run.finish()
    }
  }
}
