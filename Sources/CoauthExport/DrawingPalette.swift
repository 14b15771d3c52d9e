/// The fill colours of drawn nodes, picked by group (community) number.
///
/// The palette is ColorBrewer "Set3" (Cynthia Brewer, colorbrewer2.org; 12 qualitative pastel
/// colours that keep black labels readable). Group `g` gets colour `g mod 12`; nodes without a
/// group are white. When community ids are numbered by decreasing size, the largest communities
/// get distinct colours; beyond 12 groups colours repeat.
public enum DrawingPalette {
  /// ColorBrewer Set3, in its published order.
  public static let groupColors: [String] = [
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
  ]
  /// Fill of nodes without a group.
  public static let ungroupedColor = "#ffffff"
  /// Node outline.
  public static let outlineColor = "#555555"
  /// Co-author edges in co-authorship drawings.
  public static let coauthorEdgeColor = "#a6a6a6"
  /// Co-author edges in mentorship drawings, lighter so that mentor arrows stand out.
  public static let mentorshipCoauthorEdgeColor = "#d4d4d4"
  /// Mentor → mentee arrows.
  public static let mentorEdgeColor = "#303030"
  /// Cohort year labels in mentorship drawings.
  public static let cohortLabelColor = "#808080"

  /// The fill colour for `group`.
  public static func color(forGroup group: Int?) -> String {
    guard let group else { return ungroupedColor }
    let count = groupColors.count
    return groupColors[((group % count) + count) % count]
  }
}
