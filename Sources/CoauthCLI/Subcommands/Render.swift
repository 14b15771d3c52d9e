import ArgumentParser
import CoauthExport
import CoauthGraph
import CoauthModel
import CoauthNames
import CoauthPipeline
import CoauthRender
import Foundation

extension CoauthCommand {
  /// `coauth render`: the pipeline, then a drawing of the graph through Graphviz, in process.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw the co-authorship graph as SVG, PNG or PDF (Graphviz, in process) or DOT.",
      discussion: """
        Node size follows the chosen centrality (--size-by), colour the community, edge \
        width the collaboration weight; inferred advisor -> advisee ties are dark arrows; \
        labels are display names. Large graphs are cut down \
        to a readable picture: the --top highest-scoring authors (250 by default when the \
        graph is larger), edges of at least --min-weight, or the --ego network of one author \
        within --radius hops.

        Examples:
          coauth render refs.bib --svg -o graph.svg
          coauth render refs.bib --ego "Philip Torr" --radius 2 -o torr.svg
          coauth render refs.bib --mentorship -o lab.svg
          coauth render refs.bib --dot -o - | dot -Tpng > graph.png
        """)

    @OptionGroup var input: InputOptions

    @Flag(help: "Output format (default: from the -o extension, else SVG).")
    var format: OutputFormat?

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp(
        "File to write; '-' writes to standard output (default: coauth-graph.<format>).",
        valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Metric that sizes the nodes.", valueName: "metric"))
    var sizeBy: DrawingScore = .pagerank

    @Option(
      help: ArgumentHelp(
        "Draw only the N highest-scoring authors (0 draws all; default 250 for larger graphs).",
        valueName: "n"))
    var top: Int?

    @Option(
      help: ArgumentHelp(
        "Leave out co-author edges lighter than this Newman weight.", valueName: "weight"))
    var minWeight: Double = 0

    @Option(
      help: ArgumentHelp(
        "Draw the neighbourhood of this author (id, name or printed variant).",
        valueName: "author"))
    var ego: String?

    @Option(help: ArgumentHelp("Hops around the --ego author (default 1).", valueName: "hops"))
    var radius: Int?

    @Option(
      help: ArgumentHelp(
        "Graphviz layout engine (default: sfdp above 150 nodes, else neato; dot for "
          + "--mentorship).", valueName: "engine"))
    var engine: LayoutEngine?

    @Flag(
      help: ArgumentHelp(
        "Draw mentorship: advisor -> advisee arrows, authors ranked by cohort "
          + "(first-publication year), co-author edges lighter."))
    var mentorship = false

    @Flag(help: "Keep authors that have no drawn edge.")
    var keepIsolated = false

    @Option(help: ArgumentHelp("Caption above the drawing.", valueName: "text"))
    var title: String?

    /// What `render` writes.
    enum OutputFormat: String, EnumerableFlag {
      case svg, png, pdf, dot
    }

    func validate() throws {
      if let top, top < 0 { throw ValidationError("--top must be 0 or more") }
      if let radius, radius < 0 { throw ValidationError("--radius must be 0 or more") }
      if !(minWeight >= 0) { throw ValidationError("--min-weight must be a non-negative number") }
      if ego == nil && radius != nil {
        throw ValidationError("--radius needs --ego")
      }
    }

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      let chosenFormat = resolvedFormat
      let destination = output ?? "coauth-graph.\(chosenFormat.rawValue)"
      try run.guarded {
        let pathMetrics: Set<DrawingScore> = [.betweenness, .closeness, .harmonic]
        let metrics = MetricOptions(pathCentralities: pathMetrics.contains(sizeBy))
        let analysis = try run.pipeline(metrics: metrics).analyze(
          paths, diagnostics: run.diagnostics.handler)
        KeptUntilExit.keep(analysis)
        try run.stopOnErrors()
        let drawingInput = try DrawingInput(analysis, score: sizeBy)
        let filter = try drawingFilter(for: analysis, nodeCount: drawingInput.nodeCount, run: run)
        let layout = engine ?? defaultEngine(nodes: filter.maximumNodes ?? drawingInput.nodeCount)
        // Straight edges: routing splines around nodes takes Graphviz minutes above 250 nodes.
        let attributes = DrawingAttributes(
          title: title, style: mentorship ? .mentorship : .coauthorship, layout: layout,
          overlap: mentorship ? nil : "prism")
        let drawing = try filter.drawing(from: drawingInput, attributes: attributes)
        let dot = try DOTWriter().dotText(for: drawing)
        let bytes: [UInt8]
        switch chosenFormat {
        case .dot: bytes = Array(dot.utf8)
        case .svg, .png, .pdf:
          run.progress.start("layout (\(layout), \(drawing.nodes.count) nodes)")
          let renderFormat = RenderFormat(rawValue: chosenFormat.rawValue) ?? .svg
          bytes = try GraphvizRenderer.render(
            dot: dot, engine: layout, format: renderFormat, diagnostics: run.diagnostics.handler)
        }
        try write(bytes, to: destination)
        if destination != "-" {
          print(
            "\(drawing.nodes.count) authors, \(drawing.edges.count) co-author edges"
              + (drawing.directedEdges.isEmpty
                ? "" : ", \(drawing.directedEdges.count) mentorship ties")
              + " -> \(destination)")
        }
      }
      try run.finish()
    }

    /// The format flag, else the output file's extension, else SVG.
    private var resolvedFormat: OutputFormat {
      if let format { return format }
      if let output, let dot = output.lastIndex(of: ".") {
        if let inferred = OutputFormat(rawValue: output[output.index(after: dot)...].lowercased()) {
          return inferred
        }
      }
      return .svg
    }

    /// The default node budget: everything up to a few hundred authors.
    private static let defaultTop = 250

    private func drawingFilter(
      for analysis: Analysis, nodeCount: Int, run: CommandRun
    ) throws -> DrawingFilter {
      var egoNetwork: DrawingFilter.EgoNetwork?
      if let ego {
        let center = try AuthorChoice(
          resolution: analysis.resolution, corpus: analysis.corpus, diagnostics: run.diagnostics
        ).resolve(ego)
        egoNetwork = DrawingFilter.EgoNetwork(center: AuthorIndex(center), radius: radius ?? 1)
      }
      var maximumNodes = top.flatMap { $0 == 0 ? nil : $0 }
      if top == nil && egoNetwork == nil && nodeCount > Self.defaultTop {
        maximumNodes = Self.defaultTop
        run.diagnostics.report(
          .init(
            .note, "render.top-default",
            "drawing the \(Self.defaultTop) highest-ranked of \(nodeCount) authors by "
              + "\(sizeBy.rawValue); --top N changes this, --top 0 draws all"))
      }
      return DrawingFilter(
        maximumNodes: maximumNodes, minimumEdgeWeight: minWeight, ego: egoNetwork,
        dropIsolated: !keepIsolated)
    }

    private func defaultEngine(nodes: Int) -> LayoutEngine {
      if mentorship { return .dot }
      return nodes > 150 ? .sfdp : .neato
    }

    /// Writes `bytes` to standard output or atomically to a file.
    private func write(_ bytes: [UInt8], to destination: String) throws {
      if destination == "-" {
        FileHandle.standardOutput.write(Data(bytes))
        return
      }
      let url = URL(fileURLWithPath: destination)
      try StagedOutput.write(into: url.deletingLastPathComponent().path) { output in
        try output.write(url.lastPathComponent, bytes: bytes)
      }
    }
  }
}

extension DrawingScore: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
