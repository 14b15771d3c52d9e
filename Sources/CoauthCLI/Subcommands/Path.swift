import ArgumentParser
import CoauthGraph
import CoauthIngest
import CoauthMetrics
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth path A B`: the collaboration distance between two authors and the papers that
  /// link them.
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the collaboration distance between two authors and the papers linking them.",
      discussion: """
        Finds a shortest chain of co-authors from the first author to the second (like an \
        Erdős number) and prints it with one joint paper per link: pub_id, year and title \
        (the earliest joint paper; how many more there are). Authors are given by id, display \
        name or any printed variant. Exits with status 1 when a name matches no author or \
        several (the candidates are listed), or when no chain joins the two.

        Example:
          coauth path "Harkirat Behl" "Philip Torr" datasets/seeds
        """)

    @Argument(help: ArgumentHelp("The first author (id, name or printed variant).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The second author.", valueName: "to"))
    var to: String

    @OptionGroup var input: InputOptions

    func validate() throws {
      // "coauth path A refs.bib" reads refs.bib as the second author (and the bundled data as
      // input): say so rather than report an unknown author.
      if input.inputs.isEmpty,
        FileManager.default.fileExists(atPath: to) || InputFormat(path: to) != nil
      {
        throw ValidationError(
          "expected two authors before the inputs, found the input '\(to)' as the second author: "
            + "coauth path \"A\" \"B\" \(to)")
      }
    }

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        let (corpus, resolution, graph) = try run.readAndBuildGraph(paths)
        KeptUntilExit.keep((corpus, resolution, graph))
        try run.stopOnErrors()
        let choice = AuthorChoice(resolution: resolution, corpus: corpus, diagnostics: run.diagnostics)
        let source = try choice.resolve(from)
        let target = try choice.resolve(to)
        guard let chain = shortestChain(graph, from: source, to: target) else {
          run.diagnostics.report(
            Diagnostic(
              .error, "path.not-connected",
              "\(choice.label(source)) and \(choice.label(target)) are not connected: no chain "
                + "of co-authors joins them"))
          throw ExitCode.failure
        }
        print(
          PathReport(graph: graph, publications: corpus.publications, choice: choice)
            .text(chain), terminator: "")
      }
      try run.finish()
    }
  }
}

/// The text of `coauth path`.
struct PathReport {
  let graph: CoauthorGraph
  let publications: [Publication]
  let choice: AuthorChoice

  func text(_ chain: [Int32]) -> String {
    let distance = chain.count - 1
    var lines = [
      "Collaboration distance from \(choice.label(Int(chain[0]))) to "
        + "\(choice.label(Int(chain[distance]))): \(distance)"
    ]
    lines.append("")
    for (step, node) in chain.enumerated() {
      lines.append("  \(choice.label(Int(node)))")
      guard step < distance else { break }
      let u = Int(node)
      let v = Int(chain[step + 1])
      guard let h = graph.halfEdge(from: u, to: v) else { continue }
      let papers = Array(graph.publications(ofEdge: graph.edgeIndex(ofHalfEdge: h)))
      if let first = earliest(papers) {
        let publication = publications[Int(first)]
        let year = publication.year.map(String.init) ?? "n.d."
        let more = papers.count > 1 ? " (+\(papers.count - 1) more joint papers)" : ""
        lines.append("    | \(publication.id) (\(year)) \"\(publication.title)\"\(more)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The earliest paper with a year (input order among equals), else the first.
  private func earliest(_ papers: [Int32]) -> Int32? {
    papers.min { a, b in
      let ya = publications[Int(a)].year ?? Int.max
      let yb = publications[Int(b)].year ?? Int.max
      return ya != yb ? ya < yb : a < b
    }
  }
}
