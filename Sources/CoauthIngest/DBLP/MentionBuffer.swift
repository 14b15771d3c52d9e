import CoauthModel

/// The author mentions of the record being read, moved (not copied) into an array of exactly
/// their number when the record ends: one allocation per record, no reference counting.
final class MentionBuffer {
  private var storage: UnsafeMutablePointer<AuthorMention>
  private var capacity = 64
  private(set) var count = 0

  init() { storage = .allocate(capacity: capacity) }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Appends the mention of a person printed as `printed`, with the digits of dblp's homonym
  /// number when the name has one.
  func append(
    printed: consuming String, orcid: consuming String?, dblpPID: consuming String?,
    homonymDigits: UnsafeBufferPointer<UInt8>?, path: String, line: Int
  ) {
    reserveOne()
    // Built in its slot by the initializer of text and location alone, and changed there.
    let slot = storage + count
    slot.initialize(
      to: AuthorMention(printed: printed, at: SourceLocation(path: path, line: line)))
    count += 1
    // Most identified mentions of dblp carry the homonym number alone: held as a code, without
    // the string and its parse that `identifiers` would take.
    if orcid == nil, dblpPID == nil, let homonymDigits,
      slot.pointee.setHomonymNumber(digits: homonymDigits)
    {
      return
    }
    if orcid != nil || dblpPID != nil || homonymDigits != nil {
      slot.pointee.identifiers = AuthorIdentifiers(
        orcid: orcid, dblpPID: dblpPID,
        homonymNumber: homonymDigits.map { String(decoding: $0, as: UTF8.self) })
    }
  }

  func append(_ mention: consuming AuthorMention) {
    reserveOne()
    (storage + count).initialize(to: mention)
    count += 1
  }

  private func reserveOne() {
    if count == capacity {
      let grown = UnsafeMutablePointer<AuthorMention>.allocate(capacity: 2 * capacity)
      grown.moveInitialize(from: storage, count: count)
      storage.deallocate()
      storage = grown
      capacity *= 2
    }
  }

  /// Drops the mentions of a record that was not finished.
  func removeAll() {
    storage.deinitialize(count: count)
    count = 0
  }

  /// The mentions in order, leaving the buffer empty.
  func take() -> [AuthorMention] {
    let taken = count
    count = 0
    guard taken > 0 else { return [] }
    // Reserved, then moved in one by one: both specialized here. The standard library's
    // `init(unsafeUninitializedCapacity:)` allocates through an unspecialized call that looks
    // up the array's generic type on every record (about 550 instructions, more than the moves).
    var mentions: [AuthorMention] = []
    mentions.reserveCapacity(taken)
    for index in 0..<taken { mentions.append((storage + index).move()) }
    return mentions
  }
}
