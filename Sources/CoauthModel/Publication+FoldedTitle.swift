extension Publication {
  /// The title folded for telling whether two records are one publication: letters and digits
  /// only, lowercased ("Learning {Things}: A Study." and "LEARNING THINGS - a study" agree).
  public var foldedTitle: String {
    var folded = ""
    for scalar in title.lowercased().unicodeScalars
    where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
      folded.unicodeScalars.append(scalar)
    }
    return folded
  }
}
