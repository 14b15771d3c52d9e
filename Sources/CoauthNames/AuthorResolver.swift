import CoauthModel

/// Groups the author mentions of a corpus into persons (and group authors).
///
/// Stages, each recorded as evidence in `Resolution.decisions`:
/// 1. identifiers: equal ORCID iDs, dblp pids or dblp homonym numbers join mentions; different
///    ones never do. An ORCID printed on two co-authors of one publication is reported (once) and
///    not trusted. Names that a dblp person record lists as variants of one person join too;
/// 2. highlighted owner mentions of one personal publication list are one person, and so are
///    the fitting mentions of the family name found on nearly every publication of a file (the
///    owner of a CV export);
/// 3. equal normalised full names join (accents, case, punctuation, hyphens and given/family
///    splits do not matter), unless identifiers or suffixes say they are different people; then
///    German umlaut transliterations ("Schuetze" ~ "Schütze"), and those of ø and å ("Soeren" ~
///    "Søren");
/// 4. compatible names in a block of one normalised family name: initials, dropped middle
///    initials or names, nicknames, different spacing. A variant joins the only fitting person of
///    the block, or among several the only one with shared co-authors; weak agreements always
///    need shared co-authors, a dropped middle name two of them. Two names on one publication
///    never join, nor do different identifiers; variants that fit several persons are left apart
///    and reported as ambiguous; then names one letter apart ("Bhattacharya" / "Bhattacharyya")
///    that share at least three co-authors; forms of one name in different family blocks
///    ("Anand Kumar M" / "M. Anand Kumar", see `NameFormVariant`) with a shared co-author; names
///    whose words are the same in reversed order ("Zhang Wei" / "Wei Zhang": family name first
///    and last) join only when asked, and are otherwise reported as kept apart when they share a
///    co-author;
/// 5. an optional `HomonymSplitter` separates people who share one printed name;
/// 6. the user's `ResolutionOverrides` split, merge and pin names and ids.
///
/// Work is near-linear: each distinct printed name is parsed once (in parallel), stages group
/// mentions by interned integer keys, and comparisons happen only inside family blocks; in a
/// large block ("Wang") only between names an index finds able to agree (`BlockCandidateIndex`),
/// so namesakes with different dblp homonym numbers are never compared.
public struct AuthorResolver: Sendable {
  public var options: ResolutionOptions

  public init(options: ResolutionOptions = .init()) {
    self.options = options
  }

  /// Resolves every mention of `corpus`. Same corpus, same result; the partition into persons
  /// does not depend on the order of publications.
  public func resolve(_ corpus: Corpus, diagnostics: DiagnosticHandler) -> Resolution {
    withoutActuallyEscaping(diagnostics) { report in
      var run = ResolutionRun(corpus: corpus, options: options, diagnostics: report)
      run.mergeByIdentifiers()
      run.mergeNameVariantGroups()
      run.mergeHighlightedOwners()
      run.mergeListOwners()
      run.mergeIdenticalNames()
      run.mergeUmlautVariants()
      if options.mergesCompatibleNames || options.mergesCompactNames {
        run.mergeCompatibleNames()
      }
      if options.mergesCompatibleNames {
        run.mergeSpellingVariants()
        run.mergeNameForms()
        run.mergeReversedNames()
      }
      run.splitHomonyms()
      if let overrides = options.overrides { run.applyOverrides(overrides) }
      return run.makeResolution()
    }
  }
}
