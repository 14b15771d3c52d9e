/// Years inside free text of any format.
enum FirstYear {
  /// The first run of exactly four digits: "2020", "2020-05-01", "May 2020", "2020--2021" give
  /// 2020; nil when there is none.
  static func parse(_ bytes: some Sequence<UInt8>) -> Int? {
    var value = 0
    var digits = 0
    for byte in bytes {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        if digits < 5 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
        digits += 1
      } else {
        if digits == 4 { return value }
        value = 0
        digits = 0
      }
    }
    return digits == 4 ? value : nil
  }

  /// The first run of exactly four digits of `text`.
  static func parse(_ text: String) -> Int? { parse(text.utf8) }
}
