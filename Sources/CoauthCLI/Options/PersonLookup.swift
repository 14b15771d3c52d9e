import ArgumentParser
import CoauthModel
import CoauthPipeline

/// The one author a command-line query names, or a usage error that says what to type instead.
enum PersonLookup {
  static func author(_ query: String, in authors: AuthorTable) throws -> AuthorIndex {
    let matches = AuthorLookup(authors).matches(query)
    guard let first = matches.first else {
      throw ValidationError("no author matches '\(query)'; `coauth names --all` lists them")
    }
    guard matches.count == 1 else {
      let listed = matches.prefix(10).map { "  \(authors.ids[Int($0)])  \(authors.names[Int($0)])" }
      throw ValidationError(
        "'\(query)' matches \(matches.count) authors; give one of these ids:\n"
          + listed.joined(separator: "\n"))
    }
    return first
  }
}
