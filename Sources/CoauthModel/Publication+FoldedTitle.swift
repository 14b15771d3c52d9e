import Foundation

extension Publication {
  /// The title folded for telling whether two records are one publication: letters and digits
  /// only, lowercased, accents taken off ("Learning {Things}: A Study." and "LEARNING THINGS - a
  /// study" agree, and so do "Schrödinger" written precomposed, decomposed or "Schrodinger").
  public var foldedTitle: String {
    var folded = ""
    let lowercased = title.lowercased()
    // Compatibility decomposition: an accented letter is its base letter and a mark, dropped.
    let decomposed =
      lowercased.utf8.allSatisfy { $0 < 0x80 }
      ? lowercased : lowercased.decomposedStringWithCompatibilityMapping
    for scalar in decomposed.unicodeScalars
    where (scalar.properties.isAlphabetic && !Self.isMark(scalar)) || ("0"..."9").contains(scalar) {
      folded.unicodeScalars.append(scalar)
    }
    return folded
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
