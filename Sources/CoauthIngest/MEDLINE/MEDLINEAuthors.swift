import CoauthModel

/// The authors of a MEDLINE record, in order: each person's `FAU` (full name, "Family, Given")
/// with the `AU` after it ("Family Initials"), or an `AU` alone in records without full names;
/// the `AUID- ORCID: ...` lines after them put their iD on that person; `CN` lines are group
/// authors where they stand. Names are split by `MEDLINEName`. Investigators (`FIR`, `IR`) are
/// no authors, and the `AUID` lines after them are theirs.
enum MEDLINEAuthors {
  /// One author's lines.
  private struct Entry {
    var full: TaggedField?
    var short: TaggedField?
    var group: TaggedField?
    var orcid: String?
  }

  /// The mentions of `record`'s authors; ORCID iDs that are invalid or follow no person are
  /// reported (`medline.bad-orcid`, `medline.unplaced-orcid`) and left out.
  static func mentions(
    _ record: TaggedRecord, input: InputSource, diagnostics: DiagnosticHandler
  ) -> [AuthorMention] {
    var entries: [Entry] = []
    var afterInvestigator = false
    for field in record.fields {
      if field.tag == "FIR" || field.tag == "IR" {
        afterInvestigator = true
        continue
      }
      if field.tag != "AUID" { afterInvestigator = false }
      switch field.tag {
      case "FAU":
        entries.append(Entry(full: field))
      case "AU":
        if let last = entries.last, last.full != nil, last.short == nil {
          entries[entries.count - 1].short = field
        } else {
          entries.append(Entry(short: field))
        }
      case "CN":
        entries.append(Entry(group: field))
      case "AUID" where afterInvestigator:
        continue
      case "AUID":
        guard let orcid = orcid(field, input: input, diagnostics: diagnostics) else { continue }
        guard let last = entries.last, last.group == nil else {
          diagnostics(
            Diagnostic(
              .warning, "medline.unplaced-orcid",
              "expected an 'FAU' or 'AU' line before 'AUID- ORCID: \(orcid)' in the record that "
                + "starts at line \(record.start), found none; left out",
              at: input.location(line: field.line)))
          continue
        }
        entries[entries.count - 1].orcid = orcid
      default:
        continue
      }
    }
    return entries.compactMap { entry in
      if let group = entry.group {
        let text = group.text
        return text.isEmpty
          ? nil
          : AuthorMention(printed: text, kind: .group, location: input.location(line: group.line))
      }
      let named = [entry.full, entry.short].lazy.compactMap { $0 }.map {
        (text: $0.text, line: $0.line)
      }
      guard let name = named.first(where: { !$0.text.isEmpty }) else { return nil }
      var mention = MEDLINEName.mention(name.text, location: input.location(line: name.line))
      if let orcid = entry.orcid { mention.identifiers.orcid = orcid }
      return mention
    }
  }

  /// The canonical iD of an `AUID- ORCID: ...` line; nil for other author ids (ISNI ...) and
  /// for an invalid iD, which is reported.
  private static func orcid(
    _ field: TaggedField, input: InputSource, diagnostics: DiagnosticHandler
  ) -> String? {
    let text = field.text
    guard text.lowercased().hasPrefix("orcid") else { return nil }
    var rest = text.dropFirst(5)
    while let first = rest.first, first == ":" || first == " " { rest = rest.dropFirst() }
    switch AuthorIdentifiers.checkedORCID(String(rest)) {
    case .success(let orcid):
      return orcid
    case .failure(let problem):
      diagnostics(
        Diagnostic(
          .warning, "medline.bad-orcid",
          "expected an ORCID iD (0000-0002-1825-0097) after 'AUID- ORCID:', found "
            + "'\(rest.prefix(40))' (\(problem)); left out", at: input.location(line: field.line)))
      return nil
    }
  }
}
