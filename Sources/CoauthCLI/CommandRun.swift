import ArgumentParser
import CoauthGraph
import CoauthIngest
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

/// What every pipeline command does around its own work: find the inputs, set up diagnostics and
/// progress, run the pipeline, turn failures into exit statuses (1 for unusable input, or for
/// warnings under `--strict`).
struct CommandRun {
  let input: InputOptions
  let diagnostics: DiagnosticsEngine
  let progress: Progress
  let start = Date()

  init(_ input: InputOptions) {
    self.input = input
    diagnostics = DiagnosticsEngine(strict: input.strict, quiet: input.quiet)
    progress = Progress(quiet: input.quiet)
  }

  /// The paths to read: the inputs given, or the bundled dataset.
  func inputPaths() throws -> [String] {
    if !input.inputs.isEmpty { return input.inputs }
    guard let bundled = BundledDataset.locate() else {
      throw ValidationError(
        "no input given, and the bundled dataset (\(BundledDataset.relativePath)) was not found "
          + "above the current directory")
    }
    return [bundled]
  }

  /// The pipeline configured by the command line. Reads the overrides file, if any.
  func pipeline(
    metrics: MetricOptions = MetricOptions(), relations: RelationOptions? = nil
  ) throws -> Pipeline {
    var resolution = ResolutionOptions()
    if input.splitHomonyms { resolution.homonymSplitter = EvidenceHomonymSplitter() }
    if input.joinReversedNames { resolution.minimumSharedCoauthorsForReversedOrder = 2 }
    resolution.joinsFittingNamesInSmallCorpora = input.smallCorpusJoins
    if input.joinDroppedNames {
      resolution.joinsDroppedLastNames = true
      resolution.weakestMatchAllowed = max(resolution.weakestMatchAllowed, .droppedCompoundPart)
    }
    if let path = input.overrides {
      // Decoded as the inputs and relation files are: any encoding a spreadsheet saves in.
      let text: String
      do {
        let source = try InputLoader().decodedSource(at: path, diagnostics: diagnostics.handler)
        text = String(decoding: source.bytes, as: UTF8.self)
      } catch {
        throw CommandError("cannot read the overrides file \(path): expected a readable CSV file")
      }
      resolution.overrides = ResolutionOverrides(
        csv: text, path: path, diagnostics: { [diagnostics] in diagnostics.report($0) })
    }
    var options = PipelineOptions(
      forcedFormat: input.format, resolution: resolution, metrics: metrics,
      sinceYear: input.since, untilYear: input.until)
    options.csvColumns = (try? input.columns()) ?? CSVColumns()
    options.maximumAuthors = input.maxAuthors
    if let relations { options = relations.applied(to: options) }
    return Pipeline(options: options, onStageStart: { [progress] in progress.start($0) })
  }

  /// The records of `paths` and their resolved authors, without any metric: what `names`
  /// needs. Progress ends when it returns.
  func readAndResolve(_ paths: [String]) throws -> (corpus: Corpus, resolution: Resolution) {
    let (corpus, resolution, _) = try readResolveAndBuild(paths, graph: false)
    return (corpus, resolution)
  }

  /// As `readAndResolve(_:)`, and the co-authorship graph: what `path` and `ego` need.
  func readAndBuildGraph(_ paths: [String]) throws -> (
    corpus: Corpus, resolution: Resolution, graph: CoauthorGraph
  ) {
    let (corpus, resolution, graph) = try readResolveAndBuild(paths, graph: true)
    return (corpus, resolution, graph ?? .empty)
  }

  private func readResolveAndBuild(_ paths: [String], graph withGraph: Bool) throws -> (
    Corpus, Resolution, CoauthorGraph?
  ) {
    let pipeline = try pipeline()
    var timings = StageTimings()
    let (corpus, _) = try pipeline.read(paths, diagnostics: diagnostics.handler, timings: &timings)
    let resolution = pipeline.resolve(corpus, diagnostics: diagnostics.handler, timings: &timings)
    let graph =
      withGraph ? try pipeline.buildGraph(corpus, resolution: resolution, timings: &timings).0 : nil
    progress.finish()
    return (corpus, resolution, graph)
  }

  /// Runs `body`, reporting a thrown library error as `error: ...` with exit status 1.
  func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
      let value = try body()
      progress.finish()
      return value
    } catch let error as ValidationError {
      progress.finish()
      throw error
    } catch let error as ExitCode {
      progress.finish()
      throw error
    } catch {
      progress.finish()
      diagnostics.report(Diagnostic(.error, "run.failed", "\(error)"))
      throw ExitCode.failure
    }
  }

  /// Stops the run before anything is written when an error was reported (or, under
  /// `--strict`, a warning): a failed run leaves earlier outputs as they were.
  func stopOnErrors() throws {
    guard diagnostics.errorCount > 0 else { return }
    progress.finish()
    diagnostics.report(
      Diagnostic(
        .error, "run.not-written",
        "nothing was written because of the errors above"
          + (input.strict ? " (--strict treats warnings as errors)" : "")))
    diagnostics.printTotals()
    throw ExitCode.failure
  }

  /// Prints the totals and fails when an error was reported.
  func finish() throws {
    diagnostics.printTotals()
    if diagnostics.errorCount > 0 { throw ExitCode.failure }
  }

  /// Seconds since the command started.
  var elapsed: Double { Date().timeIntervalSince(start) }
}

/// A command-level failure with a message for the user (reported as `error: ...`, exit 1).
struct CommandError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
