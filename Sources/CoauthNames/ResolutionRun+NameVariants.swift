import CoauthModel

extension ResolutionRun {
  /// The names of each `NameVariantGroup` of the corpus (a dblp `<www>` person record) are one
  /// person: the mentions printed with any of them, with the same homonym number, join (unless
  /// identifiers say otherwise). A variant no publication prints joins nothing.
  mutating func mergeNameVariantGroups() {
    guard !corpus.nameVariantGroups.isEmpty else { return }
    struct Printed: Hashable {
      var text: String
      var homonymNumber: String?
    }
    var firstMention: [Printed: Int32] = [:]
    var mention: Int32 = 0
    for publication in corpus.publications {
      for author in publication.authors {
        defer { mention += 1 }
        // Only names some group lists are looked up.
        guard isVariantName[Int(entryOf[Int(mention)])], author.kind == .person else { continue }
        let key = Printed(text: author.printed, homonymNumber: author.identifiers.homonymNumber)
        if firstMention[key] == nil { firstMention[key] = mention }
      }
    }
    for group in corpus.nameVariantGroups {
      let mentions = group.names.compactMap { name in
        firstMention[Printed(text: name.printed, homonymNumber: name.identifiers.homonymNumber)]
      }
      for other in mentions.dropFirst() { join(other, mentions[0], rule: .dblpPersonRecord) }
    }
  }
}
