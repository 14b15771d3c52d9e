import CoauthModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming byte-level scanner of DBLP XML (`dblp.xml` and files in its shape): it returns
/// one record at a time and keeps only per-record buffers, so its memory does not grow with the
/// document.
///
/// It reads exactly what DBLP files use: a prolog (XML declaration, comments, `<!DOCTYPE>` with
/// an optional internal subset), one root element, and records (`DBLPRecord.publicationElements`
/// plus `www`, `person`, `data`) wherever they appear outside another record. Inside a record,
/// each child element is a field whose text is kept with nested markup (`<i>`, `<sub>`,
/// `<sup>` ...) flattened, entities decoded (`DBLPEntityTable`, numeric references, entities of
/// the internal subset) and whitespace collapsed. Foundation's `XMLParser` is not used: it drops
/// unknown entities without a word and accepts some truncated documents.
///
/// Problems are reported, never guessed away:
/// - an unknown entity is a warning naming file and line (once per name), kept as written;
/// - a damaged record (mismatched or unclosed tags, a broken attribute) is a warning with the
///   line of the damage; scanning resumes at the next record tag and every other record is kept;
/// - a truncated document keeps every complete record and warns with the line where it was cut;
/// - an entity-expansion bomb throws `IngestError.limitExceeded` (see `XMLEntityResolver`).
///
/// The text may come in windows (`DecodedTextWindow`): while `isFinal` is false, running into
/// the end of the window is not truncation but a request for more text (`needsInputFrom`),
/// after which the reader calls `continue(with:dropped:isFinal:)` and the scan resumes at the
/// start of the record or markup that was cut.
struct DBLPScanner {
  /// Set when `next()` returned nil because the window ended inside something: keep the text
  /// from this offset on, add more, and call `continue(with:dropped:isFinal:)`. Nil when the
  /// document ended.
  private(set) var needsInputFrom: Int?

  private var text: UnsafeBufferPointer<UInt8>
  /// False while more text may follow the window.
  private var isFinal: Bool
  private var label: String
  private var position = 0
  private var lineCounter = LineCounter()
  /// Lines before the window.
  private var linesBefore = 0
  private var entities: XMLEntityResolver
  private var rootName: [UInt8]?
  private var rootClosed = false
  private var finished = false
  private var reportedUnknownEntities: Set<String> = []
  /// Reused per field: the decoded text being collected.
  private var fieldBuffer: [UInt8] = []
  /// Reused per field: the names of inline elements open inside it.
  private var inlineElements: [Range<Int>] = []
  /// Reused per attribute: the decoded value being collected.
  private var attributeBuffer: [UInt8] = []
  /// Reused per record: its author mentions.
  private var mentions = MentionBuffer()
  /// Reused per field: its text with whitespace collapsed, when it needed that.
  private var collapsedBuffer: [UInt8] = []
  /// The last string made for each kept field, reused when the next record has the same text
  /// (venues repeat record after record).
  private var lastFieldStrings = Array(repeating: "", count: DBLPRecord.keptFields.count)
  /// Problems found since the last `takeDiagnostics()`, in file order.
  private var pending: [PendingDiagnostic] = []
  /// Records returned so far (publications and person records).
  private(set) var recordCount = 0
  /// Where the next part of the text starts, which another scanner reads at the same time
  /// (`part(from:stoppingAt:)`): `next()` stops there (`stoppedAtSplit`) when it reaches that
  /// offset at the top level, and forgets it when it passes it inside a record or other markup.
  var splitOffset: Int?
  /// Set when `next()` returned nil at `splitOffset`.
  var stoppedAtSplit = false
  /// True for a later part: the end of the text is left to the scanner that adopts it, which
  /// knows the whole document (its root, its record count).
  private var defersFinish = false
  /// Read each record's DOI from its first `<ee>` link to doi.org (`DBLPRecord.doi`).
  var readsDOIs = false

  /// A scanner over the UTF-8 `text`, which must stay valid while the scanner is used (until
  /// `continue(with:dropped:isFinal:)` gives the next window). `isFinal`: no text follows.
  init(text: UnsafeBufferPointer<UInt8>, label: String, isFinal: Bool = true) {
    self.text = text
    self.isFinal = isFinal
    self.label = label
    // Declared entities may produce at most what the document holds, plus a margin.
    self.entities = XMLEntityResolver(expansionBudget: 16 * 1024 * 1024 + 4 * text.count)
  }

  /// Moves to the next window after `needsInputFrom` was set: `text` is the old window without its first
  /// `dropped` bytes, plus what was read since.
  mutating func `continue`(
    with text: UnsafeBufferPointer<UInt8>, dropped: Int, isFinal: Bool
  ) {
    linesBefore += lineCounter.line(at: dropped, in: self.text) - 1
    lineCounter = LineCounter()
    entities.extendBudget(by: 4 * max(0, text.count - (self.text.count - dropped)))
    self.text = text
    self.isFinal = isFinal
    position -= dropped
    precondition(position >= 0, "the scan resumes inside the kept text")
  }

  /// The number of line ends before `offset` of the window, for `DecodedTextWindow.discard`.
  mutating func lineEnds(before offset: Int) -> Int { lineCounter.line(at: offset, in: text) - 1 }

  /// The diagnostics found since the last call, in file order.
  mutating func takeDiagnostics() -> [Diagnostic] {
    defer { pending.removeAll(keepingCapacity: true) }
    return pending.map(\.diagnostic)
  }

  // MARK: - Document level

  /// The next record, a request for more text, or the end of the document.
  ///
  /// - Throws: `IngestError.limitExceeded` for an entity-expansion bomb, `.malformed` when the
  ///   input holds no XML element at all.
  mutating func next() throws(IngestError) -> DBLPRecord? {
    needsInputFrom = nil
    while !finished {
      guard let open = ByteScanning.firstIndex(of: UInt8(ascii: "<"), in: text, from: position)
      else {
        if !isFinal { return needInput(from: text.count) }
        if defersFinish {
          position = text.count
          return nil
        }
        try finish()
        return nil
      }
      if let split = splitOffset, open >= split {
        // At the top level exactly where the second part starts: its scan holds what follows.
        // Past it (the split fell inside a record or other markup), the scan goes on alone.
        splitOffset = nil
        if open == split {
          position = open
          stoppedAtSplit = true
          return nil
        }
      }
      position = open
      // Every kind of markup is told apart within its first 16 bytes.
      if !isFinal && open + 16 > text.count { return needInput(from: open) }
      if hasPrefix("<!--") {
        guard skip(past: "-->", from: open + 4) else { return truncatedAtTopLevel() }
      } else if hasPrefix("<?") {
        guard skip(past: "?>", from: open + 2) else { return truncatedAtTopLevel() }
      } else if hasPrefix("<!DOCTYPE") {
        let documentType = XMLDocumentType.read(text, at: open) { offset in line(at: offset) }
        guard let documentType else { return truncatedAtTopLevel() }
        try entities.declare(documentType.entities, label: label)
        position = documentType.end
      } else if hasPrefix("<![CDATA[") {
        guard skip(past: "]]>", from: open + 9) else { return truncatedAtTopLevel() }
      } else if hasPrefix("</") {
        let name = nameRange(at: open + 2)
        if !isFinal && name.upperBound >= text.count { return needInput(from: open) }
        if let rootName, text[name].elementsEqual(rootName) { rootClosed = true }
        guard skip(past: ">", from: name.upperBound) else { return truncatedAtTopLevel() }
      } else {
        let name = nameRange(at: open + 1)
        if !isFinal && name.upperBound >= text.count { return needInput(from: open) }
        guard !name.isEmpty else {
          position = open + 1
          continue
        }
        if let element = Self.recordElement(text, name) {
          let record = try scanRecord(
            element: element.name, isPublication: element.isPublication, nameEnd: name.upperBound,
            start: open)
          if record != nil {
            recordCount += 1
            return record
          }
          if needsInputFrom != nil { return nil }
        } else {
          guard skip(past: ">", from: name.upperBound) else { return truncatedAtTopLevel() }
          if rootName == nil {
            rootName = Array(text[name])
            // `<dblp/>`: a document without records, closed already.
            rootClosed = text[position - 2] == UInt8(ascii: "/")
          }
        }
      }
    }
    return nil
  }

  /// Scans the record that starts at `start`; nil when it was damaged and skipped, or when the
  /// window ends inside it (`needsInputFrom` set).
  private mutating func scanRecord(
    element: String, isPublication: Bool, nameEnd: Int, start: Int
  ) throws(IngestError) -> DBLPRecord? {
    let problem: RecordProblem
    do {
      return try record(
        element: element, isPublication: isPublication, nameEnd: nameEnd, start: start)
    } catch {
      problem = error
    }
    switch problem {
    case .fatal(let error):
      throw error
    case .endOfFile:
      if !isFinal {
        position = start
        return needInput(from: start)
      }
      let cut = line(at: text.count)
      report(
        .warning, "dblp.truncated",
        "expected '</\(element)>' closing the record that starts at line \(line(at: start)), "
          + "found the end of the file: the document is cut here; every complete record before "
          + "it is kept", line: cut, skippedRecords: 1)
      finished = true
      return nil
    case .damaged(let message, let offset, let resume):
      if !isFinal, offset + 32 > text.count || nextRecordStart(from: resume) == nil {
        // The next record tag may lie beyond the window: look again in the next one, from
        // the damage on (text before it holds no record tag). So too when the window ends
        // just after the damage: the message quotes the text there, which must not be cut
        // short (found by fuzzing).
        position = start
        return needInput(from: start)
      }
      report(
        .warning, "dblp.damaged-record",
        "\(message) in the <\(element)> record that starts at line \(line(at: start)); "
          + "skipping it", line: line(at: offset), skippedRecords: 1)
      position = nextRecordStart(from: resume) ?? text.count
      return nil
    }
  }

  /// At the end of the input: reports an unclosed root, or throws when there was no XML.
  private mutating func finish() throws(IngestError) {
    finished = true
    guard let rootName else {
      if recordCount == 0 {
        throw .malformed(
          path: label, line: 1,
          expected: "dblp xml: a root element such as <dblp> holding records such as "
            + "<article key=\"...\">")
      }
      return
    }
    if !rootClosed {
      let name = String(decoding: rootName, as: UTF8.self)
      report(
        .warning, "dblp.truncated",
        "expected '</\(name)>' closing the document, found the end of the file: the document is "
          + "cut here; every complete record before it is kept", line: line(at: text.count))
    } else if recordCount == 0 {
      report(
        .warning, "dblp.no-records",
        "expected dblp records such as <article key=\"...\"> inside <\(String(decoding: rootName, as: UTF8.self))>, found none",
        line: 1)
    }
  }

  /// Records that more text is needed from `offset` on; nil for `next()` to return.
  private mutating func needInput(from offset: Int) -> DBLPRecord? {
    // Scanning resumes there (found by fuzzing: text without '<' left the position behind, and
    // dropping the window's text moved it before the new window's start).
    needsInputFrom = offset
    position = offset
    return nil
  }

  /// A comment, processing instruction or tag at the top level runs to the end of the text: in
  /// a window, more text is needed; at the end of the file, the document is cut.
  private mutating func truncatedAtTopLevel() -> DBLPRecord? {
    if !isFinal { return needInput(from: position) }
    finished = true
    report(
      .warning, "dblp.truncated",
      "expected the end of the markup that starts at line \(line(at: position)), found the end "
        + "of the file: the document is cut here; every complete record before it is kept",
      line: line(at: text.count))
    return nil
  }

  // MARK: - Parts read at once

  /// A problem found while scanning; an unknown entity carries its name, as it is reported
  /// once per document and a later part cannot know what the parts before it reported.
  struct PendingDiagnostic: Sendable {
    var diagnostic: Diagnostic
    var unknownEntity: String?
  }

  /// The path or label of the text, as mentions and publications are located.
  var path: String { label }

  /// True once the root element's start tag was read.
  var knowsRootElement: Bool { rootName != nil }

  /// The bytes of the text after the scan position.
  var unscannedBytes: Int { text.count - position }

  /// The bytes this scanner has left to read: up to where the next part starts, if set.
  var bytesToRead: Int { (splitOffset ?? text.count) - position }

  /// The start of the next record tag after `share` of the unscanned text, where a later part
  /// of the text could be read by another scanner; nil when splitting could change what is
  /// read: before the root element is known, once the document declares entities of its own,
  /// or too close to the end of a window.
  func splitCandidate(afterShare share: Double) -> Int? {
    let offset = position + Int(Double(unscannedBytes) * min(max(share, 0), 1))
    guard rootName != nil, !entities.hasDeclarations, !finished, splitOffset == nil,
      let candidate = nextRecordStart(from: offset)
    else { return nil }
    if !isFinal && candidate + 64 > text.count { return nil }
    return candidate
  }

  /// The counting of lines up to each of `offsets` (in order, after the scan position), for the
  /// parts that start there (`LineCounting`).
  func lineCounting(at offsets: [Int]) -> LineCounting {
    LineCounting(from: lineCounter, text: text, offsets: offsets)
  }

  /// A scanner for the part of the text from `offset` (a record tag) on, to run on another
  /// thread while this one reads up to `offset`; it stops at `next`, where the next part starts.
  /// It starts from this scanner's state and counts lines once given the counter for its start
  /// (`countLines(with:)`, from `lineCounting(at:)`); what it reads counts only if the scan
  /// before it stops exactly at `offset` (`stoppedAtSplit`), and is then taken over with
  /// `admit(_:)` and `adopt(_:)`.
  func part(from offset: Int, stoppingAt next: Int?) -> DBLPScanner {
    var part = self
    // Strings of its own: the two threads would otherwise contend for the reference counts of
    // the ones they share (the path in every mention, the last venue).
    part.label = String(decoding: Array(label.utf8), as: UTF8.self)
    part.lastFieldStrings = Array(repeating: "", count: lastFieldStrings.count)
    part.position = offset
    part.mentions = MentionBuffer()
    part.pending = []
    part.recordCount = 0
    part.splitOffset = next
    part.stoppedAtSplit = false
    part.defersFinish = true
    part.needsInputFrom = nil
    return part
  }

  /// Counts lines on from `counter` (set at the start of a part).
  mutating func countLines(with counter: LineCounter) { lineCounter = counter }

  /// `problems` of a later part, without unknown entities this scanner reported already.
  mutating func admit(_ problems: [PendingDiagnostic]) -> [Diagnostic] {
    var admitted: [Diagnostic] = []
    admitted.reserveCapacity(problems.count)
    for problem in problems {
      if let name = problem.unknownEntity, !reportedUnknownEntities.insert(name).inserted {
        continue
      }
      admitted.append(problem.diagnostic)
    }
    return admitted
  }

  /// The problems found since the last call, with the entity names of unknown-entity reports.
  mutating func takePendingDiagnostics() -> [PendingDiagnostic] {
    defer { pending.removeAll(keepingCapacity: true) }
    return pending
  }

  /// True when the part `part` read the text exactly as this scanner would have: this one
  /// stopped where the part starts (`stoppedAtSplit`), all its problems were taken, and neither
  /// declared entities.
  func canAdopt(_ part: DBLPScanner) -> Bool {
    stoppedAtSplit && pending.isEmpty && !entities.hasDeclarations
      && !part.entities.hasDeclarations
  }

  /// Continues from where the part `part` stopped, its records already handed on: its
  /// position, line count, record count, whether it stopped where the next part starts, and
  /// the end of the root element it saw. Its remaining problems are admitted into this
  /// scanner's.
  mutating func adopt(_ part: consuming DBLPScanner) {
    precondition(canAdopt(part), "adopting a part that does not start where this scan stopped")
    pending = part.pending.filter { problem in
      guard let name = problem.unknownEntity else { return true }
      return reportedUnknownEntities.insert(name).inserted
    }
    position = part.position
    lineCounter = part.lineCounter
    needsInputFrom = part.needsInputFrom
    finished = part.finished
    rootClosed = rootClosed || part.rootClosed
    recordCount += part.recordCount
    lastFieldStrings = part.lastFieldStrings
    splitOffset = part.splitOffset
    stoppedAtSplit = part.stoppedAtSplit
  }

  // MARK: - Records

  /// Why a record could not be read.
  private enum RecordProblem: Error {
    /// The record is damaged at `offset`; scanning resumes at a record tag from `resumeAt` on.
    case damaged(String, at: Int, resumeAt: Int)
    /// The input ends inside the record.
    case endOfFile
    /// The whole input is unusable.
    case fatal(IngestError)
  }

  private mutating func record(
    element: String, isPublication: Bool, nameEnd: Int, start: Int
  ) throws(RecordProblem) -> DBLPRecord {
    let elementBytes = UnsafeBufferPointer(rebasing: text[(start + 1)..<nameEnd])
    let record = DBLPRecord(
      element: element, line: line(at: start),
      isPublication: isPublication)
    mentions.removeAll()
    position = nameEnd
    let (attributes, selfClosing) = try attributes(wanted: .key)
    record.key = attributes.key
    if selfClosing { return record }
    while true {
      guard let open = ByteScanning.firstIndex(of: UInt8(ascii: "<"), in: text, from: position)
      else { throw .endOfFile }
      position = open
      if !isFinal && open + 16 > text.count { throw .endOfFile }
      guard open + 1 < text.count else { throw .endOfFile }
      let marker = text[open + 1]
      if marker == UInt8(ascii: "/") {
        let name = nameRange(at: open + 2)
        guard name.upperBound < text.count else { throw .endOfFile }
        guard Self.equals(text, name, elementBytes) else {
          throw .damaged(
            "expected '</\(element)>', found '</\(string(name))>'", at: open, resumeAt: open + 2)
        }
        try closeTag(after: name, opened: open)
        record.authors = mentions.take()
        return record
      }
      if marker == UInt8(ascii: "!") || marker == UInt8(ascii: "?"), try skipMarkup() { continue }
      let name = nameRange(at: open + 1)
      guard name.upperBound < text.count else { throw .endOfFile }
      guard !name.isEmpty else {
        throw .damaged(
          "expected a field element after '<', found \(found(at: open + 1))", at: open,
          resumeAt: open + 1)
      }
      // The name packed once tells the field apart and, for a field the reader ignores,
      // whether it is a record tag (no kept field has a record's name).
      let packed = PackedName(text, name)
      let kind = Self.fieldKind(packed)
      if kind == .ignored, Self.recordElement(packed) != nil {
        throw .damaged(
          "expected '</\(element)>' before the next record '<\(string(name))>'", at: open,
          resumeAt: open)
      }
      // The line counter counts the white space before the field (usually one line end)
      // while it stands where that begins, so that it can pass over the field.
      _ = lineCounter.line(at: open, in: text)
      try field(name, kind, opened: open, into: record)
    }
  }

  /// Reads one field element whose `<` is at `open` into `record`; `kind` is what its name is.
  private mutating func field(
    _ name: Range<Int>, _ kind: FieldKind, opened open: Int, into record: DBLPRecord
  ) throws(RecordProblem) {
    position = name.upperBound
    let isAuthor = kind == .author
    let keptIndex: Int? = if case .kept(let index) = kind { index } else { nil }
    let isDOILink = readsDOIs && kind == .electronicEdition && record.doi == nil
    let keep = isAuthor || keptIndex != nil || isDOILink
    let (attributes, selfClosing): (AttributeValues, Bool)
    let hasAttributes: Bool
    if position < text.count && text[position] == UInt8(ascii: ">") {
      // No attributes, as most fields have.
      position += 1
      (attributes, selfClosing, hasAttributes) = (AttributeValues(), false, false)
    } else {
      (attributes, selfClosing) = try self.attributes(wanted: isAuthor ? .authorIdentifiers : .none)
      hasAttributes = true
    }
    guard keep else {
      if !selfClosing {
        if let (_, isClean) = plainContent(of: name) {
          if isClean && !hasAttributes { lineCounter.pass(lineFree: open..<position) }
        } else {
          try content(of: name, keep: false)
        }
      }
      return
    }
    var value: UnsafeBufferPointer<UInt8>
    // Known clean when the scan for its end found so (names and titles usually are).
    var isClean = false
    // A field without attributes whose clean text is followed at once by its closing tag holds
    // no line end: the line counter passes over it instead of counting (once the author's own
    // line is known).
    var isLineFree = false
    defer { if isLineFree { lineCounter.pass(lineFree: open..<position) } }
    if selfClosing {
      value = UnsafeBufferPointer(start: nil, count: 0)
    } else if let plain = plainContent(of: name) {
      // Text without markup or references, closed at once: used where it stands.
      (value, isClean) = plain
      isLineFree = isClean && !hasAttributes
    } else {
      fieldBuffer.removeAll(keepingCapacity: true)
      try content(of: name, keep: true)
      value = fieldBuffer.withUnsafeBufferPointer { $0 }
    }
    if let keptIndex {
      // Only the first occurrence of a field counts. A venue usually repeats the last record's
      // byte for byte: that string is the one (whitespace collapsed, it is its own collapse).
      guard !record.hasField(keptIndex) else { return }
      if keptIndex >= DBLPRecord.venueFieldIndexes.lowerBound,
        let repeated = repeatedString(value, slot: keptIndex)
      {
        record.setField(keptIndex, repeated)
        return
      }
    }
    if !isClean && !WhitespaceCollapsing.isClean(value) {
      collapsedBuffer = WhitespaceCollapsing.collapsed(value)
      value = collapsedBuffer.withUnsafeBufferPointer { $0 }
    }
    if isDOILink {
      record.doi = DBLPDOILink.doi(value)
    } else if isAuthor {
      let authorLine = line(at: open)
      guard !value.isEmpty else {
        record.emptyAuthorLines.append(authorLine)
        return
      }
      let (printed, homonymDigits) = DBLPAuthorName.splitDigits(value)
      mentions.append(
        printed: printed, orcid: attributes.orcid, dblpPID: attributes.pid,
        homonymDigits: homonymDigits, path: label, line: authorLine)
    } else if let keptIndex {
      if keptIndex == DBLPRecord.yearIndex {
        record.setYear(FirstYear.parse(value))
      } else {
        if keptIndex == DBLPRecord.titleIndex {
          // Titles do not repeat: no point in looking for the last one.
          let title = DBLPRecord.withoutClosingStop(value)
          record.setField(keptIndex, String(decoding: title, as: UTF8.self))
        } else {
          record.setField(keptIndex, string(value, slot: keptIndex))
        }
      }
    }
  }

  /// The text of the field `name` when it is plain (no `<` or `&` before its closing tag, which
  /// follows at once), with `position` moved past the closing tag, and whether the text is
  /// clean (`WhitespaceCollapsing.isClean(_:)`, found in the same pass); nil, and nothing
  /// moved, otherwise.
  private mutating func plainContent(of name: Range<Int>)
    -> (text: UnsafeBufferPointer<UInt8>, isClean: Bool)?
  {
    let start = position
    guard
      let (stop, isClean) = WhitespaceCollapsing.firstIndex(
        of: UInt8(ascii: "<"), orOf: UInt8(ascii: "&"), in: text, from: start),
      closesPlainContent(name, at: stop)
    else { return nil }
    return (UnsafeBufferPointer(rebasing: text[start..<stop]), isClean)
  }

  /// True when `stop` is the `<` of the closing tag of `name`, which `position` is then moved past.
  private mutating func closesPlainContent(_ name: Range<Int>, at stop: Int) -> Bool {
    guard text[stop] == UInt8(ascii: "<") else { return false }
    let closeEnd = stop + 2 + name.count
    guard closeEnd < text.count, text[stop + 1] == UInt8(ascii: "/"),
      text[closeEnd] == UInt8(ascii: ">"),
      Self.sameBytes(text, at: stop + 2, as: name)
    else { return false }
    position = closeEnd + 1
    return true
  }

  /// The last string made for field `slot` when it holds exactly `bytes` (venues repeat record
  /// after record), else nil.
  private func repeatedString(_ bytes: UnsafeBufferPointer<UInt8>, slot: Int) -> String? {
    let last = lastFieldStrings[slot]
    guard last.utf8.count == bytes.count else { return nil }
    let same = last.utf8.withContiguousStorageIfAvailable { stored in
      bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }
    return same == true ? last : nil
  }

  /// A string of `bytes`: the same instance as the last one made for field `slot` when the text
  /// is the same (venues repeat record after record), else a new one.
  private mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, slot: Int) -> String {
    if let repeated = repeatedString(bytes, slot: slot) { return repeated }
    let made = String(utf8Bytes: bytes)
    lastFieldStrings[slot] = made
    return made
  }

  /// Reads the content of the field `name` up to its closing tag, appending its text to
  /// `fieldBuffer` when `keep` is true. Inline elements are flattened; their nesting is checked.
  private mutating func content(of name: Range<Int>, keep: Bool) throws(RecordProblem) {
    inlineElements.removeAll(keepingCapacity: true)
    while true {
      let start = position
      position =
        ByteScanning.firstIndex(
          of: UInt8(ascii: "<"), orOf: UInt8(ascii: "&"), in: text, from: start)
        ?? text.count
      if keep { fieldBuffer.append(contentsOf: text[start..<position]) }
      guard position < text.count else { throw .endOfFile }
      let open = position
      if text[open] == UInt8(ascii: "&") {
        try entity(keep: keep)
        continue
      }
      if !isFinal && open + 16 > text.count { throw .endOfFile }
      if hasPrefix("</") {
        let closing = nameRange(at: open + 2)
        guard closing.upperBound < text.count else { throw .endOfFile }
        let expected = inlineElements.last ?? name
        guard closing.count == expected.count,
          Self.sameBytes(text, at: closing.lowerBound, as: expected)
        else {
          throw .damaged(
            "expected '</\(string(expected))>', found '</\(string(closing))>'", at: open,
            resumeAt: open + 2)
        }
        try closeTag(after: closing, opened: open)
        if inlineElements.isEmpty { return }
        inlineElements.removeLast()
        continue
      }
      if hasPrefix("<![CDATA[") {
        guard let end = XMLDocumentType.find(Array("]]>".utf8), in: text, from: open + 9) else {
          throw .endOfFile
        }
        if keep { fieldBuffer.append(contentsOf: text[(open + 9)..<end]) }
        position = end + 3
        continue
      }
      if try skipMarkup() { continue }
      let inline = nameRange(at: open + 1)
      guard inline.upperBound < text.count else { throw .endOfFile }
      guard !inline.isEmpty else {
        throw .damaged(
          "expected a tag name after '<' in <\(string(name))>, found \(found(at: open + 1))",
          at: open, resumeAt: open + 1)
      }
      if Self.recordElement(text, inline) != nil {
        throw .damaged(
          "expected '</\(string(inlineElements.last ?? name))>' before the next record "
            + "'<\(string(inline))>'", at: open, resumeAt: open)
      }
      position = inline.upperBound
      let (_, selfClosing) = try attributes(wanted: .none)
      if !selfClosing { inlineElements.append(inline) }
    }
  }

  /// Skips a comment or processing instruction at `position`; false when there is none.
  private mutating func skipMarkup() throws(RecordProblem) -> Bool {
    if hasPrefix("<!--") {
      guard skip(past: "-->", from: position + 4) else { throw .endOfFile }
      return true
    }
    if hasPrefix("<?") {
      guard skip(past: "?>", from: position + 2) else { throw .endOfFile }
      return true
    }
    return false
  }

  /// Consumes optional whitespace and the `>` of a closing tag whose name ends at `name`.
  private mutating func closeTag(after name: Range<Int>, opened open: Int) throws(RecordProblem) {
    position = name.upperBound
    skipSpaces()
    guard position < text.count else { throw .endOfFile }
    guard text[position] == UInt8(ascii: ">") else {
      throw .damaged(
        "expected '>' to close '</\(string(name))', found \(found(at: position))", at: position,
        resumeAt: position)
    }
    // '</name>' without white space holds no line end.
    if position == name.upperBound { lineCounter.pass(lineFree: open..<(position + 1)) }
    position += 1
  }

  // MARK: - Attributes and entities

  /// The attributes a tag's reader wants.
  private enum WantedAttributes {
    case none
    /// `key` of a record.
    case key
    /// `pid` and `orcid` of an author.
    case authorIdentifiers
  }

  /// The decoded values of wanted attributes (nil when absent or empty).
  private struct AttributeValues {
    var key: String?
    var pid: String?
    var orcid: String?
  }

  /// Reads the attributes of a start tag up to `>` or `/>`; returns the decoded values of the
  /// `wanted` names and whether the tag closed itself.
  private mutating func attributes(wanted: WantedAttributes) throws(RecordProblem)
    -> (values: AttributeValues, selfClosing: Bool)
  {
    var values = AttributeValues()
    while true {
      skipSpaces()
      guard position < text.count else { throw .endOfFile }
      let byte = text[position]
      if byte == UInt8(ascii: ">") {
        position += 1
        return (values, false)
      }
      if byte == UInt8(ascii: "/") {
        guard position + 1 < text.count else { throw .endOfFile }
        guard text[position + 1] == UInt8(ascii: ">") else {
          throw .damaged(
            "expected '/>', found \(found(at: position))", at: position, resumeAt: position)
        }
        position += 2
        return (values, true)
      }
      let name = nameRange(at: position)
      guard !name.isEmpty else {
        throw .damaged(
          "expected an attribute name or '>', found \(found(at: position))", at: position,
          resumeAt: position)
      }
      position = name.upperBound
      skipSpaces()
      guard position < text.count else { throw .endOfFile }
      guard text[position] == UInt8(ascii: "=") else {
        throw .damaged(
          "expected '=' after attribute '\(string(name))', found \(found(at: position))",
          at: position, resumeAt: position)
      }
      position += 1
      skipSpaces()
      guard position < text.count else { throw .endOfFile }
      let quote = text[position]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
        throw .damaged(
          "expected a quoted value for attribute '\(string(name))', found \(found(at: position))",
          at: position, resumeAt: position)
      }
      let valueStart = position + 1
      guard
        let valueEnd = ByteScanning.firstIndex(
          of: quote, orOf: UInt8(ascii: "<"), in: text, from: valueStart)
      else { throw .endOfFile }
      if text[valueEnd] == UInt8(ascii: "<") {
        throw .damaged(
          "expected the closing quote of attribute '\(string(name))', found '<'",
          at: valueEnd, resumeAt: valueEnd)
      }
      switch wanted {
      case .none: break
      case .key:
        if PackedName(text, name) == .key {
          values.key = try attributeValue(valueStart..<valueEnd)
        }
      case .authorIdentifiers:
        let packed = PackedName(text, name)
        if packed == .pid {
          let value = try attributeValue(valueStart..<valueEnd)
          values.pid = value.isEmpty ? nil : value
        } else if packed == .orcid {
          let value = try attributeValue(valueStart..<valueEnd)
          values.orcid = value.isEmpty ? nil : value
        }
      }
      position = valueEnd + 1
    }
  }

  /// The decoded, whitespace-collapsed text of an attribute value.
  private mutating func attributeValue(_ range: Range<Int>) throws(RecordProblem) -> String {
    let raw = UnsafeBufferPointer(rebasing: text[range])
    if ByteScanning.firstIndex(of: UInt8(ascii: "&"), in: raw, from: 0) == nil {
      if WhitespaceCollapsing.isClean(raw) { return String(decoding: raw, as: UTF8.self) }
      return WhitespaceCollapsing.string(raw)
    }
    let savedPosition = position
    swap(&fieldBuffer, &attributeBuffer)
    defer {
      swap(&fieldBuffer, &attributeBuffer)
      position = savedPosition
    }
    fieldBuffer.removeAll(keepingCapacity: true)
    position = range.lowerBound
    while position < range.upperBound {
      if text[position] == UInt8(ascii: "&") {
        try entity(keep: true)
      } else {
        fieldBuffer.append(text[position])
        position += 1
      }
    }
    return WhitespaceCollapsing.string(fieldBuffer)
  }

  /// Decodes the reference whose `&` is at `position`, appending it to `fieldBuffer` when
  /// `keep` is true. Unknown and malformed references are reported and kept as written.
  private mutating func entity(keep: Bool) throws(RecordProblem) {
    let ampersand = position
    if !isFinal && ampersand + 40 > text.count { throw .endOfFile }
    var end = ampersand + 1
    let limit = min(text.count, ampersand + 40)
    while end < limit && Self.isReferenceByte(text[end]) { end += 1 }
    guard end < limit, text[end] == UInt8(ascii: ";"), end > ampersand + 1 else {
      if keep {
        warnUnknownEntity(
          "expected an entity reference such as '&amp;' after '&', found \(found(at: ampersand + 1)); kept as written",
          key: "&", at: ampersand)
        fieldBuffer.append(UInt8(ascii: "&"))
      }
      position = ampersand + 1
      return
    }
    position = end + 1
    guard keep else { return }
    let body = text[(ampersand + 1)..<end]
    if body.first == UInt8(ascii: "#") {
      if let scalar = XMLCharacterReference.scalar(body) {
        UTF8.encode(scalar) { fieldBuffer.append($0) }
      } else {
        warnUnknownEntity(
          "expected a valid character reference, found '&\(string(body.indices));'; kept as written",
          key: "&\(string(body.indices));", at: ampersand)
        fieldBuffer.append(contentsOf: text[ampersand...end])
      }
      return
    }
    switch entities.resolve(body) {
    case .scalar(let scalar):
      UTF8.encode(scalar) { fieldBuffer.append($0) }
    case .text(let bytes):
      if entities.isDeclared(body), !entities.spend(bytes.count) {
        throw .fatal(
          .limitExceeded(
            path: label, line: line(at: ampersand),
            limit: "declared entities expand to more text than the document could hold: "
              + "refusing a possible entity-expansion bomb"))
      }
      fieldBuffer.append(contentsOf: bytes)
    case .external:
      warnUnknownEntity(
        "entity '&\(string(body.indices));' is external and is not fetched; kept as written",
        key: string(body.indices), at: ampersand)
      fieldBuffer.append(contentsOf: text[ampersand...end])
    case .unknown:
      warnUnknownEntity(
        "unknown character entity '&\(string(body.indices));' (neither in dblp.dtd nor declared in "
          + "the document); kept as written", key: string(body.indices), at: ampersand)
      fieldBuffer.append(contentsOf: text[ampersand...end])
    }
  }

  private mutating func warnUnknownEntity(_ message: String, key: String, at offset: Int) {
    guard reportedUnknownEntities.insert(key).inserted else { return }
    report(.warning, "dblp.unknown-entity", message, line: line(at: offset), unknownEntity: key)
  }

  private static func isReferenceByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "#"), UInt8(ascii: "_"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"):
      true
    default: byte >= 0x80
    }
  }

  // MARK: - Helpers

  private enum FieldKind: Equatable {
    case author
    /// The index in `keptFields`.
    case kept(Int)
    /// `<ee>`: a link to the electronic edition, which may be a doi.org address.
    case electronicEdition
    case ignored
  }

  /// What the field element whose name is `packed` (nil: longer than 16 bytes) is.
  @inline(__always)
  private static func fieldKind(_ packed: PackedName?) -> FieldKind {
    guard let packed else { return .ignored }
    switch packed.count {
    case 2: return packed == .ee ? .electronicEdition : .ignored
    case 4: return packed == .year ? .kept(DBLPRecord.yearIndex) : .ignored
    case 5: return packed == .title ? .kept(DBLPRecord.titleIndex) : .ignored
    case 6:
      if packed == .author { return .author }
      if packed == .series { return .kept(4) }
      return packed == .school ? .kept(5) : .ignored
    case 7: return packed == .journal ? .kept(2) : .ignored
    case 9:
      if packed == .booktitle { return .kept(3) }
      return packed == .publisher ? .kept(6) : .ignored
    default: return .ignored
    }
  }

  /// True when the `name.count` bytes at `offset` (all in the text) are those of `name`.
  @inline(__always)
  private static func sameBytes(
    _ text: UnsafeBufferPointer<UInt8>, at offset: Int, as name: Range<Int>
  ) -> Bool {
    let count = name.count
    let base = UnsafeRawPointer(text.baseAddress!)
    if count <= 8, max(offset, name.lowerBound) + 8 <= text.count {
      let difference =
        base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        ^ base.loadUnaligned(fromByteOffset: name.lowerBound, as: UInt64.self)
      let mask: UInt64 = count == 8 ? ~0 : (1 &<< UInt64(8 * count)) &- 1
      return difference & mask == 0
    }
    return memcmp(base + offset, base + name.lowerBound, count) == 0
  }

  /// True when the bytes at `range` are `bytes`.
  @inline(__always)
  private static func equals(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard range.count == bytes.count else { return false }
    var index = 0
    while index < bytes.count {
      if text[range.lowerBound + index] != bytes[index] { return false }
      index += 1
    }
    return true
  }

  /// The element name of a record tag and whether it is a publication, or nil for other
  /// elements.
  @inline(__always)
  private static func recordElement(_ text: UnsafeBufferPointer<UInt8>, _ name: Range<Int>)
    -> (name: String, isPublication: Bool)?
  {
    guard name.count >= 3, name.count <= 13 else { return nil }
    return recordElement(PackedName(text, name))
  }

  /// `recordElement(_:_:)` of a name already packed (nil: longer than 16 bytes).
  @inline(__always)
  private static func recordElement(_ packed: PackedName?) -> (name: String, isPublication: Bool)? {
    guard let packed, packed.count >= 3, packed.count <= 13 else { return nil }
    switch packed {
    case .inproceedings: return ("inproceedings", true)
    case .article: return ("article", true)
    case .www: return ("www", false)
    case .proceedings: return ("proceedings", true)
    case .incollection: return ("incollection", true)
    case .book: return ("book", true)
    case .phdthesis: return ("phdthesis", true)
    case .mastersthesis: return ("mastersthesis", true)
    case .person: return ("person", false)
    case .data: return ("data", false)
    default: return nil
    }
  }

  /// The offset of the next `<` that opens a record tag at or after `start`.
  private func nextRecordStart(from start: Int) -> Int? {
    var from = start
    while let open = ByteScanning.firstIndex(of: UInt8(ascii: "<"), in: text, from: from) {
      let name = nameRange(at: open + 1)
      if Self.recordElement(text, name) != nil, name.upperBound < text.count {
        let after = text[name.upperBound]
        if after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || Self.isSpace(after) {
          return open
        }
      }
      from = open + 1
    }
    return nil
  }

  /// The XML name starting at `start` (possibly empty).
  private func nameRange(at start: Int) -> Range<Int> {
    var end = start
    while end < text.count {
      let byte = text[end]
      if byte &- UInt8(ascii: "a") < 26 {
        end += 1
        continue
      }
      let isNameByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && end > start)
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
        || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) && end > start)
      guard isNameByte else { break }
      end += 1
    }
    return start..<end
  }

  private mutating func skipSpaces() {
    while position < text.count && Self.isSpace(text[position]) { position += 1 }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private func hasPrefix(_ prefix: StaticString) -> Bool {
    XMLDocumentType.hasPrefix(prefix, text, at: position)
  }

  /// Moves past the next `terminator` at or after `start`; false when there is none.
  private mutating func skip(past terminator: String, from start: Int) -> Bool {
    guard let end = XMLDocumentType.find(Array(terminator.utf8), in: text, from: start) else {
      return false
    }
    position = end + terminator.utf8.count
    return true
  }

  private mutating func line(at offset: Int) -> Int {
    linesBefore + lineCounter.line(at: min(offset, text.count), in: text)
  }

  private func string(_ range: Range<Int>) -> String {
    String(decoding: text[range], as: UTF8.self)
  }

  /// A short quotation of the text at `offset` for messages.
  private func found(at offset: Int) -> String {
    guard offset < text.count else { return "the end of the file" }
    let end = min(text.count, offset + 12)
    var snippet = string(offset..<end)
    if let newline = snippet.firstIndex(of: "\n") { snippet = String(snippet[..<newline]) }
    return "'\(snippet)'"
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int,
    skippedRecords: Int = 0, unknownEntity: String? = nil
  ) {
    pending.append(
      PendingDiagnostic(
        diagnostic: Diagnostic(
          severity, code, message, at: SourceLocation(path: label, line: line),
          skippedRecords: skippedRecords),
        unknownEntity: unknownEntity))
  }
}
