import ArgumentParser
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth names`: how printed names were grouped into persons, and why.
  struct Names: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show how printed names were grouped into persons, and why.",
      discussion: """
        For each person: the printed variants with their mention counts, every merge with \
        the rule that made it, its confidence and the co-authors both sides shared, and the \
        people with a matching name that were kept apart. Then the names left ambiguous, to \
        review, with how likely each candidate person is, and the initial keys ("X. Li") \
        that several persons with written-out given names share. By default only persons printed in more than one way or kept apart from \
        someone are listed; --all lists everyone.
        """)

    @OptionGroup var input: InputOptions

    @Option(
      help: ArgumentHelp(
        "Show only persons matching this id, name or printed variant.", valueName: "author"))
    var author: String?

    @Flag(help: "List every person, also those printed one way only.")
    var all = false

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        let (corpus, resolution) = try run.readAndResolve(paths)
        KeptUntilExit.keep((corpus, resolution))
        let report = NamesReport(resolution: resolution)
        if let author {
          let matches = try AuthorChoice(
            resolution: resolution, corpus: corpus, diagnostics: run.diagnostics
          ).matches(author)
          print(report.text(for: matches), terminator: "")
        } else {
          report.write(showingAll: all) { print($0, terminator: "") }
        }
      }
      try run.finish()
    }
  }
}

/// The text of `coauth names`.
struct NamesReport {
  let resolution: Resolution

  private var authors: AuthorTable { resolution.authors }
  private var decisions: ResolutionDecisions { resolution.decisions }

  /// Every person with something to explain (or all), then the ambiguous names.
  func text(showingAll: Bool) -> String {
    var text = ""
    write(showingAll: showingAll) { text += $0 }
    return text
  }

  /// `text(showingAll:)` handed to `output` a person at a time, so that the report of a large
  /// corpus is never held whole.
  func write(showingAll: Bool, to output: (String) -> Void) {
    var first = true
    for index in 0..<authors.count where showingAll || isWorthShowing(index) {
      output(first ? block(for: index) : "\n" + block(for: index))
      first = false
    }
    let merged = (0..<authors.count).filter { variants(of: $0).count > 1 }.count
    output(
      "\n\(authors.count) authors from \(resolution.authorships.count) mentions; "
        + "\(merged) printed in more than one way"
        + (showingAll ? "" : " (shown above; --all lists everyone)") + ".\n")
    output(ambiguities(relevantTo: nil))
    output(crowdedKeys(relevantTo: nil))
  }

  /// The blocks of the given authors and the ambiguities that involve them.
  func text(for indices: [AuthorIndex]) -> String {
    var text = indices.map { block(for: Int($0)) }.joined(separator: "\n")
    text += ambiguities(relevantTo: Set(indices))
    text += crowdedKeys(relevantTo: Set(indices))
    return text
  }

  /// Crowded initial keys shown without `--author`; more are counted, not listed.
  static let crowdedKeysShown = 20
  /// Persons listed per crowded key, most mentions first.
  static let crowdPersonsShown = 8

  /// The initial keys several persons share (see `CrowdedInitialKey`), with each person's
  /// mentions, and the initial-only authors that could be any of them.
  private func crowdedKeys(relevantTo indices: Set<AuthorIndex>?) -> String {
    let relevant = decisions.crowdedInitialKeys.filter { crowd in
      guard let indices else { return true }
      return crowd.persons.contains(where: indices.contains)
        || crowd.initialOnly.contains(where: indices.contains)
    }
    guard !relevant.isEmpty else { return "" }
    var lines = [
      "",
      "Crowded initial keys (\(relevant.count); a mention printed with initials only under one "
        + "of them cannot be told apart by its name):",
    ]
    for crowd in relevant.prefix(Self.crowdedKeysShown) {
      let persons = zip(crowd.persons, crowd.mentions).prefix(Self.crowdPersonsShown)
        .map { "\(authors.names[Int($0)]) (\($1))" }
      let more = crowd.persons.count - persons.count
      var line =
        "  \(crowd.key): \(crowd.persons.count) persons: " + persons.joined(separator: ", ")
        + (more > 0 ? ", +\(more) more" : "")
      if !crowd.initialOnly.isEmpty {
        line += "; initials only: " + crowd.initialOnly.map { label(Int($0)) }.joined(separator: ", ")
      }
      lines.append(line)
    }
    if relevant.count > Self.crowdedKeysShown {
      lines.append("  ... and \(relevant.count - Self.crowdedKeysShown) more (--author shows a person's keys)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func isWorthShowing(_ index: Int) -> Bool {
    let author = decisions.authors.indices.contains(index) ? decisions.authors[index] : nil
    return variants(of: index).count > 1 || !(author?.splits.isEmpty ?? true)
  }

  private func variants(of index: Int) -> [NameVariantCount] {
    if decisions.authors.indices.contains(index), !decisions.authors[index].variants.isEmpty {
      return decisions.authors[index].variants
    }
    return authors.variants[index].map { NameVariantCount(name: $0, mentions: 0) }
  }

  private func label(_ index: Int) -> String {
    "\(authors.names[index]) [\(authors.ids[index])]"
  }

  private func block(for index: Int) -> String {
    let variants = variants(of: index)
    let mentions = variants.reduce(0) { $0 + $1.mentions }
    let kind = authors.kinds[index] == .person ? "" : " (\(authors.kinds[index]))"
    var lines = ["\(label(index))\(kind): \(mentions) mention\(mentions == 1 ? "" : "s")"]
    lines.append(
      "  printed as: "
        + variants.map { $0.mentions > 0 ? "\($0.name) (\($0.mentions))" : $0.name }
        .joined(separator: ", "))
    if decisions.authors.indices.contains(index) {
      let author = decisions.authors[index]
      for merge in Self.distinct(author.merges) {
        let evidence =
          merge.sharedCoauthors > 0
          ? ", \(merge.sharedCoauthors) shared co-author\(merge.sharedCoauthors == 1 ? "" : "s")"
          : ""
        let confidence = String(format: "%.2f", merge.confidence)
        let pair =
          merge.variant == merge.target
          ? "\"\(merge.variant)\"" : "\"\(merge.variant)\" = \"\(merge.target)\""
        let repeated = merge.times > 1 ? " (\(merge.times) times)" : ""
        lines.append(
          "  merged \(pair): \(merge.rule), confidence \(confidence)\(evidence)\(repeated)")
      }
      for split in author.splits {
        var line =
          "  kept apart from \(label(Int(split.other))): \"\(split.variant)\" vs "
          + "\"\(split.otherVariant)\", \(split.reason)"
        switch split.reason {
        case .agreementNotJoined, .reversedOrderNotJoined, .nameFormNotJoined:
          // The overrides row that joins them, ready to copy.
          line += "; to join: merge,\(authors.ids[index]),\(authors.ids[Int(split.other)])"
        default: break
        }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The merges worth showing, each join of one variant to another once (`times` says how often
  /// it was made; the strongest evidence is kept), in first-made order. Joins of identical names are left
  /// out unless identifiers made them.
  private static func distinct(_ merges: [MergeDecision]) -> [MergeDecision] {
    var order: [MergeDecision] = []
    var positions: [String: Int] = [:]
    for merge in merges where merge.variant != merge.target || merge.rule.isIdentifier {
      let key = "\(merge.rule)\u{0}\(merge.variant)\u{0}\(merge.target)"
      if let position = positions[key] {
        order[position].absorb(merge)
      } else {
        positions[key] = order.count
        order.append(merge)
      }
    }
    return order
  }

  private func ambiguities(relevantTo indices: Set<AuthorIndex>?) -> String {
    let relevant = decisions.ambiguities.filter { ambiguity in
      guard let indices else { return true }
      return indices.contains(ambiguity.author)
        || ambiguity.candidates.contains(where: indices.contains)
    }
    guard !relevant.isEmpty else { return "" }
    var lines = ["", "To review (\(relevant.count) ambiguous name\(relevant.count == 1 ? "" : "s")):"]
    for ambiguity in relevant {
      let candidates = ambiguity.candidates.enumerated().map { index, candidate in
        guard ambiguity.confidences.indices.contains(index) else { return label(Int(candidate)) }
        return label(Int(candidate)) + String(format: " %.2f", ambiguity.confidences[index])
      }.joined(separator: "; ")
      lines.append(
        "  \"\(ambiguity.name)\" (\(ambiguity.mentions) mention\(ambiguity.mentions == 1 ? "" : "s"), "
          + "kept as [\(authors.ids[Int(ambiguity.author)])]) could be: \(candidates) - "
          + ambiguity.reason)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension MergeRule {
  /// Whether identifiers (ORCID, dblp pid or homonym number), not names, made the join.
  fileprivate var isIdentifier: Bool {
    switch self {
    case .orcid, .dblpPID, .dblpHomonymNumber: true
    default: false
    }
  }
}
