import ArgumentParser
import CoauthMetrics
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth lineage`: a person's academic ancestors and descendants as indented trees.
  struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a person's academic ancestors and descendants as indented trees.",
      discussion: """
        Ancestors are advisors, their advisors and so on; descendants are advisees, theirs \
        and so on, from mentorship inference (or declared relations with --trust-declared). \
        Each line gives the person, the advising period and the score; a person reached \
        twice (co-advising) is expanded the first time only.

        Examples:
          coauth lineage "Mary Senior" refs.bib
          coauth lineage "Alice Student" refs.bib --relations mgp.csv --trust-declared
        """)

    @Argument(
      help: ArgumentHelp(
        "The person: author id, name or printed variant (see `coauth names`).",
        valueName: "person"))
    var person: String

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Declared relations") var relations: RelationOptions

    @Option(help: ArgumentHelp("Generations to show each way (0 shows all).", valueName: "n"))
    var depth = 0

    func validate() throws {
      if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        let metrics = MetricOptions(pathCentralities: false)
        let analysis = try run.pipeline(metrics: metrics, relations: relations).analyze(
          paths, diagnostics: run.diagnostics.handler)
        KeptUntilExit.keep(analysis)
        try run.stopOnErrors()
        run.progress.finish()
        let author = try AuthorChoice(
          resolution: analysis.resolution, corpus: analysis.corpus, diagnostics: run.diagnostics
        ).resolve(person)
        print(
          LineageReport(analysis: analysis, depth: depth).text(for: AuthorIndex(author)), terminator: "")
      }
      try run.finish()
    }
  }
}

/// The text of `coauth lineage`.
struct LineageReport {
  let analysis: Analysis
  /// Generations shown each way; 0 shows all.
  let depth: Int

  func text(for author: AuthorIndex) -> String {
    let genealogy = analysis.genealogy
    var relations: [[AuthorIndex]: MentorshipRelation] = [:]
    for relation in analysis.mentorship { relations[[relation.mentor, relation.mentee]] = relation }
    let authors = analysis.resolution.authors
    func label(_ index: AuthorIndex) -> String {
      "\(authors.names[Int(index)]) [\(authors.ids[Int(index)])]"
    }
    var lines = [
      label(author) + ": generation \(genealogy.generation[Int(author)]), "
        + "\(genealogy.ancestors[Int(author)]) ancestor\(genealogy.ancestors[Int(author)] == 1 ? "" : "s"), "
        + "\(genealogy.descendants[Int(author)]) descendant\(genealogy.descendants[Int(author)] == 1 ? "" : "s"), "
        + "lineage depth \(genealogy.lineageDepth[Int(author)])"
    ]
    for upward in [true, false] {
      lines.append("")
      lines.append(upward ? "Ancestors" : "Descendants")
      var expanded: Set<AuthorIndex> = [author]
      var printed = false
      // Depth-first, children in index order; a stack of (person, generation).
      var stack: [(AuthorIndex, AuthorIndex, Int)] = []
      func push(from parent: AuthorIndex, level: Int) {
        let next = upward ? genealogy.advisors(of: parent) : genealogy.advisees(of: parent)
        for child in next.reversed() { stack.append((parent, child, level)) }
      }
      push(from: author, level: 1)
      while let (parent, person, level) = stack.popLast() {
        let pair = upward ? [person, parent] : [parent, person]
        var line = String(repeating: "  ", count: level) + label(person)
        if let relation = relations[pair] {
          line += "  \(relation.startYear)-\(relation.endYear), score "
            + String(format: "%.2f", relation.score)
          if relation.evidence.isCoAdvisor { line += ", co-advisor" }
          if relation.evidence.declaredBy != nil { line += ", declared" }
        }
        printed = true
        guard expanded.insert(person).inserted else {
          lines.append(line + " (see above)")
          continue
        }
        lines.append(line)
        if depth == 0 || level < depth { push(from: person, level: level + 1) }
      }
      if !printed { lines.append("  none") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
