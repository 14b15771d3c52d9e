/// The character entities a DBLP document may use without declaring them: XML's five
/// predefined ones and the ISO Latin-1 set of `dblp.dtd` (`&uuml;`, `&eacute;`, `&szlig;` ...),
/// which dblp.xml relies on without shipping the DTD. Numeric references (`&#252;`, `&#xFC;`)
/// are decoded by `XMLCharacterReference`.
package enum DBLPEntityTable {
  /// Entity names with the Unicode scalar they stand for.
  package static let entries: [(name: String, scalar: UInt32)] = predefined + latin1

  /// XML 1.0 section 4.6.
  static let predefined: [(name: String, scalar: UInt32)] = [
    ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27),
  ]

  /// ISO 8879 Latin-1 (U+00A0...U+00FF) with the names of ISOlat1/ISOnum/ISOdia, as declared in
  /// dblp.dtd and HTML 4, in code point order.
  static let latin1: [(name: String, scalar: UInt32)] = {
    let names = """
      nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
      deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
      Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
      ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
      agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
      eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
      """.split(separator: " ").map(String.init)
    return names.enumerated().map { ($0.element, UInt32(0xA0 + $0.offset)) }
  }()

  /// The UTF-8 bytes of each entity, keyed by its name packed into an integer (see `packed`).
  static let utf8ByPackedName: [UInt64: [UInt8]] = {
    var table: [UInt64: [UInt8]] = [:]
    for (name, scalar) in entries {
      guard let key = packed(Array(name.utf8)[...]), let value = Unicode.Scalar(scalar) else {
        continue
      }
      table[key] = Array(String(Character(value)).utf8)
    }
    return table
  }()

  /// The scalar of the entity whose name packs into `key` (see `packed`), or nil.
  @inline(__always)
  static func scalar(packedName key: UInt64) -> UInt32? {
    let slots = scalarSlots
    var slot = slotIndex(key)
    while slots[slot].key != 0 {
      if slots[slot].key == key { return slots[slot].scalar }
      slot = (slot + 1) & (slots.count - 1)
    }
    return nil
  }

  /// The entities by packed name in an open-addressing table, in memory that is written once
  /// and never reference counted: threads that decode entities at the same time read it
  /// without contending for a reference count, as they would for a dictionary's storage.
  nonisolated(unsafe) private static let scalarSlots:
    UnsafeMutableBufferPointer<(key: UInt64, scalar: UInt32)> = {
      let slots = UnsafeMutableBufferPointer<(key: UInt64, scalar: UInt32)>.allocate(capacity: 512)
      slots.initialize(repeating: (0, 0))
      for (name, scalar) in entries {
        guard let key = packed(Array(name.utf8)[...]) else { continue }
        var slot = slotIndex(key)
        while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = (key, scalar)
      }
      return slots
    }()

  @inline(__always)
  private static func slotIndex(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
  }

  /// Up to eight name bytes packed into one integer (little end first), or nil when the name
  /// is longer: a hash key that costs no allocation.
  @inline(__always)
  static func packed(_ name: some Collection<UInt8>) -> UInt64? {
    guard name.count <= 8, !name.isEmpty else { return nil }
    var key: UInt64 = 0
    var shift: UInt64 = 0
    for byte in name {
      key |= UInt64(byte) << shift
      shift += 8
    }
    return key
  }
}
