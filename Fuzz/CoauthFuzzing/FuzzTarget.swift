import CoauthIngest
import CoauthModel
import CoauthNames

/// One fuzzing harness: a reader or name parser that arbitrary bytes are fed to.
///
/// `run(_:)` must never crash, hang or use memory out of proportion to its input, whatever the
/// bytes; it also checks invariants that hold for every input (see `FuzzInvariants`) and returns
/// the ones that failed. `scripts/fuzz` drives it through libFuzzer (`coauth-fuzz` built with
/// `-DFUZZING`), and `FuzzCrashReplayTests` replays every input libFuzzer ever saved.
public enum FuzzTarget: String, CaseIterable, Sendable {
  case bibtex
  case markdown
  case dblp
  case csljson
  case ris
  case csv
  /// `CoauthNames.NameParser` on the bytes as one free-text name.
  case names
  /// The BibTeX name-list parser on the bytes as the raw value of an `author` field.
  case bibtexNames = "bibtex-names"

  /// Feeds `bytes` to the harness; returns the invariants the result broke (empty when fine).
  public func run(_ bytes: [UInt8]) -> [String] {
    switch self {
    case .bibtex: return read(bytes, with: BibTeXReader())
    case .markdown: return read(bytes, with: MarkdownListReader())
    case .dblp: return read(bytes, with: DBLPReader())
    case .csljson: return read(bytes, with: CSLJSONReader())
    case .ris: return read(bytes, with: RISReader())
    case .csv: return read(bytes, with: CSVReader())
    case .names:
      return FuzzInvariants.check(NameParser().parse(String(decoding: bytes, as: UTF8.self)))
    case .bibtexNames:
      var parser = BibTeXNameParser()
      return FuzzInvariants.check(parser.parse(bytes), input: bytes)
    }
  }

  /// Reads `bytes` as a file of the reader's format; throwing for an unusable input is fine.
  private func read(_ bytes: [UInt8], with reader: some PublicationReader) -> [String] {
    let label = "fuzz-input"
    var diagnostics: [Diagnostic] = []
    let corpus: Corpus
    do {
      corpus = try reader.read(InputSource(label: label, bytes: bytes)) { diagnostics.append($0) }
    } catch {
      return FuzzInvariants.check(error, label: label, bytes: bytes)
    }
    return FuzzInvariants.check(corpus, diagnostics: diagnostics, label: label, bytes: bytes)
  }
}
