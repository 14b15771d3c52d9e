import Foundation

/// Given names that stand for each other: a formal name and its nicknames ("Robert": Bob,
/// Bobby, Rob). Two names are related when some entry holds both, so "Bob" ~ "Rob" (both Robert)
/// but "Alexander" !~ "Alexandra" although both are "Alex".
public struct NicknameTable: Sendable {
  /// Entry numbers of each folded name, sorted.
  private var entriesByName: [String: [Int32]] = [:]

  /// An empty table: no two different names are related.
  public init() {}

  /// A table from CSV text with a `name,variants` header and `|`-separated variants:
  /// `robert,bob|bobby|rob`. Names are folded, so case and accents do not matter.
  public init(csv: String) {
    var entry: Int32 = 0
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2 else { continue }
      let names = [String(fields[0])] + fields[1].split(separator: "|").map(String.init)
      for name in names {
        let key = NameNormalizer.key(name)
        guard !key.isEmpty else { continue }
        if entriesByName[key]?.last != entry { entriesByName[key, default: []].append(entry) }
      }
      entry += 1
    }
  }

  /// The table shipped with coauth (`Resources/nicknames.csv`); empty if the resource is missing.
  public static let standard: NicknameTable = {
    guard let url = Bundle.module.url(forResource: "nicknames", withExtension: "csv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return NicknameTable() }
    return NicknameTable(csv: text)
  }()

  /// Number of distinct names in the table.
  public var nameCount: Int { entriesByName.count }

  /// True when `a` and `b` (folded given names) differ and one entry lists both.
  public func areRelated(_ a: String, _ b: String) -> Bool {
    guard a != b, let left = entriesByName[a], let right = entriesByName[b] else { return false }
    return intersects(left, right)
  }

  /// The sorted numbers of the entries that list `name` (folded); empty for most names.
  func entries(of name: String) -> [Int32] { entriesByName[name] ?? [] }
}
