/// Stable textual author ids: the slug of the display name ("harkirat-singh-behl"), with `-2`,
/// `-3` ... for later authors of the same name in first-seen order ("wei-wang-2").
struct AuthorSlugAllocator {
  private var used: Set<String> = []
  private var nextSuffix: [String: Int] = [:]

  /// The slug of `display`: folded words joined by `-`; "author" when nothing is left.
  static func slug(_ display: String) -> String {
    let words = NameNormalizer.key(display).split(separator: " ")
    let slug = words.joined(separator: "-")
    return slug.isEmpty ? "author" : slug
  }

  /// A slug for `display` not handed out before.
  mutating func allocate(for display: String) -> String {
    let base = Self.slug(display)
    if used.insert(base).inserted { return base }
    var suffix = nextSuffix[base] ?? 2
    while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
    nextSuffix[base] = suffix + 1
    return "\(base)-\(suffix)"
  }
}
