/// The indices of kept publications by a key that most of them do not share (a DOI, the hash of
/// a folded title): the first index of each key in one dictionary and the rare later ones in
/// another, so that a key costs no array of its own. Used by the checks that find one paper
/// among several records (`PublicationDOIDeduplicator`, `PublicationTitleDeduplicator`).
struct KeptIndices<Key: Hashable> {
  private var first: [Key: Int] = [:]
  private var later: [Key: [Int]] = [:]

  /// True when some index has `key`.
  func contains(_ key: Key) -> Bool { first[key] != nil }

  /// The indices with `key`, in the order they were inserted; empty when none has it.
  func indices(of key: Key) -> [Int] {
    guard let index = first[key] else { return [] }
    return [index] + (later[key] ?? [])
  }

  /// Files `index` under `key`: with one hash when the key is new, the common case.
  mutating func insert(_ index: Int, for key: Key) {
    if let earlier = first.updateValue(index, forKey: key) {
      first[key] = earlier
      later[key, default: []].append(index)
    }
  }

  /// Makes room for `count` more keys, so that a large file's do not rehash the table as it
  /// grows; room never used costs no memory.
  mutating func reserveCapacity(forMore count: Int) {
    first.reserveCapacity(first.count + count)
  }
}
