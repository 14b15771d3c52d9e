import ArgumentParser
import CoauthPipeline

/// Declared advising relations beside the inputs, and whether to trust them over inference.
struct RelationOptions: ParsableArguments {
  @Option(
    name: .customLong("relations"),
    help: ArgumentHelp(
      "A relations CSV file (mentor, mentee, years, source), as exported from genealogy "
        + "sources; repeatable. Statements on homepages and CVs are read from the inputs.",
      valueName: "file"))
  var files: [String] = []

  @Flag(
    help: ArgumentHelp(
      "Trust declared relations over inference: for a mentee with a declared advisor, the "
        + "declared advisors replace the inferred ones (score 1)."))
  var trustDeclared = false

  /// `options` with these settings.
  func applied(to options: PipelineOptions) -> PipelineOptions {
    var options = options
    options.relationFiles = files
    options.trustsDeclaredRelations = trustDeclared
    return options
  }
}
