/// An XML name of at most 16 bytes packed into two words (little end first, zero-filled), so
/// that the scanner tells element and attribute names apart with two integer comparisons: no
/// array of names to walk, no allocation, no reference counting.
struct PackedName: Equatable, Sendable {
  var low: UInt64
  var high: UInt64
  var count: Int

  init(low: UInt64, high: UInt64, count: Int) {
    self.low = low
    self.high = high
    self.count = count
  }

  /// The name at `range` of `text`; nil when it is longer than 16 bytes (no name the scanner
  /// looks for is).
  @inline(__always)
  init?(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let count = range.count
    guard count <= 16, let base = UnsafeRawPointer(text.baseAddress) else { return nil }
    let start = range.lowerBound
    var low: UInt64 = 0
    var high: UInt64 = 0
    if start + 16 <= text.count {
      low = base.loadUnaligned(fromByteOffset: start, as: UInt64.self)
      high = base.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
      low &= count >= 8 ? ~0 : (1 &<< UInt64(8 * count)) &- 1
      high &= count >= 16 ? ~0 : count <= 8 ? 0 : (1 &<< UInt64(8 * (count - 8))) &- 1
    } else {
      for index in 0..<count {
        let byte = UInt64(text[start + index])
        if index < 8 { low |= byte << UInt64(8 * index) } else { high |= byte << UInt64(8 * (index - 8)) }
      }
    }
    self.init(low: low, high: high, count: count)
  }

  /// `name` packed (for tests and tables; the scanner uses the constants below).
  init(_ name: String) {
    let bytes = Array(name.utf8)
    precondition(bytes.count <= 16)
    self.init(bytes.withUnsafeBufferPointer { $0 }, 0..<bytes.count)!
  }
}

/// The names DBLP records and the scanner use, packed (checked against their text by
/// `PackedNameTests`).
extension PackedName {
  // Record elements.
  static let article = PackedName(low: 0x0065_6C63_6974_7261, high: 0, count: 7)
  static let inproceedings = PackedName(low: 0x6565_636F_7270_6E69, high: 0x0000_0073_676E_6964, count: 13)
  static let proceedings = PackedName(low: 0x6964_6565_636F_7270, high: 0x0000_0000_0073_676E, count: 11)
  static let incollection = PackedName(low: 0x6365_6C6C_6F63_6E69, high: 0x0000_0000_6E6F_6974, count: 12)
  static let book = PackedName(low: 0x0000_0000_6B6F_6F62, high: 0, count: 4)
  static let phdthesis = PackedName(low: 0x6973_6568_7464_6870, high: 0x0000_0000_0000_0073, count: 9)
  static let mastersthesis = PackedName(low: 0x7473_7265_7473_616D, high: 0x0000_0073_6973_6568, count: 13)
  static let www = PackedName(low: 0x0000_0000_0077_7777, high: 0, count: 3)
  static let person = PackedName(low: 0x0000_6E6F_7372_6570, high: 0, count: 6)
  static let data = PackedName(low: 0x0000_0000_6174_6164, high: 0, count: 4)
  // Fields.
  static let author = PackedName(low: 0x0000_726F_6874_7561, high: 0, count: 6)
  static let title = PackedName(low: 0x0000_0065_6C74_6974, high: 0, count: 5)
  static let year = PackedName(low: 0x0000_0000_7261_6579, high: 0, count: 4)
  static let journal = PackedName(low: 0x006C_616E_7275_6F6A, high: 0, count: 7)
  static let booktitle = PackedName(low: 0x6C74_6974_6B6F_6F62, high: 0x0000_0000_0000_0065, count: 9)
  static let series = PackedName(low: 0x0000_7365_6972_6573, high: 0, count: 6)
  static let school = PackedName(low: 0x0000_6C6F_6F68_6373, high: 0, count: 6)
  static let publisher = PackedName(low: 0x6568_7369_6C62_7570, high: 0x0000_0000_0000_0072, count: 9)
  static let ee = PackedName(low: 0x0000_0000_0000_6565, high: 0, count: 2)
  // Attributes.
  static let key = PackedName(low: 0x0000_0000_0079_656B, high: 0, count: 3)
  static let pid = PackedName(low: 0x0000_0000_0064_6970, high: 0, count: 3)
  static let orcid = PackedName(low: 0x0000_0064_6963_726F, high: 0, count: 5)
}
