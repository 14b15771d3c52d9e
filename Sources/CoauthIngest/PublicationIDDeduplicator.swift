import CoauthModel

/// Keeps publication ids unique over a run: the first record with an id wins, later records
/// with the same id are dropped with an `ingest.duplicate-id` warning (a note when the two are
/// in different files and their titles agree: one paper in two exports). Except one from another
/// file whose title and authors both differ: that is another paper that happens to have the id
/// (two people's BibTeX files both using `smith2020`), kept under the id `<id>@<file's id stem>`
/// with the warning, so that no paper is lost to a clash of keys. (Titles alone differ between
/// exports of one paper: "Refer360^{\circ}" in BibTeX is "Refer360^∘" in DBLP XML.)
///
/// Every record of every input passes through here, so the ids are kept in an open-addressing
/// table with a cheap word-at-a-time hash of their UTF-8 bytes rather than a `Dictionary`
/// (whose seeded SipHash costs more than reading a DBLP record). The table holds no id of its
/// own: an entry is the index of the kept publication that has it, which is read only when
/// hashes match. Keeping a copy of each id changed the reference count of a string that,
/// for DBLP XML, another thread had just made: a cache line passed between the cores per
/// record, on the thread that hands every record on.
public struct PublicationIDDeduplicator: Sendable {
  private var hashes: [UInt64] = []
  /// Index + 1 into `hashes` (and the kept publications) in the low 32 bits and the high 32
  /// bits of the id's hash above them, or 0 for an empty slot; the count is a power of two.
  private var slots: [UInt64] = Array(repeating: 0, count: 1024)
  /// One byte of each slot's hash (never 0), 0 for an empty slot: a probe reads this table, an
  /// eighth of `slots`, which stays in the cache while a reader streams through its text; a
  /// new id (the common case) is then only written to `slots`, and `slots` is read only when a
  /// byte matches.
  private var tags: [UInt8] = Array(repeating: 0, count: 1024)

  public init() {}

  /// Appends `publication` to `kept` when its id is not the id of one of the publications
  /// this deduplicator appended there before, and returns true; returns false, with a warning
  /// naming where the first was defined, for a repeated id. `kept` must be the same array on
  /// every call, changed only by this method.
  public mutating func admit(
    _ publication: consuming Publication, into kept: inout [Publication],
    renamingWith stem: String? = nil, diagnostics: DiagnosticHandler
  ) -> Bool {
    precondition(kept.count == hashes.count, "kept holds exactly the admitted publications")
    let hash =
      publication.id.utf8.withContiguousStorageIfAvailable(ByteHash.hash) ?? Self.hash(publication.id)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let byte = Self.byteTag(hash)
    while tags[slot] != 0 {
      guard tags[slot] == byte else {
        slot = (slot + 1) & mask
        continue
      }
      let entry = slots[slot]
      let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
      if entry & 0xFFFF_FFFF_0000_0000 == tag && hashes[index] == hash
        && kept[index].id == publication.id
      {
        if let stem, kept[index].location.path != publication.location.path,
          !PublicationDOIDeduplicator.titlesAgree(
            kept[index].foldedTitle, publication.foldedTitle),
          !PublicationTitleDeduplicator.authorsAgree(kept[index], publication)
        {
          let renamed = "\(publication.id)@\(stem)"
          diagnostics(
            Diagnostic(
              .warning, "ingest.duplicate-id",
              "publication id '\(publication.id)' is that of another paper (first defined at "
                + "\(kept[index].location)); keeping this one as '\(renamed)'",
              at: publication.location))
          var other = publication
          other.id = renamed
          return admit(other, into: &kept, diagnostics: diagnostics)
        }
        // The same paper in two files (a PubMed export in MEDLINE and in RIS, two overlapping
        // BibTeX exports of one library) is what combining exports expects: a note, as for a
        // repeated DOI. Within one file, or with titles that differ, a warning.
        let severity: Diagnostic.Severity =
          kept[index].location.path != publication.location.path
            && PublicationDOIDeduplicator.titlesAgree(
              kept[index].foldedTitle, publication.foldedTitle) ? .note : .warning
        diagnostics(
          Diagnostic(
            severity, "ingest.duplicate-id",
            "duplicate publication id '\(publication.id)' (first defined at "
              + "\(kept[index].location)); keeping the first record",
            at: publication.location, skippedRecords: 1))
        return false
      }
      slot = (slot + 1) & mask
    }
    hashes.append(hash)
    slots[slot] = tag | UInt64(hashes.count)
    tags[slot] = byte
    kept.append(publication)
    if 2 * hashes.count > slots.count { grow() }
    return true
  }

  /// Makes room for `count` more ids, so that a large file's do not rehash the table as it
  /// grows (a rehash reads and writes the whole table at random).
  public mutating func reserveCapacity(forMore count: Int) {
    let wanted = 2 * (hashes.count + count)
    guard wanted > slots.count else { return }
    hashes.reserveCapacity(hashes.count + count)
    rehash(slotCount: 1 << (Int.bitWidth - (wanted - 1).leadingZeroBitCount))
  }

  private mutating func grow() { rehash(slotCount: 2 * slots.count) }

  private mutating func rehash(slotCount: Int) {
    slots = Array(repeating: 0, count: slotCount)
    tags = Array(repeating: 0, count: slotCount)
    let mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while tags[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
      tags[slot] = Self.byteTag(hash)
    }
  }

  /// Bits 32-39 of `hash` (the slot index uses the low bits), 1 in place of 0.
  private static func byteTag(_ hash: UInt64) -> UInt8 {
    let byte = UInt8(truncatingIfNeeded: hash >> 32)
    return byte == 0 ? 1 : byte
  }

  /// `ByteHash.hash(_:)` of the UTF-8 bytes of `text`.
  private static func hash(_ text: String) -> UInt64 {
    // Native strings hand out their bytes without a copy (`withUTF8` on a `var` copy would
    // retain and release the string each time); others are made native first.
    if let hash = text.utf8.withContiguousStorageIfAvailable(ByteHash.hash) { return hash }
    var native = text
    return native.withUTF8(ByteHash.hash)
  }
}
