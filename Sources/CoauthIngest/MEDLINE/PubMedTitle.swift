/// A title as PubMed prints it in each of its exports (MEDLINE, "Save > CSV", and the RIS that
/// reference managers and NCBI's citation exporter make of its records): with a closing full
/// stop unless other punctuation ends it, a title translated into English in square brackets,
/// and "[Not Available]." for a record without one. Neither the stop nor the brackets are part
/// of the title (dblp's titles lose their stop too), so every PubMed record of a paper gets the
/// same title, and the title that other databases print.
enum PubMedTitle {
  /// `title` without PubMed's closing stop and translation brackets; empty for the placeholder.
  static func cleaned(_ title: String) -> String {
    known(title).map { withoutTranslationBrackets(withoutClosingStop($0)) } ?? ""
  }

  /// `title`, unless it is PubMed's placeholder for a record without one ("[Not Available].").
  static func known(_ title: String) -> String? {
    let bare = title.hasSuffix(".") ? title.dropLast() : Substring(title)
    return bare.lowercased() == "[not available]" || bare.isEmpty ? nil : title
  }

  /// PubMed prints the English translation of a title in another language in square brackets
  /// ("[Treatment of asthma in children]."): the brackets are not part of the title.
  static func withoutTranslationBrackets(_ title: String) -> String {
    guard title.count > 2, title.hasPrefix("["), title.hasSuffix("]"),
      !title.dropFirst().dropLast().contains(where: { $0 == "[" || $0 == "]" })
    else { return title }
    return String(title.dropFirst().dropLast())
  }

  /// PubMed ends every title with a full stop unless it ends with other punctuation; the stop
  /// is not part of the title (an ellipsis is kept), as for dblp.
  static func withoutClosingStop(_ title: String) -> String {
    guard title.hasSuffix("."), !title.hasSuffix("..") else { return title }
    return String(title.dropLast())
  }
}
