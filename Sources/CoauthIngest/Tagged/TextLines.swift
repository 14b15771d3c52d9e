/// The lines of decoded text (LF line ends), with their 1-based numbers.
enum TextLines {
  /// Calls `body` with each line of `text`, without its line end, and its number. Text that
  /// ends with a line end has an empty last line, as splitting on LF gives.
  static func forEach(_ text: [UInt8], _ body: (ArraySlice<UInt8>, Int) -> Void) {
    var start = text.startIndex
    var number = 1
    while let end = text[start...].firstIndex(of: 0x0A) {
      body(text[start..<end], number)
      start = end + 1
      number += 1
    }
    body(text[start...], number)
  }
}
