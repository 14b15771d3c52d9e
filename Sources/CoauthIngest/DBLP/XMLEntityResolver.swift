import CoauthModel

/// Resolves named character entities of one XML document: the built-in table of dblp.dtd
/// (`DBLPEntityTable`) plus the general entities that the document's internal DTD subset
/// declares.
///
/// Declared entities are expanded once, when the document type is read, under limits that
/// reject an entity-expansion bomb ("billion laughs") before it can use memory: an entity may
/// expand to at most `maximumEntityBytes`, references nest at most `maximumDepth` deep, an
/// entity that refers to itself is an error, and all references in the document together may
/// produce at most `expansionBudget` bytes. External entities (`SYSTEM "file"`) are never
/// fetched; a reference to one is reported like an unknown entity.
struct XMLEntityResolver {
  static let maximumEntityBytes = 64 * 1024
  static let maximumDepth = 16

  /// What a name refers to.
  enum Resolution {
    /// The UTF-8 bytes a declared entity stands for.
    case text([UInt8])
    /// The character a built-in entity (`DBLPEntityTable`) stands for.
    case scalar(Unicode.Scalar)
    /// An entity declared as external (never fetched).
    case external
    /// No such entity.
    case unknown
  }

  private var declared: [String: [UInt8]] = [:]
  private var external: Set<String> = []
  /// Bytes that declared entities may still produce in the document.
  private(set) var expansionBudget: Int

  /// A resolver with only the built-in table.
  init(expansionBudget: Int) {
    self.expansionBudget = expansionBudget
  }

  /// Adds the entities of an internal subset, expanding each one fully.
  ///
  /// - Throws: `IngestError.limitExceeded` for an entity that expands beyond the limits or
  ///   refers to itself.
  mutating func declare(_ declarations: [XMLEntityDeclaration], label: String)
    throws(IngestError)
  {
    var raw: [String: XMLEntityDeclaration] = [:]
    for declaration in declarations where raw[declaration.name] == nil {
      // XML: the first declaration of a name binds; the predefined five cannot change.
      guard !DBLPEntityTable.predefined.contains(where: { $0.name == declaration.name }) else {
        continue
      }
      raw[declaration.name] = declaration
      if declaration.isExternal { external.insert(declaration.name) }
    }
    var expander = Expander(raw: raw, label: label)
    for declaration in declarations where !declaration.isExternal {
      declared[declaration.name] = try expander.expand(declaration.name, depth: 0)
    }
  }

  /// What `name` (the bytes between `&` and `;`) refers to.
  @inline(__always)
  func resolve(_ name: some Collection<UInt8>) -> Resolution {
    if !declared.isEmpty || !external.isEmpty {
      let text = String(decoding: name, as: UTF8.self)
      if let bytes = declared[text] { return .text(bytes) }
      if external.contains(text) { return .external }
    }
    if let key = DBLPEntityTable.packed(name), let value = DBLPEntityTable.scalar(packedName: key),
      let scalar = Unicode.Scalar(value)
    {
      return .scalar(scalar)
    }
    return .unknown
  }

  /// True when the document declared entities of its own (internal or external).
  var hasDeclarations: Bool { !declared.isEmpty || !external.isEmpty }

  /// True when `name` is an entity the document declared (and so counts against the budget).
  func isDeclared(_ name: some Collection<UInt8>) -> Bool {
    !declared.isEmpty && declared[String(decoding: name, as: UTF8.self)] != nil
  }

  /// Adds `count` bytes to the budget, as a streamed document grows.
  mutating func extendBudget(by count: Int) { expansionBudget += count }

  /// Spends `count` bytes of the document-wide expansion budget; false when it is exhausted.
  mutating func spend(_ count: Int) -> Bool {
    expansionBudget -= count
    return expansionBudget >= 0
  }

  /// Expands declared entities with memoisation, cycle detection and size limits.
  private struct Expander {
    let raw: [String: XMLEntityDeclaration]
    let label: String
    var done: [String: [UInt8]] = [:]
    var inProgress: Set<String> = []

    init(raw: [String: XMLEntityDeclaration], label: String) {
      self.raw = raw
      self.label = label
    }

    mutating func expand(_ name: String, depth: Int) throws(IngestError) -> [UInt8] {
      if let bytes = done[name] { return bytes }
      guard let declaration = raw[name] else { return Array("&\(name);".utf8) }
      guard depth <= XMLEntityResolver.maximumDepth else {
        throw bomb(declaration, "entity references nest more than \(XMLEntityResolver.maximumDepth) deep")
      }
      guard inProgress.insert(name).inserted else {
        throw bomb(declaration, "entity '\(name)' refers to itself")
      }
      var output: [UInt8] = []
      let value = declaration.value
      var index = 0
      while index < value.count {
        let byte = value[index]
        guard byte == UInt8(ascii: "&"),
          let semicolon = value[index...].prefix(64).firstIndex(of: UInt8(ascii: ";"))
        else {
          output.append(byte)
          index += 1
          continue
        }
        let body = value[(index + 1)..<semicolon]
        if body.first == UInt8(ascii: "#"), let scalar = XMLCharacterReference.scalar(body) {
          output.append(contentsOf: String(Character(scalar)).utf8)
        } else if raw[String(decoding: body, as: UTF8.self)] != nil {
          output.append(contentsOf: try expand(String(decoding: body, as: UTF8.self), depth: depth + 1))
        } else if let key = DBLPEntityTable.packed(body),
          let bytes = DBLPEntityTable.utf8ByPackedName[key]
        {
          output.append(contentsOf: bytes)
        } else {
          output.append(contentsOf: value[index...semicolon])
        }
        index = semicolon + 1
        if output.count > XMLEntityResolver.maximumEntityBytes {
          throw bomb(
            declaration,
            "entity '\(name)' expands to more than \(XMLEntityResolver.maximumEntityBytes) bytes")
        }
      }
      inProgress.remove(name)
      done[name] = output
      return output
    }

    private func bomb(_ declaration: XMLEntityDeclaration, _ what: String) -> IngestError {
      .limitExceeded(
        path: label, line: declaration.line,
        limit: "\(what): refusing a possible entity-expansion bomb; nothing of this file is read")
    }
  }
}
