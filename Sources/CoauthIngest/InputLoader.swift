import CoauthModel
import Foundation

/// Reads the files and folders named on the command line into one `Corpus`.
///
/// Folders are expanded recursively in sorted path order and contribute only files with a known
/// extension; files named directly are always read. Each file is decompressed when it is gzip
/// data, decoded to UTF-8 (`TextDecoder`), given a format (forced, from the extension, or
/// sniffed from the content) and handed to that format's reader. Publication ids must be unique
/// in a run, so a repeated id keeps the first record and reports `ingest.duplicate-id`; one
/// paper exported by several databases (different ids, one DOI and title) is kept once and
/// reports `ingest.duplicate-doi` (`PublicationDOIDeduplicator`); so is one paper in several
/// files with the same title, year and authors (`ingest.duplicate-title`,
/// `PublicationTitleDeduplicator`).
public struct InputLoader: Sendable {
  /// The format to use for every file, overriding detection (`--format`).
  public var forcedFormat: InputFormat?
  /// Header names of the columns of CSV/TSV tables, where recognition is not enough.
  public var csvColumns: CSVColumns

  /// Read everything on the calling thread. By default, large DBLP XML texts are read on two
  /// threads where the machine has two cores to spare (the same records and warnings either
  /// way).
  public var readsOnOneThread: Bool {
    didSet { dblpSplitting = readsOnOneThread ? .oneThread : .automatic }
  }
  /// How the DBLP reader splits its text between threads (for benchmarks that want two threads
  /// whatever the machine's load).
  package var dblpSplitting: DBLPSplitPolicy

  public init(
    forcedFormat: InputFormat? = nil, csvColumns: CSVColumns = CSVColumns(),
    readsOnOneThread: Bool = false
  ) {
    self.forcedFormat = forcedFormat
    self.csvColumns = csvColumns
    self.readsOnOneThread = readsOnOneThread
    dblpSplitting = readsOnOneThread ? .oneThread : .automatic
  }

  /// The reader for `format`, configured with this loader's options.
  public func reader(for format: InputFormat) -> (any PublicationReader)? {
    switch format {
    case .csv: CSVReader(columns: csvColumns)
    case .dblp: DBLPReader(splitting: dblpSplitting)
    default: format.reader
    }
  }

  /// Reads all `paths` (files or folders) in order.
  ///
  /// - Throws: `IngestError.unreadable` for a missing or unreadable path,
  ///   `.unknownFormat` when no format fits a file, `.unsupportedFormat` when the format has no
  ///   reader yet, and whatever a reader throws for an unusable file.
  public func load(_ paths: [String], diagnostics: DiagnosticHandler) throws(IngestError)
    -> Corpus
  {
    var corpus = Corpus()
    var deduplicator = PublicationIDDeduplicator()
    var doiDeduplicator = PublicationDOIDeduplicator()
    var titleDeduplicator = PublicationTitleDeduplicator()
    let files = try expand(paths, diagnostics: diagnostics)
    // DBLP records' DOIs find papers another file repeats; dblp files alone need none (their
    // keys tell records apart), and keeping a DOI for each record costs a large file's load.
    let readsDBLPDOIs = files.count > 1
    for (path, idStem) in zip(files, InputSource.idStems(of: files)) {
      // Room for the records the file may hold (a record takes some hundreds of bytes in every
      // format: 490 in dblp-shaped files, 550 in acl.xml), so that they are not copied as the
      // array grows and the id table is not rehashed; room never written costs no memory (the
      // id table's zeroed slots do: 9 bytes per slot, two to four slots per estimated record,
      // a twentieth to a tenth of the file's size). On a 1.22 GB
      // DBLP-shaped file (2.5 M records), uncapped instead of capped at a million records, the
      // one-thread load took 5.5-6.3 s against 5.9-6.7 s, alternated 4 times, with 46 MB less
      // peak memory.
      if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int {
        let records = size / 384
        corpus.publications.reserveCapacity(corpus.publications.count + records)
        deduplicator.reserveCapacity(forMore: records)
        if readsDBLPDOIs {
          // Most records of a dblp file give a DOI; other formats' files are small.
          corpus.doisByPublication.reserveCapacity(corpus.doisByPublication.count + records)
          doiDeduplicator.reserveCapacity(forMore: records)
        }
      }
      // Repeated ids, DOIs and titles are reported after the file's own diagnostics.
      var duplicates: [Diagnostic] = []
      titleDeduplicator.startFile(keptCount: corpus.publications.count)
      // The checks are written out in each closure: one local function for both (the DOI
      // checks behind `if let doi`) made the two-thread DBLP load of acl.xml 3 % slower.
      let rest = try read(
        path, idStem: idStem, readsDBLPDOIs: readsDBLPDOIs, diagnostics: diagnostics
      ) { publication in
        guard
          !titleDeduplicator.isRepeat(
            publication, doi: nil, kept: corpus.publications, dois: corpus.doisByPublication,
            diagnostics: { duplicates.append($0) })
        else { return }
        _ = deduplicator.admit(
          publication, into: &corpus.publications, renamingWith: idStem,
          diagnostics: { duplicates.append($0) })
      } eachWithDOI: { publication, doi in
        guard
          !doiDeduplicator.isRepeat(
            publication, doi: doi, kept: corpus.publications,
            diagnostics: { duplicates.append($0) }),
          !titleDeduplicator.isRepeat(
            publication, doi: doi, kept: corpus.publications, dois: corpus.doisByPublication,
            diagnostics: { duplicates.append($0) }),
          deduplicator.admit(
            publication, into: &corpus.publications, renamingWith: idStem,
            diagnostics: { duplicates.append($0) })
        else { return }
        let index = corpus.publications.count - 1
        corpus.doisByPublication[index] = doi
        doiDeduplicator.remember(doi, at: index)
      }
      duplicates.forEach(diagnostics)
      corpus.append(contentsOf: rest)
    }
    return corpus
  }

  /// Files of at least this size are mapped into memory and read in place (`MappedFile`);
  /// smaller ones, pipes and compressed files are read as streams.
  package var smallestMappedFile = 1 << 20

  /// Reads one file with its format's reader, without checking ids or DOIs against other
  /// files.
  public func load(_ path: String, diagnostics: DiagnosticHandler) throws(IngestError) -> Corpus
  {
    var kept = Corpus()
    var rest = try read(path, idStem: nil, diagnostics: diagnostics) { publication in
      kept.append(publication, doi: nil)
    } eachWithDOI: { publication, doi in
      kept.append(publication, doi: doi)
    }
    swap(&rest.publications, &kept.publications)
    swap(&rest.doisByPublication, &kept.doisByPublication)
    return rest
  }

  /// Reads one file with its format's reader, handing each publication to `body` as it is read,
  /// and returns the rest of what the file holds (declared relations, name variant groups; no
  /// publications, no DOIs). The file is read (and inflated, when it is gzip data) in chunks:
  /// DBLP XML is streamed through its reader, so memory does not grow with the file; other
  /// formats are read whole once decoded.
  ///
  /// Two threads pay off when `body` keeps the publications, as `load` does. A `body` that
  /// frees each one at once frees memory the other thread has just allocated, and glibc's
  /// allocator then serialises the threads: a 1.2 GB DBLP file streamed that way took 5.8-6.3 s
  /// on two threads against 4.7 s on one (`readsOnOneThread`).
  public func read(
    _ path: String, diagnostics: DiagnosticHandler, each body: (consuming Publication) -> Void
  ) throws(IngestError) -> Corpus {
    try read(path, idStem: nil, diagnostics: diagnostics, each: body) { publication, _ in
      body(publication)
    }
  }

  /// `read(_:diagnostics:each:)`, making ids for records without one from `idStem` (the file
  /// stem when nil), and handing a publication that has a DOI to `bodyWithDOI` with it instead
  /// of to `body`. DBLP records' DOIs are read only when `readsDBLPDOIs` is true.
  func read(
    _ path: String, idStem: String?, readsDBLPDOIs: Bool = false, diagnostics: DiagnosticHandler,
    each body: (consuming Publication) -> Void,
    eachWithDOI bodyWithDOI: (consuming Publication, _ doi: String) -> Void
  ) throws(IngestError) -> Corpus {
    let window = try textWindow(at: path)
    // The label the window was opened under: the path, or `<stdin>` for `-`.
    let path = window.label
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    // Until the first byte that is not white space (a window may hold back what it has read).
    repeat { try window.readMore(diagnostics: diagnostics) } while !window.isComplete
      && window.text.allSatisfy(isSpace)
    if window.isComplete, window.text.allSatisfy(isSpace) {
      // The same for every format (some readers would throw, some say nothing).
      diagnostics(
        Diagnostic(
          .warning, "ingest.empty-file", "expected publication records, found an empty file",
          at: SourceLocation(path: path, line: 1)))
      return Corpus()
    }
    let format: InputFormat
    if forcedFormat == nil, InputFormat.isPlainTextFile(path) {
      format = InputFormat(textFileContent: Array(window.text.prefix(64 * 1024)))
    } else if let forced = forcedFormat {
      format = forced
    } else if let named = InputFormat(path: path) {
      // A download saved under the wrong extension (RIS as `.bib`, BibTeX as `.ris`): content
      // that opens as another format unmistakably is read as that format, with a warning.
      if named != .markdown, let sniffed = InputFormat(sniffing: Array(window.text.prefix(4096))),
        sniffed != named, sniffed.opensUnmistakably
      {
        diagnostics(
          Diagnostic(
            .warning, "ingest.format-mismatch",
            "expected \(named.rawValue) content as the file's name says, found "
              + "\(sniffed.rawValue); reading it as \(sniffed.rawValue) (--format "
              + "\(named.rawValue) reads it as named)",
            at: SourceLocation(path: path, line: 1)))
        format = sniffed
      } else {
        format = named
      }
    } else {
      let head = Array(window.text.prefix(64 * 1024))
      guard let sniffed = InputFormat(sniffing: head) else { throw .unknownFormat(path: path) }
      format = sniffed
    }
    guard let reader = reader(for: format) else {
      throw .unsupportedFormat(path: path, format: format.rawValue)
    }
    if var dblp = reader as? DBLPReader {
      dblp.readsDOIs = readsDBLPDOIs
      let groups = try dblp.read(
        window, idStem: idStem, diagnostics: diagnostics, each: body, eachWithDOI: bodyWithDOI)
      return Corpus(nameVariantGroups: groups)
    }
    try window.readAll(diagnostics: diagnostics)
    var source = InputSource(label: path, bytes: Array(window.text))
    source.isDecoded = true
    source.idStem = idStem
    var corpus = try reader.read(source, diagnostics: diagnostics)
    var publications: [Publication] = []
    var dois: [Int: String] = [:]
    swap(&publications, &corpus.publications)
    swap(&dois, &corpus.doisByPublication)
    for index in publications.indices { TruncationMarkers.remove(from: &publications[index]) }
    guard !dois.isEmpty else {
      for publication in publications { body(publication) }
      return corpus
    }
    for (index, publication) in publications.enumerated() {
      if let doi = dois[index] { bodyWithDOI(publication, doi) } else { body(publication) }
    }
    return corpus
  }

  /// The files that `paths` name: files as given, folders replaced by the files with a known
  /// extension below them (hidden entries skipped) in sorted path order. A folder without such
  /// a file is a warning (`ingest.empty-folder`), as an empty file is.
  ///
  /// - Throws: `IngestError.unreadable` when a path does not exist.
  public func expand(_ paths: [String], diagnostics: DiagnosticHandler = { _ in })
    throws(IngestError) -> [String]
  {
    var files: [String] = []
    let fileManager = FileManager.default
    for path in paths {
      if path == FileByteStream.standardInputPath {
        files.append(path)
        continue
      }
      var isFolder: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw .unreadable(path: path, reason: "no such file or folder")
      }
      guard isFolder.boolValue else {
        files.append(path)
        continue
      }
      let subpaths: [String]
      do {
        subpaths = try fileManager.subpathsOfDirectory(atPath: path)
      } catch {
        throw .unreadable(path: path, reason: "cannot list the folder")
      }
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      let found = subpaths.filter { subpath in
        !subpath.split(separator: "/").contains { $0.hasPrefix(".") }
          && InputFormat(path: subpath) != nil
      }.map { "\(folder)/\($0)" }.filter { candidate in
        var isSubfolder: ObjCBool = false
        return fileManager.fileExists(atPath: candidate, isDirectory: &isSubfolder)
          && !isSubfolder.boolValue
      }
      if found.isEmpty {
        let extensions = InputFormat.knownExtensions.map { "." + $0 }.joined(separator: ", ")
        diagnostics(
          Diagnostic(
            .warning, "ingest.empty-folder",
            "expected files to read (\(extensions), hidden entries aside) in the folder "
              + "'\(path)', found none"))
      }
      files.append(
        contentsOf: found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
    return files
  }

  /// The bytes of the file at `path`, decompressed and decoded to UTF-8 with LF line ends.
  public func decodedSource(at path: String, diagnostics: DiagnosticHandler) throws(IngestError)
    -> InputSource
  {
    let window = try textWindow(at: path)
    try window.readAll(diagnostics: diagnostics)
    var source = InputSource(label: window.label, bytes: Array(window.text))
    source.isDecoded = true
    return source
  }

  /// The decoded text of the file at `path`, read chunk by chunk and inflated when it starts
  /// with the gzip magic number.
  private func textWindow(at path: String) throws(IngestError) -> DecodedTextWindow {
    let opened = try FileByteStream(path: path)
    let path = InputSource.label(ofPath: path)
    var file: any ByteStream = opened
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 2, alignment: 1)
    defer { buffer.deallocate() }
    var headCount = 0
    while headCount < 2 {
      let count = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[headCount...]))
      if count == 0 { break }
      headCount += count
    }
    let head = Array(buffer[..<headCount])
    let stream = PrefixedByteStream(prefix: head, rest: file)
    guard GzipDecoder.isGzip(head) else {
      if let mapping = opened.mapped(minimumBytes: smallestMappedFile) {
        return DecodedTextWindow(mapping: mapping, label: path)
      }
      return DecodedTextWindow(source: stream, label: path)
    }
    return DecodedTextWindow(source: try GzipByteStream(stream, label: path), label: path)
  }

  /// The forced format, else the one the extension names, else the one the content suggests.
  public func format(of source: InputSource) throws(IngestError) -> InputFormat {
    if let forcedFormat { return forcedFormat }
    if let named = InputFormat(path: source.label) { return named }
    if let sniffed = InputFormat(sniffing: source.bytes) { return sniffed }
    throw .unknownFormat(path: source.label)
  }
}
