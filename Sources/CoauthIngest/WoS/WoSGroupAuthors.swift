import CoauthModel

/// The group authors of a Web of Science record (`CA`: "Human Genome Consortium"), in the
/// plain-text export and the tab-delimited one alike.
enum WoSGroupAuthors {
  /// Adds each of `groups` to `authors` as a `.group` mention located at `line`: a group that
  /// the name list holds already (Web of Science also prints some groups among the names) is
  /// marked a group there instead.
  static func add(
    _ groups: [(text: String, line: Int)], to authors: inout [AuthorMention], input: InputSource
  ) {
    for group in groups where !group.text.isEmpty {
      let folded = group.text.lowercased()
      if let index = authors.firstIndex(where: { $0.printed.lowercased() == folded }) {
        authors[index].kind = .group
        authors[index].name = nil
      } else {
        authors.append(
          AuthorMention(
            printed: group.text, kind: .group, location: input.location(line: group.line)))
      }
    }
  }
}
