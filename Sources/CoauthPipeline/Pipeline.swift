import CoauthExport
import CoauthGraph
import CoauthIngest
import CoauthMetrics
import CoauthModel
import CoauthNames

/// The stages of coauth in order: read the records, resolve printed names into persons, build
/// the co-authorship graph, compute its metrics and infer mentorship.
///
/// ```swift
/// let analysis = try Pipeline().analyze(["refs.bib"], diagnostics: { print($0) })
/// let top = analysis.metrics.pageRank.indices.max { analysis.metrics.pageRank[$0] < analysis.metrics.pageRank[$1] }
/// ```
///
/// Every stage reports recoverable problems to `diagnostics`; a whole input that cannot be used
/// throws (`IngestError`), as do invalid metric settings (`MetricsError`).
public struct Pipeline {
  public var options: PipelineOptions
  /// Called with a stage's name ("read", "resolve", "graph", "metrics", "mentorship") as it
  /// starts, for progress displays.
  public var onStageStart: (String) -> Void

  public init(options: PipelineOptions = PipelineOptions(), onStageStart: @escaping (String) -> Void = { _ in }) {
    self.options = options
    self.onStageStart = onStageStart
  }

  /// Reads `paths` (files or folders) and applies the year filter.
  public func read(
    _ paths: [String], diagnostics: DiagnosticHandler, timings: inout StageTimings
  ) throws -> (Corpus, RunCounts) {
    let loader = InputLoader(forcedFormat: options.forcedFormat, csvColumns: options.csvColumns)
    var counts = RunCounts()
    var skipped = 0
    onStageStart("read")
    var corpus = try timings.stage("read") { () throws(IngestError) -> Corpus in
      counts.files = try loader.expand(paths).count
      return try loader.load(paths) { diagnostic in
        skipped += diagnostic.skippedRecords
        diagnostics(diagnostic)
      }
    }
    for path in options.relationFiles {
      let relations = try timings.stage("read") { () throws(IngestError) -> [DeclaredRelation] in
        let source = try loader.decodedSource(at: path, diagnostics: diagnostics)
        return try RelationsCSVReader.read(source, diagnostics: diagnostics)
      }
      corpus.declaredRelations.append(contentsOf: relations)
    }
    counts.skippedRecords = skipped
    if options.sinceYear != nil || options.untilYear != nil {
      let before = corpus.publications.count
      corpus.removePublications { !isInPeriod($0.year) }
      counts.filteredRecords = before - corpus.publications.count
    }
    if let maximum = options.maximumAuthors {
      let before = corpus.publications.count
      corpus.removePublications { $0.authors.count > maximum }
      counts.hyperauthoredRecords = before - corpus.publications.count
    }
    counts.records = corpus.publications.count
    counts.mentions = corpus.mentionCount
    return (corpus, counts)
  }

  /// Groups the mentions of `corpus` into persons.
  public func resolve(
    _ corpus: Corpus, diagnostics: DiagnosticHandler, timings: inout StageTimings
  ) -> Resolution {
    let resolver = AuthorResolver(options: options.resolution)
    onStageStart("resolve")
    return timings.stage("resolve") { resolver.resolve(corpus, diagnostics: diagnostics) }
  }

  /// Runs every stage on `paths`.
  public func analyze(_ paths: [String], diagnostics: DiagnosticHandler) throws -> Analysis {
    var timings = StageTimings()
    let (corpus, counts) = try read(paths, diagnostics: diagnostics, timings: &timings)
    let resolution = resolve(corpus, diagnostics: diagnostics, timings: &timings)
    return try analyze(
      corpus, resolution: resolution, counts: counts, diagnostics: diagnostics, timings: timings)
  }

  /// Runs the stages after resolution: graph, metrics, mentorship.
  public func analyze(
    _ corpus: Corpus, resolution: Resolution, counts: RunCounts, diagnostics: DiagnosticHandler,
    timings: StageTimings
  ) throws -> Analysis {
    var timings = timings
    let authorCount = resolution.authors.count
    let (graph, papers) = try buildGraph(corpus, resolution: resolution, timings: &timings)
    let activity = AuthorActivity(
      authorCount: authorCount, authorships: resolution.authorships,
      publications: corpus.publications)
    onStageStart("metrics")
    var metricTimings = StageTimings()
    let metrics = try AuthorMetrics.compute(
      graph, papers: papers, options: options.metrics, timings: &metricTimings)
    if let sample = metrics.pathSample, sample.isAutomatic {
      let precision = metrics.medianRelativeErrorOfTopBetweenness().map {
        "median relative standard error of the 100 highest betweenness values "
          + "\(Int(($0 * 100).rounded())) %; "
      }
      diagnostics(
        Diagnostic(
          .note, "metrics.sampled-path-centralities",
          "\(graph.nodeCount) authors and \(graph.edgeCount) co-author pairs are too many for "
            + "exact betweenness, closeness and harmonic centrality in minutes: estimated from "
            + "\(sample.sources) sampled authors (\(precision ?? "")more in summary.json; "
            + "--path-samples N for more, all for exact values)"))
    }
    if !metrics.leftOutForTriangles.isEmpty {
      let largest = corpus.publications.lazy.map(\.authors.count).max() ?? 0
      diagnostics(
        Diagnostic(
          .note, "metrics.triangles-left-out",
          "left out \(metrics.leftOutForTriangles.joined(separator: ", ")): the co-author "
            + "graph's triangles (\(graph.triangleWork) steps, the largest paper has \(largest) "
            + "authors) would take too long; --max-authors N leaves papers of more than N "
            + "authors out of the analysis"))
    }
    let fractional = metricTimings.metric("fractional_strength") {
      fractionalTieStrength(
        graph,
        authorCounts: distinctAuthorCounts(papers, count: corpus.publications.count))
    }
    let graphMetrics = GraphMetrics.compute(
      graph, metrics: metrics, options: options.metrics, timings: &metricTimings)
    timings.append(metricsOf: metricTimings, asStage: "metrics")
    let inference = options.mentorship
    onStageStart("mentorship")
    var mentorship = timings.stage("mentorship") {
      inference.infer(
        authorCount: authorCount,
        papers: Self.authoredPapers(corpus, authorships: resolution.authorships))
    }
    let repeated = RepeatedAuthors(resolution, publicationCount: corpus.publications.count)
    if let first = repeated.publications.first {
      let publication = corpus.publications[first]
      diagnostics(
        Diagnostic(
          .note, "names.repeated-author",
          "\(repeated.publications.count) publication(s) have one author twice or more (the "
            + "first: '\(publication.id)'): a repeated name, or two people printed alike whom "
            + "resolution joined (--overrides can split them); the graph counts each author once "
            + "per paper",
          at: publication.location))
    }
    var declared = DeclaredMentorship.resolve(
      corpus.declaredRelations, authors: resolution.authors)
    // "Lee, Ann" advising "Ann Lee": two names of one author.
    declared.removeAll { relation in
      guard let mentor = relation.mentor, mentor == relation.mentee else { return false }
      diagnostics(
        Diagnostic(
          .warning, "relations.bad-row",
          "expected two different people, found '\(relation.declared.mentor)' and "
            + "'\(relation.declared.mentee)', who are one author "
            + "(\(resolution.authors.ids[Int(mentor)])); relation left out",
          at: relation.declared.location, skippedRecords: 1))
      return true
    }
    for relation in DeclaredMentorship.cycles(in: declared) {
      diagnostics(
        Diagnostic(
          .warning, "relations.cycle",
          "expected advising relations without a cycle, found '\(relation.declared.mentor)' "
            + "advising '\(relation.declared.mentee)', who already advises them (directly or "
            + "through others) by earlier declarations; the genealogy through them has no first "
            + "generation",
          at: relation.declared.location))
    }
    if options.trustsDeclaredRelations {
      mentorship = DeclaredMentorship.trusting(declared, over: mentorship, graph: graph)
    }
    return Analysis(
      corpus: corpus, resolution: resolution, graph: graph, activity: activity,
      metrics: metrics, graphMetrics: graphMetrics, fractionalStrength: fractional,
      mentorship: mentorship, declared: declared, counts: counts, timings: timings)
  }

  /// Builds the co-authorship graph of the resolved authors, with per-edge publication lists,
  /// and returns it with the papers it was built from.
  public func buildGraph(
    _ corpus: Corpus, resolution: Resolution, timings: inout StageTimings
  ) throws(GraphError) -> (CoauthorGraph, [GraphPaper]) {
    onStageStart("graph")
    let papers = GraphPaper.grouping(
      resolution.authorships, publicationYears: corpus.publications.map(\.year))
    let graph = try timings.stage("graph") { () throws(GraphError) -> CoauthorGraph in
      try CoauthorGraph.build(
        nodeCount: resolution.authors.count, papers: papers, recordPublications: true)
    }
    return (graph, papers)
  }

  private func isInPeriod(_ year: Int?) -> Bool {
    guard let year else { return false }
    if let since = options.sinceYear, year < since { return false }
    if let until = options.untilYear, year > until { return false }
    return true
  }

  /// The papers as the mentorship inference sees them: authors in printed order, each once, and
  /// whether the printed list is in order of family names.
  static func authoredPapers(_ corpus: Corpus, authorships: [Authorship]) -> [AuthoredPaper] {
    // Each distinct printed name is parsed once, not once per paper it is on.
    var familyKeys: [String: String] = [:]
    let parser = NameParser()
    let familyKey = { (mention: AuthorMention) -> String in
      if let family = mention.name?.family { return NameNormalizer.key(family) }
      if let known = familyKeys[mention.printed] { return known }
      let key = NameNormalizer.key(parser.parse(mention.printed).family)
      familyKeys[mention.printed] = key
      return key
    }
    var papers = corpus.publications.map {
      AuthoredPaper(
        authors: [], year: $0.year, isAlphabetical: $0.isAlphabetical,
        isInFamilyNameOrder: isInFamilyNameOrder($0.authors, familyKey: familyKey))
    }
    for authorship in authorships {
      let index = Int(authorship.publication)
      if !papers[index].authors.contains(authorship.author) {
        papers[index].authors.append(authorship.author)
      }
    }
    return papers
  }

  /// Whether the persons of `mentions` (two or more) are listed by family name, A to Z.
  static func isInFamilyNameOrder(
    _ mentions: [AuthorMention], familyKey: (AuthorMention) -> String
  ) -> Bool {
    guard mentions.count(where: { $0.kind == .person }) >= 2 else { return false }
    var previous = ""
    for mention in mentions where mention.kind == .person {
      let family = familyKey(mention)
      if family < previous { return false }
      previous = family
    }
    return true
  }
}
