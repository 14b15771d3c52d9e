import CoauthModel

/// Reads DBLP XML (`dblp.xml` and files in its shape) record by record with `DBLPScanner`.
///
/// - id: the `key` attribute (a record without one gets `<file stem>-<n>` and a warning);
/// - title: markup flattened, entities decoded, dblp's closing full stop removed;
/// - year: the first four-digit number of `<year>`;
/// - venue: `journal`, else `booktitle`, `series`, `school`, `publisher`;
/// - type: the element name; location: the line of the record's opening tag;
/// - authors: `<author>` elements in order, printed as written without dblp's homonym number
///   ("Wei Wang 0001" is "Wei Wang" with homonym number "0001"), with the `pid` and `orcid`
///   attributes as identifiers. `<editor>` is not read as an author (as for BibTeX).
///
/// `<www>` person records list name variants of one person, not co-authors: they are not
/// publications. Each one with two or more names becomes a `NameVariantGroup` of the corpus
/// (name resolution joins the variants), and all are counted in one `dblp.person-records`
/// note. Damage is reported as `DBLPScanner` describes; an empty `<author>` is reported and left
/// out.
///
/// `read(_:diagnostics:)` reads bytes in memory; `InputLoader` streams files through
/// `read(_:diagnostics:each:)`, whose memory does not grow with the file.
///
/// Large texts are read in two parts at the same time where the machine has two cores
/// (`DBLPSplitPolicy`); the result is the same as reading on one thread.
public struct DBLPReader: PublicationReader {
  /// When to read the second part of a text on another thread.
  package var splitting: DBLPSplitPolicy
  /// Read each record's DOI from its first `<ee>` link to doi.org. Off by default: a run on
  /// dblp files alone has no use for them (dblp's keys tell its records apart), and keeping
  /// them costs the load of a large file (see `InputLoader.load(_:diagnostics:)`).
  public var readsDOIs = false

  public init() { splitting = .automatic }

  /// A reader that reads on one thread (`oneThread: true`) or, where the machine has two cores,
  /// on two.
  public init(oneThread: Bool) { splitting = oneThread ? .oneThread : .automatic }

  package init(splitting: DBLPSplitPolicy) { self.splitting = splitting }

  public func read(_ input: InputSource, diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    if splitting.partCount >= 2 { DBLPPartWorker.warmUp() }
    let text = TextDecoder.decode(input, diagnostics: diagnostics)
    var corpus = Corpus()
    var session = Session(label: input.label, stem: input.fileStem)
    try text.withUnsafeBufferPointer { buffer throws(IngestError) in
      var scanner = DBLPScanner(text: buffer, label: input.label)
      scanner.readsDOIs = readsDOIs
      try readRecords(&scanner, into: &session, diagnostics: diagnostics) {
        corpus.append($0, doi: nil)
      } eachWithDOI: {
        corpus.append($0, doi: $1)
      }
      session.finish(&scanner, diagnostics: diagnostics)
    }
    corpus.nameVariantGroups = session.nameVariantGroups
    return corpus
  }

  /// Reads `bytes` as `InputLoader` streams a file, through windows that grow `chunkSize`
  /// bytes at a time (for tests and fuzzing: the result must equal `read(_:diagnostics:)`).
  package func readInWindows(
    _ bytes: [UInt8], label: String, chunkSize: Int, diagnostics: DiagnosticHandler
  ) throws(IngestError) -> Corpus {
    let window = DecodedTextWindow(
      source: ArrayByteStream(bytes, maximumChunk: chunkSize), label: label, chunkSize: chunkSize)
    var corpus = Corpus()
    corpus.nameVariantGroups = try read(window, diagnostics: diagnostics) {
      corpus.append($0, doi: nil)
    } eachWithDOI: {
      corpus.append($0, doi: $1)
    }
    return corpus
  }

  /// Reads the text of `window` to its end, a window at a time, handing each publication to
  /// `each` (or, with its DOI, to `eachWithDOI`) as soon as its record is read; returns the name
  /// variant groups of person records.
  /// Records without a key get ids made from `idStem` (the file stem when nil).
  func read(
    _ window: DecodedTextWindow, idStem: String? = nil, diagnostics: DiagnosticHandler,
    each: (consuming Publication) -> Void,
    eachWithDOI: (consuming Publication, _ doi: String) -> Void
  ) throws(IngestError) -> [NameVariantGroup] {
    // The worker thread starts (once per process) while the first window is read.
    if splitting.partCount >= 2 { DBLPPartWorker.warmUp() }
    // Text the caller read already (to tell the format) is read first: the next chunk is then
    // checked by the other thread while this one reads records, not before.
    if window.text.isEmpty { try window.readMore(diagnostics: diagnostics) }
    var session = Session(
      label: window.label, stem: idStem ?? InputSource.fileStem(of: window.label))
    var scanner = DBLPScanner(text: window.text, label: window.label, isFinal: window.isComplete)
    scanner.readsDOIs = readsDOIs
    while true {
      try readRecords(
        &scanner, into: &session, diagnostics: diagnostics, readingAhead: window, each: each,
        eachWithDOI: eachWithDOI)
      guard let keepFrom = scanner.needsInputFrom else { break }
      let size = window.text.count - keepFrom
      window.discard(keepFrom, lines: scanner.lineEnds(before: keepFrom))
      // Grow by at least what is kept, so that rescanning a long record stays linear.
      repeat { try window.readMore(diagnostics: diagnostics) } while window.text.count < 2 * size
        && !window.isComplete
      scanner.continue(with: window.text, dropped: keepFrom, isFinal: window.isComplete)
    }
    session.finish(&scanner, diagnostics: diagnostics)
    return session.nameVariantGroups
  }

  /// Reads the records of the scanner's text up to its end (or up to where more text is needed),
  /// handing each publication to `each` in file order. A large text is split into parts as
  /// `splitting` says: this thread reads the first, another thread the next ones, and this
  /// thread, once done with its own, the ones nobody reads yet; the parts are taken over in
  /// file order. The other thread, once no part is left for it, reads the next chunk of
  /// `window` meanwhile.
  private func readRecords(
    _ scanner: inout DBLPScanner, into session: inout Session, diagnostics: DiagnosticHandler,
    readingAhead window: DecodedTextWindow? = nil, each: (consuming Publication) -> Void,
    eachWithDOI: (consuming Publication, _ doi: String) -> Void
  ) throws(IngestError) {
    if splitting.partCount >= 2, !scanner.knowsRootElement {
      // Later parts start at record tags inside the root element: read up to the first record
      // (the prolog and the root's tag) before splitting.
      guard let record = try scanner.next() else { return }
      session.add(
        record, problems: scanner.takeDiagnostics(), diagnostics: diagnostics, each: each,
        eachWithDOI: eachWithDOI)
    }
    let starts = splitting.splits(scanner)
    var parts: DBLPPartScans?
    if !starts.isEmpty {
      parts = DBLPPartScans(
        starts.indices.map { index in
          scanner.part(
            from: starts[index], stoppingAt: index + 1 < starts.count ? starts[index + 1] : nil)
        }, lineCounting: scanner.lineCounting(at: starts), then: window?.readAhead())
      scanner.splitOffset = starts[0]
    }
    // The other thread reads the text until it is stopped, whatever happens here.
    defer { parts?.stop() }
    var nextPart = 0
    while true {
      // A part taken over may have stopped where the next one starts already.
      if !scanner.stoppedAtSplit {
        while let record = try scanner.next() {
          session.add(
            record, problems: scanner.takeDiagnostics(), diagnostics: diagnostics, each: each,
            eachWithDOI: eachWithDOI)
        }
      }
      guard let running = parts, nextPart < running.count, scanner.stoppedAtSplit else {
        // Done, or the scan went past where the next part starts (the split fell inside a
        // record or other markup) and has read the rest itself.
        scanner.splitOffset = nil
        return
      }
      // Read the parts nobody reads yet while the next one is being read elsewhere.
      while !running.isFinished(nextPart), let index = running.claim() { running.read(index) }
      var items: [DBLPPartScans.Item] = []
      let read = running.result(nextPart, items: &items)
      nextPart += 1
      for problem in scanner.takeDiagnostics() { diagnostics(problem) }
      guard let read, scanner.canAdopt(read) else {
        // Read on from here alone; what later parts read is not used.
        running.stop()
        nextPart = running.count
        scanner.stoppedAtSplit = false
        continue
      }
      // In place: a copy of an item would change the reference counts of all it holds.
      for index in items.indices {
        let problems = items[index].problems.isEmpty ? [] : scanner.admit(items[index].problems)
        if let publication = items[index].publication.take() {
          session.add(
            publication, doi: items[index].doi, problems: problems, diagnostics: diagnostics,
            each: each, eachWithDOI: eachWithDOI)
        } else if let record = items[index].record {
          session.add(
            record, problems: problems, diagnostics: diagnostics, each: each,
            eachWithDOI: eachWithDOI)
        }
      }
      scanner.adopt(read)
    }
  }

  /// What a read keeps between records: the count of publications and person records, and the
  /// name variants of person records.
  private struct Session {
    let label: String
    let stem: String
    var publicationCount = 0
    var personRecords = 0
    var firstPersonRecordLine: Int?
    var nameVariantGroups: [NameVariantGroup] = []

    init(label: String, stem: String) {
      self.label = label
      self.stem = stem
    }

    /// Hands on `problems` (reported before the record), then the record: a publication to
    /// `each`, a person record to the name variant groups.
    mutating func add(
      _ record: consuming DBLPRecord, problems: [Diagnostic], diagnostics: DiagnosticHandler,
      each: (consuming Publication) -> Void,
      eachWithDOI: (consuming Publication, _ doi: String) -> Void
    ) {
      for problem in problems { diagnostics(problem) }
      guard record.isPublication else {
        personRecords += 1
        if firstPersonRecordLine == nil { firstPersonRecordLine = record.line }
        if record.element == "www" && record.authors.count > 1 {
          nameVariantGroups.append(
            NameVariantGroup(
              id: record.key ?? "", names: record.authors,
              location: SourceLocation(path: label, line: record.line)))
        }
        return
      }
      publicationCount += 1
      if let doi = record.doi {
        eachWithDOI(publication(from: record, diagnostics: diagnostics), doi)
      } else {
        each(publication(from: record, diagnostics: diagnostics))
      }
    }

    /// Hands on `problems`, then `publication`, made from its record by a part's thread.
    mutating func add(
      _ publication: consuming Publication, doi: String?, problems: [Diagnostic],
      diagnostics: DiagnosticHandler, each: (consuming Publication) -> Void,
      eachWithDOI: (consuming Publication, _ doi: String) -> Void
    ) {
      for problem in problems { diagnostics(problem) }
      publicationCount += 1
      if let doi { eachWithDOI(publication, doi) } else { each(publication) }
    }

    mutating func finish(_ scanner: inout DBLPScanner, diagnostics: DiagnosticHandler) {
      for problem in scanner.takeDiagnostics() { diagnostics(problem) }
      if personRecords > 0 {
        diagnostics(
          Diagnostic(
            .note, "dblp.person-records",
            "left out \(personRecords) person record(s) (<www>, <person>, <data>) as "
              + "publications: their authors are name variants of one person, not co-authors "
              + "(\(nameVariantGroups.count) with several names kept as name variants)",
            at: firstPersonRecordLine.map { SourceLocation(path: label, line: $0) }))
      }
    }

    private func publication(from record: consuming DBLPRecord, diagnostics: DiagnosticHandler)
      -> Publication
    {
      let line = record.line
      var id = record.key ?? ""
      if id.isEmpty {
        id = "\(stem)-\(publicationCount)"
        diagnostics(
          Diagnostic(
            .warning, "dblp.missing-key",
            "expected a key attribute on <\(record.element)>, found none; using '\(id)'",
            at: SourceLocation(path: label, line: line)))
      }
      for emptyLine in record.emptyAuthorLines {
        diagnostics(
          Diagnostic(
            .warning, "dblp.empty-name",
            "expected a name in <author> of record '\(id)', found nothing; skipping it",
            at: SourceLocation(path: label, line: emptyLine)))
      }
      return record.publication(id: id, path: label)
    }
  }
}
