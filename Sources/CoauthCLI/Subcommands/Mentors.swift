import ArgumentParser
import CoauthMetrics
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth mentors`: a person's advisors and advisees, inferred and declared; or, with
  /// `--check`, inference scored against the declared relations.
  struct Mentors: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a person's advisors and advisees, inferred and declared.",
      discussion: """
        For the person: each advisor and advisee with the inferred score, period, joint \
        papers and evidence, and beside it what the inputs declare (homepage and CV \
        statements such as "advised by X", "Mentoring" lists, and --relations files).

        --check scores inference against the declared relations instead: each declaration \
        found, reversed, missed (with the advisors inferred instead) or not supported by \
        the records (fewer joint papers than inference needs, or a name matching no \
        author). With --check the person may be left out to check every declaration.

        Examples:
          coauth mentors "Mary Senior" refs.bib
          coauth mentors "Alice Student" refs.bib --relations mgp.csv
          coauth mentors --check refs.bib --relations mgp.csv
        """)

    @Argument(
      help: ArgumentHelp(
        "The person: author id, name or printed variant (see `coauth names`).",
        valueName: "person"))
    var person: String?

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Declared relations") var relations: RelationOptions

    @Flag(help: "Score inference against the declared relations.")
    var check = false

    func validate() throws {
      if person == nil && !check { throw ValidationError("give a person, or --check") }
      if check && relations.trustDeclared {
        throw ValidationError("--check scores inference; it cannot trust declared relations")
      }
    }

    func run() throws {
      // With --check the person is optional: a first argument naming a file is an input.
      var input = input
      var person = person
      if check, let first = person, FileManager.default.fileExists(atPath: first) {
        input.inputs.insert(first, at: 0)
        person = nil
      }
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        let metrics = MetricOptions(pathCentralities: false)
        let pipeline = try run.pipeline(metrics: metrics, relations: relations)
        let analysis = try pipeline.analyze(paths, diagnostics: run.diagnostics.handler)
        KeptUntilExit.keep(analysis)
        try run.stopOnErrors()
        run.progress.finish()
        let report = MentorsReport(analysis: analysis)
        let choice = AuthorChoice(
          resolution: analysis.resolution, corpus: analysis.corpus, diagnostics: run.diagnostics)
        let author = try person.map { AuthorIndex(try choice.resolve($0)) }
        if check {
          let minimum = pipeline.options.mentorship.minimumJointPapers
          print(report.checkText(for: author, minimumJointPapers: minimum), terminator: "")
        } else if let author {
          print(report.text(for: author), terminator: "")
        }
      }
      try run.finish()
    }
  }
}

/// The text of `coauth mentors`.
struct MentorsReport {
  let analysis: Analysis

  private var authors: AuthorTable { analysis.resolution.authors }

  func label(_ author: AuthorIndex) -> String {
    "\(authors.names[Int(author)]) [\(authors.ids[Int(author)])]"
  }

  /// The person's advisors, then advisees, each with inferred and declared lines.
  func text(for author: AuthorIndex) -> String {
    let activity = analysis.activity
    let papers = activity.papers[Int(author)]
    var lines = ["\(label(author)): \(papers) paper\(papers == 1 ? "" : "s")\(years(of: author))"]
    for side in [Side.advisors, .advisees] {
      lines.append("")
      lines.append(side == .advisors ? "Advisors" : "Advisees")
      let inferred = analysis.mentorship.filter {
        side == .advisors ? $0.mentee == author : $0.mentor == author
      }
      let declared = analysis.declared.filter {
        side == .advisors ? $0.mentee == author : $0.mentor == author
      }
      var others: [AuthorIndex] = []
      for other in inferred.map({ side == .advisors ? $0.mentor : $0.mentee })
        + declared.compactMap({ side == .advisors ? $0.mentor : $0.mentee })
      where !others.contains(other) {
        others.append(other)
      }
      let unmatched = declared.filter { (side == .advisors ? $0.mentor : $0.mentee) == nil }
      if others.isEmpty && unmatched.isEmpty { lines.append("  none") }
      for other in others {
        lines.append("  \(label(other))")
        for relation in inferred where (side == .advisors ? relation.mentor : relation.mentee) == other {
          lines.append("    " + describe(relation))
        }
        for declaration in declared where (side == .advisors ? declaration.mentor : declaration.mentee) == other {
          lines.append("    " + describe(declaration))
        }
      }
      for declaration in unmatched {
        let name = side == .advisors ? declaration.declared.mentor : declaration.declared.mentee
        let candidates =
          side == .advisors ? declaration.mentorCandidates : declaration.menteeCandidates
        lines.append(
          "  \(name) (\(candidates.isEmpty ? "not among the authors" : fits(candidates)))")
        lines.append("    " + describe(declaration))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Every declaration (of `author`, when given) with what inference made of it, then totals.
  func checkText(for author: AuthorIndex?, minimumJointPapers: Int) -> String {
    let check = MentorshipCheck(analysis, minimumJointPapers: minimumJointPapers) { declared in
      guard let author else { return true }
      return declared.mentor == author || declared.mentee == author
    }
    guard !check.items.isEmpty else {
      return "No declared relations\(author.map { " of " + label($0) } ?? "") to check.\n"
    }
    var lines: [String] = []
    for item in check.items {
      let declared = item.declared
      let mentor = declared.mentor.map(label) ?? declared.declared.mentor
      let mentee = declared.mentee.map(label) ?? declared.declared.mentee
      let verdict: String
      switch item.outcome {
      case .found(let relation):
        verdict = "found: score \(score(relation.score)), \(relation.startYear)-\(relation.endYear)"
      case .reversed(let relation):
        verdict = "reversed: inferred the other way round, score \(score(relation.score))"
      case .missed(let joint, let instead):
        verdict =
          "missed: \(joint) joint papers, "
          + (instead.isEmpty
            ? "no advisor inferred" : "inferred instead: " + instead.map(label).joined(separator: ", "))
      case .unsupported(let joint):
        verdict =
          "not supported by the records: \(joint) joint paper\(joint == 1 ? "" : "s") "
          + "(inference needs \(minimumJointPapers))"
      case .unmatched(let names):
        verdict =
          "not checkable: "
          + names.map { name in
            name.candidates.isEmpty
              ? "no author named '\(name.name)'" : "'\(name.name)' " + fits(name.candidates)
          }.joined(separator: "; ")
      }
      lines.append("\(mentor) -> \(mentee) (\(declared.origin)): \(verdict)")
    }
    for relation in check.undeclaredAdvisors {
      lines.append(
        "\(label(relation.mentor)) -> \(label(relation.mentee)): inferred but not declared, "
          + "score \(score(relation.score))")
    }
    lines.append("")
    lines.append(
      "\(check.items.count) declared, \(check.supported) supported by the records, "
        + "\(check.found) found: recall \(check.supported > 0 ? percent(check.recall) : "-"), "
        + "precision \(check.found + check.undeclaredAdvisors.count > 0 ? percent(check.precision) : "-") "
        + "(\(check.undeclaredAdvisors.count) inferred advisor\(check.undeclaredAdvisors.count == 1 ? "" : "s") of declared mentees not declared)")
    return lines.joined(separator: "\n") + "\n"
  }

  private enum Side { case advisors, advisees }

  /// "fits 2 authors: Mary Senior [mary-senior], Paul Senior [paul-senior]".
  private func fits(_ candidates: [AuthorIndex]) -> String {
    "fits \(candidates.count) authors: " + candidates.map(label).joined(separator: ", ")
  }

  private func describe(_ relation: MentorshipRelation) -> String {
    let kind = relation.evidence.declaredBy == nil ? "inferred" : "trusted"
    return
      "\(kind)  score \(score(relation.score))  \(relation.startYear)-\(relation.endYear)  "
      + "\(relation.jointPapers) joint paper\(relation.jointPapers == 1 ? "" : "s")  "
      + relation.evidence.description
  }

  private func describe(_ declaration: ResolvedDeclaredRelation) -> String {
    let start = declaration.declared.startYear.map(String.init) ?? ""
    let end = declaration.declared.endYear.map(String.init) ?? ""
    let period = start.isEmpty && end.isEmpty ? "" : "  \(start)-\(end)"
    let source =
      declaration.declared.source.isEmpty
      ? "\(declaration.declared.location)"
      : "\(declaration.declared.source), \(declaration.declared.location)"
    return "declared\(period)  (\(source))"
  }

  private func years(of author: AuthorIndex) -> String {
    let first = analysis.activity.firstYear[Int(author)]
    let last = analysis.activity.lastYear[Int(author)]
    guard let first, let last else { return "" }
    return first == last ? ", \(first)" : ", \(first)-\(last)"
  }

  private func score(_ value: Double) -> String { String(format: "%.2f", value) }
  private func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}
