/// Stable textual author ids: the slug of the display name, made unique ("harkirat-singh-behl"), with `-2`,
/// `-3` ... for later authors of the same name in first-seen order ("wei-wang-2").
struct AuthorSlugAllocator {
  private var used: Set<String> = []
  private var nextSuffix: [String: Int] = [:]

  /// `slug` (folded words joined by `-`), or one made unique with a number; "author" when
  /// `slug` is empty.
  mutating func allocate(_ slug: String) -> String {
    let base = slug.isEmpty ? "author" : slug
    if used.insert(base).inserted { return base }
    var suffix = nextSuffix[base] ?? 2
    while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
    nextSuffix[base] = suffix + 1
    return "\(base)-\(suffix)"
  }
}
