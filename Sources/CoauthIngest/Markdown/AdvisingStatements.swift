/// Advising relations that a homepage or CV states in prose ("advised by X and Y",
/// "Advisors: X and Y") or lists ("MENTORING", "Students").
enum AdvisingStatements {
  /// A person named in a statement, with the years when given.
  struct NamedPerson: Equatable {
    var name: String
    var line: Int
    var startYear: Int?
    var endYear: Int?
  }

  private static let triggers = [
    "co-advised by", "advised by", "advisors:", "advisor:", "advisers:", "adviser:",
    "supervised by", "supervisors:", "supervisor:", "under the supervision of",
    "under the guidance of", "my advisor is", "my advisors are", "my supervisor is",
  ]

  private static let titles: Set<String> = ["prof.", "prof", "professor", "dr.", "dr"]

  /// Every trigger holds one of these stems: a line without any (nearly every line of a
  /// publication list) is passed over before its cells are cleaned and searched.
  private static let triggerStems = ["advis", "supervis", "guidance"]

  /// The advisors that `lines` name for the page owner.
  static func advisors(in lines: [MarkdownDocument.Line]) -> [NamedPerson] {
    assert(
      triggers.allSatisfy { trigger in
        triggerStems.contains { trigger.contains($0) }
      }, "every trigger holds a stem")
    var found: [NamedPerson] = []
    for line in lines
    where triggerStems.contains(where: { line.text.holdsBytes(of: $0, ignoringASCIICase: true) }) {
      // Tabs and double spaces separate CV cells: a name list never crosses them.
      let cells = line.text.replacingTabsAndDoubleSpaces().split(separator: "\u{1F}")
      for cell in cells {
        let plain = MarkdownInline.plainText(cell)
        let lowered = plain.lowercased()
        var searchStart = lowered.startIndex
        while let trigger = triggers.compactMap({ lowered[searchStart...].firstRange(of: $0) })
          .min(by: { $0.lowerBound < $1.lowerBound })
        {
          let offset = lowered.distance(from: lowered.startIndex, to: trigger.upperBound)
          let after = plain.dropFirst(offset)
          for name in names(startingAt: after) {
            found.append(NamedPerson(name: name, line: line.number))
          }
          searchStart = trigger.upperBound
        }
      }
    }
    return found
  }

  /// The people listed in a mentoring section: the name before any parenthesis or arrow of
  /// each item, with years from the item or from a matching column of years.
  static func mentees(items: [(text: String, line: Int)], yearColumn: [String]) -> [NamedPerson] {
    var found: [NamedPerson] = []
    for (position, item) in items.enumerated() {
      let plain = MarkdownInline.plainText(item.text)
        .trimmingCharacters(in: { $0.isWhitespace || "•-*".contains($0) })
      var name = NameShape.removingParentheses(plain.cutAtFirst(of: ["→", " - ", " – ", ":", ";"]))
      name = name.cutAtFirst(of: [","])
      name = NameShape.removingTitles(name).trimmingWhitespace()
      guard name.split(separator: " ").count >= 2, NameShape.isNameLike(name) else { continue }
      var years = yearRange(in: plain)
      if years.start == nil, yearColumn.count == items.count {
        years = yearRange(in: yearColumn[position])
      }
      found.append(
        NamedPerson(name: name, line: item.line, startYear: years.start, endYear: years.end))
    }
    return found
  }

  /// "2019-21", "2020–present", "2024": the first year and the second when given.
  static func yearRange(in text: String) -> (start: Int?, end: Int?) {
    guard let start = MarkdownEntry.firstYear(in: text) else { return (nil, nil) }
    let startText = String(start)
    guard let range = text.firstRange(of: startText) else { return (start, nil) }
    let rest = text[range.upperBound...].drop(while: { $0 == " " })
    guard let dash = rest.first, "-–—".contains(dash) else { return (start, nil) }
    let digits = rest.dropFirst().drop(while: { $0 == " " }).prefix(while: \.isNumber)
    switch digits.count {
    case 4: return (start, Int(digits))
    case 2: return (start, Int(digits).map { start / 100 * 100 + $0 })
    default: return (start, nil)
    }
  }

  // MARK: - Helpers

  /// Names at the start of `text`: capitalised words, separated by ",", "and" or "&", after
  /// optional titles; the list ends at the first other word or at a sentence end.
  private static func names(startingAt text: Substring) -> [String] {
    var names: [String] = []
    var words = text.split(separator: " ")[...]
    var current: [String] = []
    var listGoesOn = true
    func finishName() {
      if current.count >= 2 { names.append(current.joined(separator: " ")) }
      current = []
    }
    while listGoesOn, let word = words.first {
      words = words.dropFirst()
      let lowered = word.lowercased()
      if current.isEmpty && titles.contains(lowered) { continue }
      if lowered == "and" || lowered == "&" {
        finishName()
        continue
      }
      let bare = word.trimmingCharacters(in: { ",.;:)(".contains($0) })
      guard let initial = bare.first, initial.isUppercase,
        bare.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." })
      else {
        finishName()
        break
      }
      current.append(bare)
      if word.hasSuffix(",") {
        finishName()
      } else if word.hasSuffix(".") && bare.filter(\.isLetter).count > 1 {
        // "Miller." ends the sentence; "M." is an initial.
        finishName()
        listGoesOn = false
      } else if word.hasSuffix(";") || word.hasSuffix(")") || word.hasSuffix(":") {
        finishName()
        listGoesOn = false
      }
    }
    finishName()
    return names
  }
}

extension String {
  /// Tabs and runs of two or more spaces replaced by a unit separator (U+001F).
  fileprivate func replacingTabsAndDoubleSpaces() -> String {
    var output = ""
    var spaces = 0
    for character in self {
      if character == " " {
        spaces += 1
        continue
      }
      if spaces == 1 { output.append(" ") } else if spaces >= 2 { output.append("\u{1F}") }
      spaces = 0
      output.append(character == "\t" ? "\u{1F}" : character)
    }
    return output
  }

  /// The text before the first of `separators`.
  fileprivate func cutAtFirst(of separators: [String]) -> String {
    var end = endIndex
    for separator in separators {
      if let range = self[..<end].firstRange(of: separator) { end = range.lowerBound }
    }
    return String(self[..<end])
  }
}
