import ArgumentParser
import CoauthExport
import CoauthGraph
import CoauthMetrics
import CoauthModel
import CoauthNames
import CoauthPipeline
import Foundation

extension CoauthCommand {
  /// `coauth ego A --radius 2`: the authors around one author.
  struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the ego network of an author: everyone within a number of co-author hops.",
      discussion: """
        Prints the authors within --radius hops of the centre with their distance and their \
        joint papers with the centre, nearest and closest collaborators first, then summary \
        counts (authors per distance, co-author edges among them). With --csv, writes the \
        table as CSV to standard output instead: author_id, name, distance, joint_papers \
        (with the centre), papers (all of the author's), the centre first at distance 0.

        Examples:
          coauth ego "Philip Torr" datasets/seeds
          coauth ego "Philip Torr" --radius 2 --csv datasets/seeds > torr.csv
        """)

    @Argument(help: ArgumentHelp("The centre (id, name or printed variant).", valueName: "author"))
    var author: String

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Co-author hops around the centre.", valueName: "hops"))
    var radius = 1

    @Flag(help: "Write the ego network as CSV to standard output.")
    var csv = false

    func validate() throws {
      if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    }

    func run() throws {
      let run = CommandRun(input)
      let paths = try run.inputPaths()
      try run.guarded {
        let (corpus, resolution, graph) = try run.readAndBuildGraph(paths)
        KeptUntilExit.keep((corpus, resolution, graph))
        try run.stopOnErrors()
        let choice = AuthorChoice(resolution: resolution, corpus: corpus, diagnostics: run.diagnostics)
        let center = try choice.resolve(author)
        let report = EgoReport(graph: graph, choice: choice, center: center, radius: radius)
        if csv {
          FileHandle.standardOutput.write(Data(try report.csv().utf8))
        } else {
          print(report.text(), terminator: "")
        }
      }
      try run.finish()
    }
  }
}

/// The table and text of `coauth ego`.
struct EgoReport {
  /// One author of the ego network.
  struct Member {
    var author: Int
    var distance: Int
    /// Joint papers with the centre (0 for the centre and beyond distance 1).
    var jointPapers: Int
  }

  let graph: CoauthorGraph
  let choice: AuthorChoice
  let center: Int
  let radius: Int
  /// The centre first, then by distance, joint papers (most first) and display name.
  let members: [Member]

  init(graph: CoauthorGraph, choice: AuthorChoice, center: Int, radius: Int) {
    self.graph = graph
    self.choice = choice
    self.center = center
    self.radius = radius
    let found = nodesWithin(graph, radius: radius, of: center)
    var members = found.map { entry in
      let v = Int(entry.node)
      let joint = graph.halfEdge(from: center, to: v).map { Int(graph.papers[$0]) } ?? 0
      return Member(author: v, distance: Int(entry.distance), jointPapers: joint)
    }
    let names = choice.authors.names
    members.sort { a, b in
      if a.distance != b.distance { return a.distance < b.distance }
      if a.jointPapers != b.jointPapers { return a.jointPapers > b.jointPapers }
      if names[a.author] != names[b.author] { return names[a.author] < names[b.author] }
      return a.author < b.author
    }
    self.members = members
  }

  /// Co-author edges among the members.
  var edgeCount: Int {
    var inside = Set(members.map(\.author))
    inside.reserveCapacity(members.count)
    var count = 0
    for member in members {
      for h in graph.neighborRange(member.author)
      where Int(graph.targets[h]) > member.author && inside.contains(Int(graph.targets[h])) {
        count += 1
      }
    }
    return count
  }

  func text() -> String {
    var perDistance = [Int](repeating: 0, count: radius + 1)
    for member in members { perDistance[member.distance] += 1 }
    let others = members.count - 1
    let breakdown = (1...max(radius, 1)).compactMap { d in
      d <= radius ? "\(perDistance[d]) at distance \(d)" : nil
    }.joined(separator: ", ")
    var lines = [
      "Ego network of \(choice.label(center)), radius \(radius): \(others) author"
        + (others == 1 ? "" : "s") + (radius > 0 ? " (\(breakdown))" : "")
        + ", \(edgeCount) co-author edge\(edgeCount == 1 ? "" : "s") among all \(members.count)"
    ]
    guard others > 0 else { return lines.joined(separator: "\n") + "\n" }
    lines.append("")
    lines.append("distance  joint_papers  author")
    for member in members.dropFirst() {
      let distance = String(member.distance)
      let joint = member.distance == 1 ? String(member.jointPapers) : "-"
      lines.append(
        String(repeating: " ", count: max(0, 8 - distance.count)) + distance
          + String(repeating: " ", count: max(0, 14 - joint.count)) + joint
          + "  " + choice.label(member.author))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func csv() throws -> String {
    var writer = CSVWriter(
      sink: ByteBuffer(), header: ["author_id", "name", "distance", "joint_papers", "papers"])
    for member in members {
      writer.write(choice.authors.ids[member.author])
      writer.write(choice.authors.names[member.author])
      writer.write(member.distance)
      if member.author == center { writer.writeEmpty() } else { writer.write(member.jointPapers) }
      writer.write(graph.paperCount[member.author])
      try writer.endRow()
    }
    return try writer.finish().text
  }
}
