import CoauthModel

/// One name of a BibTeX name list (`author`, `editor`), decoded.
package struct BibTeXName: Sendable, Hashable {
  /// The name as written, LaTeX decoded and braces removed ("Wang, Qian").
  package var printed: String
  /// The parts by BibTeX's name grammar; a brace-protected name is all family.
  package var name: PersonName
  /// `.group` for a brace-protected name of several words (`{Microsoft GenAI Team}`).
  package var kind: AuthorMention.Kind
  /// How many line breaks of the field come before the name, to locate it.
  package var lineOffset: Int
  /// dblp's homonym number after the name ("Wei Wang 0001": "0001"), not part of `printed`.
  package var homonymNumber: String?

  package init(
    printed: String, name: PersonName, kind: AuthorMention.Kind, lineOffset: Int,
    homonymNumber: String? = nil
  ) {
    self.printed = printed
    self.name = name
    self.kind = kind
    self.lineOffset = lineOffset
    self.homonymNumber = homonymNumber
  }
}

/// The names of one BibTeX name list.
package struct BibTeXNameList: Sendable, Hashable {
  package var names: [BibTeXName] = []
  /// The list ends with `and others`.
  package var isTruncated = false
  /// Line offsets of empty names (`A and and B`, a trailing `and`).
  package var emptyNameLineOffsets: [Int] = []

  package init() {}
}
