import ArgumentParser
import CoauthModel
import CoauthNames
import CoauthPipeline

/// Turns what the user typed for an author into one author, or reports why it cannot (unknown
/// or ambiguous, with the candidates and what tells them apart) as an error with exit status 1.
struct AuthorChoice {
  let resolution: Resolution
  let corpus: Corpus
  let diagnostics: DiagnosticsEngine

  var authors: AuthorTable { resolution.authors }

  /// Every author `query` names, at least one.
  /// - Throws: `ExitCode.failure` after reporting a name no author has.
  func matches(_ query: String) throws -> [AuthorIndex] {
    let matches = AuthorLookup(authors).matches(query)
    guard !matches.isEmpty else {
      diagnostics.report(
        Diagnostic(
          .error, "author.unknown",
          "no author matches '\(query)'; `coauth names --all` lists every author"))
      throw ExitCode.failure
    }
    return matches
  }

  /// The one author `query` names.
  /// - Throws: `ExitCode.failure` after reporting an unknown or ambiguous name.
  func resolve(_ query: String) throws -> Int {
    let matches = try matches(query)
    let first = matches[0]
    guard matches.count == 1 else {
      let shown = matches.prefix(10).map(Int.init)
      let profiles = NamesakeProfiles(resolution: resolution, corpus: corpus).descriptions(of: shown)
      let listed = shown.map { "  \(authors.ids[$0])  \(authors.names[$0])  (\(profiles[$0] ?? ""))" }
      let more = matches.count > 10 ? "\n  ... and \(matches.count - 10) more" : ""
      diagnostics.report(
        Diagnostic(
          .error, "author.ambiguous",
          "'\(query)' matches \(matches.count) authors; give one of these ids:\n"
            + listed.joined(separator: "\n") + more))
      throw ExitCode.failure
    }
    return Int(first)
  }

  /// "Display Name [id]".
  func label(_ author: Int) -> String {
    "\(authors.names[author]) [\(authors.ids[author])]"
  }
}
